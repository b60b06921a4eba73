#pragma once

#include "credentials/secretstore.h"
#include "portal/portalcredentials.h"
#include "workspace/rememberedportals.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>

class QSettings;

// The portals InviteDesk remembers between runs (a helpdesk serves several) and which one is current:
// the one it connects to at start-up. Settings keep only each portal's address, the user id, the
// connection method, the OAuth client id and server (RememberedPortals); the webhook URL, the client
// secret and the tokens live in the SecretStore (the OS keychain) under keys of the portal's host and
// user id. Certificates the user trusts are kept per portal host and outlive signing out.
class PortalAccount : public QObject {
    Q_OBJECT
public:
    PortalAccount(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    // The current portal: the one start-up and load() use.
    bool hasStoredPortal() const;
    QString storedHost() const;
    qint64 storedUserId() const;
    QString currentPortalId() const;
    // Every remembered portal, in the order they were first remembered.
    QList<RememberedPortal> rememberedPortals() const;
    std::optional<RememberedPortal> rememberedPortal(const QString &portalId) const;
    // The remembered portal used last, the one a start without a current portal opens.
    std::optional<RememberedPortal> mostRecentPortal() const;
    // Makes a remembered portal current (false when unknown); its secrets are read by the next load().
    bool makeCurrent(const QString &portalId);
    // No current portal: the most recently used remembered one becomes current. False when none.
    bool chooseMostRecent();

    // What the keychain said; ok when it was not needed or did its part.
    using KeychainOutcome = Result<void, SecretError>;
    using Loaded =
        std::function<void(const Result<PortalCredentials> &credentials, const KeychainOutcome &keychain)>;
    using Done = std::function<void(const KeychainOutcome &keychain)>;

    // Rebuilds the current portal's credentials from the keychain. `context` bounds the callback's life.
    void load(QObject *context, Loaded done);
    // Remembers a portal after it answered and makes it current: secrets to the keychain, the rest to
    // settings. Other remembered portals stay.
    void save(const PortalCredentials &credentials, qint64 userId, QObject *context, Done done);
    // After a token refresh: the new pair replaces the old (new refresh token written first).
    void storeTokens(const OAuthTokens &tokens);
    // After a portal move: remember the new address.
    void storeMovedAddress(const QUrl &portalUrl);
    // The certificate the user trusts for a portal host (self-signed or private CA; see
    // CertificatePin), kept in settings as PEM: a certificate is public. Null when none.
    QSslCertificate pinnedCertificate(const QString &host) const;
    void pinCertificate(const QString &host, const QSslCertificate &certificate);
    // Forgets one remembered portal: every secret of the account, then its settings entry. The
    // current portal stays current unless it is this one.
    void forget(const QString &portalId, QObject *context, Done done);

private:
    QSettings *m_settings;
    SecretStore *m_secrets;
    RememberedPortals m_portals;
};
