#include "workspace/connectionlifecycle.h"

#include "common/logging.h"
#include "portal/portalsession.h"
#include "workspace/portalaccount.h"
#include "workspace/trainingportal.h"

using namespace Qt::StringLiterals;

ConnectionLifecycle::ConnectionLifecycle(PortalAccount *account, const Options &options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_options(options) {
    m_reconnectTimer.setSingleShot(true);
    m_reconnectTimer.setInterval(m_options.reconnectSeconds * 1000);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        // A portal the user entered is still remembered once it answers on a later attempt.
        if (m_state == State::Offline && m_session)
            connectWith(m_session->credentials(), m_rememberConnection);
    });
    if (m_options.rightsCheckSeconds > 0) {
        m_rightsTimer.setInterval(m_options.rightsCheckSeconds * 1000);
        connect(&m_rightsTimer, &QTimer::timeout, this, &ConnectionLifecycle::checkRights);
        m_rightsTimer.start();
    }
}

ConnectionLifecycle::~ConnectionLifecycle() = default;

void ConnectionLifecycle::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConnectionLifecycle::start() {
    if (m_options.forceSandbox) {
        startTraining();
        return;
    }
    if (!m_options.portalWebhook.isEmpty()) {
        const Result<PortalCredentials> credentials =
            PortalCredentials::fromWebhookUrl(m_options.portalWebhook.toString());
        if (!credentials) {
            fail(credentials.error());
            return;
        }
        connectWith(credentials.value(), false);
        return;
    }
    // After forgetting the current portal, the most recently used of the others is opened.
    if (!m_account->chooseMostRecent()) {
        startTraining();
        return;
    }
    connectStored();
}

void ConnectionLifecycle::connectStored() {
    setState(State::Connecting);
    emit connecting(m_account->storedHost());
    const int generation = ++m_storedLoads;
    m_account->load(this, [this, generation](const Result<PortalCredentials> &credentials,
                                             const PortalAccount::KeychainOutcome &keychain) {
        if (m_state != State::Connecting || generation != m_storedLoads || m_session)
            return; // signed out, switched or connected to another portal meanwhile
        if (!keychain.ok() && keychain.error().kind() == SecretError::Kind::NoKeychain)
            emit keychainUnavailable(keychain.error());
        if (!credentials) {
            fail(credentials.error()); // the secret is gone or unreadable: sign in again
            return;
        }
        connectWith(credentials.value(), false);
    });
}

void ConnectionLifecycle::startTraining() {
    m_training = true;
    if (!m_trainingPortal) {
        m_trainingPortal = new TrainingPortal(this);
        SandboxOptions options;
        options.users = m_options.sandboxUsers;
        options.everyoneMayInvite = false;
        QString error;
        if (!m_trainingPortal->start(options, &error)) {
            fail(PortalError(PortalError::Kind::Network, u"sandbox"_s, error));
            return;
        }
    }
    const Result<PortalCredentials> credentials =
        PortalCredentials::fromWebhookUrl(m_trainingPortal->adminWebhookUrl().toString());
    Q_ASSERT(credentials.ok());
    connectWith(credentials.value(), false);
}

void ConnectionLifecycle::connectPortal(const PortalCredentials &credentials) {
    m_training = false;
    connectWith(credentials, true);
}

void ConnectionLifecycle::createSession(const PortalCredentials &credentials) {
    m_session = new PortalSession(credentials, this);
    m_session->setThrottle(m_options.enterprisePlan ? ThrottleLimits::enterprise()
                                                    : ThrottleLimits::standard());
    connect(m_session, &PortalSession::portalMoved, this, [this](const QUrl &url) {
        if (!m_training)
            m_account->storeMovedAddress(url);
    });
    connect(m_session, &PortalSession::moveProposed, this, [this](const QUrl &url) {
        if (url == m_proposedMove)
            return; // already asked
        m_proposedMove = url;
        emit portalMoveProposed(m_session->host(), url);
    });
    connect(m_session, &PortalSession::tokensChanged, this,
            [this](const OAuthTokens &tokens) { m_account->storeTokens(tokens); });
}

void ConnectionLifecycle::connectWith(const PortalCredentials &credentials, bool remember) {
    m_rememberConnection = remember;
    m_reconnectTimer.stop();
    if (m_session && m_session->credentials().restBase() != credentials.restBase()) {
        m_session->deleteLater();
        m_session.clear();
    }
    if (!m_session)
        createSession(credentials);
    m_session->setPinnedCertificate(m_account->pinnedCertificate(credentials.host()));
    setState(State::Connecting);
    emit connecting(credentials.host());
    IdentifyJob *job = m_session->connectAndIdentify();
    connect(job, &IdentifyJob::finished, this, [this, job, remember, session = m_session.data()] {
        job->deleteLater();
        if (m_session != session || m_state != State::Connecting)
            return; // signed out, or other credentials, meanwhile: this answer is for a dead session
        if (job->ok())
            onIdentified(job->identity(), remember);
        else
            fail(job->error());
    });
}

void ConnectionLifecycle::onIdentified(const PortalIdentity &identity, bool remember) {
    m_identity = identity;
    m_host = m_session->host();
    qCInfo(lcPortal) << "connected to" << m_host << "as user" << identity.userId
                     << (identity.isAdmin ? "(administrator)" : "(employee)");
    if (remember) {
        m_account->save(m_session->credentials(), identity.userId, this,
                        [this](const PortalAccount::KeychainOutcome &keychain) {
                            if (keychain.ok())
                                emit portalRemembered();
                            else if (keychain.error().kind() == SecretError::Kind::NoKeychain)
                                emit keychainUnavailable(keychain.error());
                        });
    }
    setState(State::Online);
    emit connected(identity);
}

void ConnectionLifecycle::fail(const PortalError &error) {
    qCWarning(lcPortal) << "connection failed:" << error.logText();
    setState(State::Offline);
    if (error.isTransient() && m_session)
        m_reconnectTimer.start();
    emit connectionFailed(error);
}

void ConnectionLifecycle::connectionLost(const PortalError &error) {
    if (m_state != State::Online || !error.isTransient())
        return;
    qCWarning(lcPortal) << "connection lost:" << error.logText();
    setState(State::Offline);
    m_reconnectTimer.start();
}

bool ConnectionLifecycle::acceptPortalMove(const QUrl &newPortalUrl) {
    if (!m_session || !m_session->acceptMove(newPortalUrl))
        return false;
    m_proposedMove.clear();
    if (m_state != State::Online) {
        // The move was seen while connecting: connect there, remembered if the user was adding it.
        connectWith(m_session->credentials(), m_rememberConnection);
        return true;
    }
    emit portalMoveAccepted();
    return true;
}

void ConnectionLifecycle::trustCertificate(const QString &host, const QSslCertificate &certificate) {
    m_account->pinCertificate(host, certificate);
}

void ConnectionLifecycle::checkRights() {
    if (m_state != State::Online || !m_session || m_rightsCheck)
        return;
    m_rightsCheck = m_session->connectAndIdentify();
    connect(m_rightsCheck, &IdentifyJob::finished, this,
            [this, job = m_rightsCheck.data(), session = m_session.data()] {
                if (m_session != session || m_state != State::Online)
                    return; // another portal or signed out meanwhile
                if (!job->ok()) {
                    connectionLost(job->error()); // only a transient failure takes the app offline
                    emit rightsChecked();
                    return;
                }
                const PortalIdentity &fresh = job->identity();
                const bool changed = fresh.isAdmin != m_identity.isAdmin ||
                                     fresh.inviteRight != m_identity.inviteRight ||
                                     fresh.missingScopes != m_identity.missingScopes;
                if (changed && fresh.userId == m_identity.userId) {
                    qCInfo(lcPortal) << "rights changed: admin" << fresh.isAdmin << "invite right"
                                     << int(fresh.inviteRight);
                    m_identity = fresh;
                    emit rightsChanged(m_identity);
                }
                emit rightsChecked();
            });
}

bool ConnectionLifecycle::switchPortal(const QString &portalId) {
    if (m_state == State::Online && !m_training &&
        RememberedPortals::idOf(m_host, m_identity.userId) == portalId)
        return true;
    if (!m_account->makeCurrent(portalId))
        return false;
    qCInfo(lcPortal) << "switching to" << m_account->storedHost();
    endSession();
    connectStored();
    return true;
}

void ConnectionLifecycle::signOut() {
    // The session ends now, not once the keychain has answered: nothing may be sent after the user
    // asked to sign out. The portal forgotten is the one that answered, when it is remembered (the
    // current one may differ while another portal was being added); else the current one.
    const QString shown = RememberedPortals::idOf(m_host, m_identity.userId);
    const QString portalId =
        !m_training && m_account->rememberedPortal(shown) ? shown : m_account->currentPortalId();
    endSession();
    m_account->forget(portalId, this,
                      [this](const PortalAccount::KeychainOutcome &) { emit portalForgotten(); });
}

void ConnectionLifecycle::endSession() {
    m_reconnectTimer.stop();
    ++m_storedLoads; // a keychain read still under way is for the portal left
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session.clear();
    }
    m_training = false;
    m_identity = PortalIdentity();
    m_host.clear();
    m_proposedMove.clear();
    setState(State::Disconnected);
}
