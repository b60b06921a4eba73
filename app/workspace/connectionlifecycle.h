#pragma once

#include "credentials/secretkey.h"
#include "portal/identifyjob.h"
#include "portal/portalcredentials.h"
#include "portal/portalerror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class PortalAccount;
class PortalSession;
class TrainingPortal;

// The connection to a portal over time: which portal is used (the training sandbox, --portal, the
// current remembered one, another remembered one switched to, or one the user entered), its session, whether
// the portal answered, what happens when it does not (offline, and a reconnect when the failure may pass),
// when it moves, and when the user signs out. It decides the connection state; the Workspace opens files and
// syncs when it reports one.
//
//   Disconnected --start()/connectPortal()--> Connecting --answered--> Online
//   Connecting --failed--> Offline --reconnect (transient failures only)--> Connecting
//   Online --connectionLost()--> Offline;  Online --connectPortal()/acceptPortalMove()--> Connecting
//   any --switchPortal()--> Disconnected (the old session ends, its secrets stay) --> Connecting
//   any --signOut()--> Disconnected
// While Online, checkRights() (on request and every few minutes) updates what the user may do.
class ConnectionLifecycle : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Online, Offline };
    Q_ENUM(State)

    struct Options {
        bool forceSandbox = false; // --sandbox
        QUrl portalWebhook;        // --portal
        int sandboxUsers = 300;
        bool enterprisePlan = false;  // the portal's request-rate model: 5/s burst 250 instead of 2/s 50
        int reconnectSeconds = 30;    // after a transient failure, try the portal again this much later
        int rightsCheckSeconds = 600; // while online, ask the portal again what the user may do; 0: off
    };

    ConnectionLifecycle(PortalAccount *account, const Options &options, QObject *parent = nullptr);
    ~ConnectionLifecycle() override;

    // Decides the portal (training sandbox, --portal, or the stored one) and connects.
    void start();
    // A portal entered in the Connect dialog: connect, and remember it once it answered.
    void connectPortal(const PortalCredentials &credentials);
    // Ends the session of the current portal at once (its secrets stay in the keychain), makes the
    // remembered portal `portalId` current and connects to it with its stored secrets. Returns false
    // (and changes nothing) when no such portal is remembered; true without reconnecting when it is
    // the portal already online.
    bool switchPortal(const QString &portalId);
    // A call of the online session failed in a way that may pass: offline, and try again later.
    void connectionLost(const PortalError &error);
    // The user confirmed the address portalMoveProposed() named. Returns false when there is no
    // session or it refused the address.
    bool acceptPortalMove(const QUrl &newPortalUrl);
    // The user trusts this certificate for this portal host (after seeing its fingerprint): kept in
    // settings, and the next connection to the host accepts exactly it (CertificatePin).
    void trustCertificate(const QString &host, const QSslCertificate &certificate);
    // While online: asks the portal again who the user is and whether they may invite (an
    // administrator may have turned on "Allow everyone to invite" meanwhile); rightsChanged() when
    // the answer differs. Also runs every Options::rightsCheckSeconds.
    void checkRights();
    // Ends the session at once (Disconnected, no portal); the keychain entry goes afterwards
    // (portalForgotten()).
    void signOut();

    State state() const { return m_state; }
    bool isOnline() const { return m_state == State::Online; }
    bool isTrainingMode() const { return m_training; }
    bool isReconnectScheduled() const { return m_reconnectTimer.isActive(); }
    PortalSession *session() const { return m_session; }
    const PortalIdentity &identity() const { return m_identity; }
    // The host that answered last; empty until then and after signing out.
    QString host() const { return m_host; }
    TrainingPortal *trainingPortal() const { return m_trainingPortal; }

signals:
    void stateChanged(ConnectionLifecycle::State state);
    void connecting(const QString &host);
    // Online: the portal answered as `identity`.
    void connected(const PortalIdentity &identity);
    // Offline: not reachable, refused, or the stored secret is unreadable.
    void connectionFailed(const PortalError &error);
    // No keychain (SecretError::Kind::NoKeychain): the secret cannot be stored safely; ask the user.
    void keychainUnavailable(const SecretError &error);
    void portalRemembered();
    // The portal redirected to another address; emitted once per proposed address.
    void portalMoveProposed(const QString &fromHost, const QUrl &newPortalUrl);
    // acceptPortalMove() while online: the same portal answers at the new address from now on.
    void portalMoveAccepted();
    void portalForgotten();
    // checkRights() found other rights than identity() had: identity() now holds the new ones.
    void rightsChanged(const PortalIdentity &identity);
    // A rights check ended, whether or not the rights changed.
    void rightsChecked();

private:
    void startTraining();
    void connectStored();
    void endSession();
    void connectWith(const PortalCredentials &credentials, bool remember);
    void createSession(const PortalCredentials &credentials);
    void onIdentified(const PortalIdentity &identity, bool remember);
    void fail(const PortalError &error);
    void setState(State state);

    PortalAccount *m_account;
    Options m_options;
    TrainingPortal *m_trainingPortal = nullptr;
    QPointer<PortalSession> m_session;
    PortalIdentity m_identity;
    QString m_host;
    QUrl m_proposedMove; // the last address portalMoveProposed() named
    QTimer m_reconnectTimer;
    QTimer m_rightsTimer;
    QPointer<IdentifyJob> m_rightsCheck;
    State m_state = State::Disconnected;
    bool m_training = false;
    bool m_rememberConnection = false; // the last connectWith()'s `remember`
    int m_storedLoads = 0;             // counts keychain reads of stored portals; the last one counts
};
