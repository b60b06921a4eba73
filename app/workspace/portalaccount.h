#pragma once

#include "credentials/secretstore.h"
#include "portal/portalcredentials.h"

#include <QObject>
#include <QSslCertificate>

#include <functional>

class QSettings;

// The portal InviteDesk connects to at start-up, remembered between runs. Settings keep only the
// portal address, the user id, the connection method, the OAuth client id and server; the webhook
// URL, the client secret and the tokens live in the SecretStore (the OS keychain). Certificates the
// user trusts are kept per portal host and outlive signing out.
class PortalAccount : public QObject {
    Q_OBJECT
public:
    PortalAccount(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    bool hasStoredPortal() const;
    QString storedHost() const;
    qint64 storedUserId() const;

    // What the keychain said; ok when it was not needed or did its part.
    using KeychainOutcome = Result<void, SecretError>;
    using Loaded =
        std::function<void(const Result<PortalCredentials> &credentials, const KeychainOutcome &keychain)>;
    using Done = std::function<void(const KeychainOutcome &keychain)>;

    // Rebuilds the stored credentials from the keychain. `context` bounds the callback's life.
    void load(QObject *context, Loaded done);
    // Remembers a portal after it answered: secrets to the keychain, the rest to settings.
    void save(const PortalCredentials &credentials, qint64 userId, QObject *context, Done done);
    // After a token refresh: the new pair replaces the old (new refresh token written first).
    void storeTokens(const OAuthTokens &tokens);
    // After a portal move: remember the new address.
    void storeMovedAddress(const QUrl &portalUrl);
    // The certificate the user trusts for a portal host (self-signed or private CA; see
    // CertificatePin), kept in settings as PEM: a certificate is public. Null when none.
    QSslCertificate pinnedCertificate(const QString &host) const;
    void pinCertificate(const QString &host, const QSslCertificate &certificate);
    // Forgets the portal: every secret of the account, then the settings.
    void signOut(QObject *context, Done done);

private:
    QSettings *m_settings;
    SecretStore *m_secrets;
};
