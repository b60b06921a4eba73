#include "workspace/workspace.h"

#include "common/logging.h"
#include "common/privatefiles.h"
#include "credentials/secretstore.h"
#include "directory/directorydatabase.h"
#include "directory/directoryreader.h"
#include "directory/directorysyncjob.h"
#include "directory/directorysyncrunner.h"
#include "invite/invitationauditlog.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"
#include "invite/templatelibrary.h"
#include "portal/listenumeration.h"
#include "portal/portalcall.h"
#include "portal/portalreply.h"
#include "portal/portalsession.h"
#include "workspace/portalaccount.h"
#include "workspace/portalinvitationtransport.h"
#include "workspace/trainingportal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
// Training mode keeps its files under this name, apart from any real portal's.
const QString kTrainingHost = u"sandbox"_s;
} // namespace

QString Workspace::defaultDataDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Workspace::Workspace(QSettings *settings, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(options) {
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
    // Settings name the portal and its key: owner-only before anything is written into them.
    if (m_settings) {
        if (const QString error = PrivateFiles::prepareSettings(*m_settings); !error.isEmpty())
            qCWarning(lcPortal) << "settings:" << error;
    }
    m_secrets = new SecretStore(m_settings, this);
    m_account = new PortalAccount(m_settings, m_secrets, this);
    ConnectionLifecycle::Options connection;
    connection.forceSandbox = m_options.forceSandbox;
    connection.portalWebhook = m_options.portalWebhook;
    connection.sandboxUsers = m_options.sandboxUsers;
    connection.enterprisePlan = m_options.enterprisePlan;
    connection.reconnectSeconds = m_options.reconnectSeconds;
    connection.rightsCheckSeconds = m_options.rightsCheckSeconds;
    m_connection = new ConnectionLifecycle(m_account, connection, this);
    connect(m_connection, &ConnectionLifecycle::connecting, this, &Workspace::connecting);
    connect(m_connection, &ConnectionLifecycle::connected, this, &Workspace::onConnected);
    connect(m_connection, &ConnectionLifecycle::connectionFailed, this, &Workspace::onConnectionFailed);
    connect(m_connection, &ConnectionLifecycle::keychainUnavailable, this, &Workspace::keychainUnavailable);
    connect(m_connection, &ConnectionLifecycle::portalRemembered, this, &Workspace::portalRemembered);
    connect(m_connection, &ConnectionLifecycle::portalMoveProposed, this, &Workspace::portalMoveProposed);
    connect(m_connection, &ConnectionLifecycle::portalMoveAccepted, this, &Workspace::onPortalMoveAccepted);
    connect(m_connection, &ConnectionLifecycle::portalForgotten, this, &Workspace::portalForgotten);
    connect(m_connection, &ConnectionLifecycle::rightsChanged, this, &Workspace::rightsChanged);
    m_refreshTimer.setSingleShot(false);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Workspace::refreshDirectory);
}

Workspace::~Workspace() {
    if (m_job)
        m_job->abort();
    m_sync.reset(); // joins the writer thread before the session and sandbox go
    m_sender.reset();
    m_transport.reset();
    m_drafts.reset();
    m_templates.reset();
    m_auditLog.reset();
    m_outbox.reset();
    m_outboxDb.reset();
}

QUrl Workspace::registrationInfoUrl() const {
    const TrainingPortal *training = m_connection->trainingPortal();
    if (!training)
        return {};
    return training->baseUrl().resolved(QUrl(u"sandbox/registration"_s));
}

QString Workspace::registrationInfoToken() const {
    const TrainingPortal *training = m_connection->trainingPortal();
    return training ? training->controlToken() : QString();
}

void Workspace::fetchExtranetGroups() {
    PortalCall *call = session()->call(u"sonet_group.get"_s,
                                       QJsonObject{{u"FILTER"_s, QJsonObject{{u"IS_EXTRANET"_s, u"Y"_s}}}});
    connect(call, &PortalCall::finished, this, [this, call] {
        if (!call->result().ok()) {
            // Without the sonet_group scope there are no extranet invitations; nothing else depends on it.
            qCInfo(lcPortal) << "no extranet groups:" << call->result().error().logText();
            return;
        }
        m_groups.clear();
        const QJsonArray rows = call->result().value().result.toArray();
        for (const QJsonValue &row : rows) {
            const QJsonObject group = row.toObject();
            m_groups.append(
                {int(PortalParse::idValue(group.value(u"ID"_s))), group.value(u"NAME"_s).toString()});
        }
    });
}

QString Workspace::storedPortalHost() const {
    if (m_account->hasStoredPortal())
        return m_account->storedHost();
    const std::optional<RememberedPortal> recent = m_account->mostRecentPortal();
    return recent ? recent->host : QString();
}

bool Workspace::chooseRememberedPortal(const QString &host) {
    for (const RememberedPortal &portal : m_account->rememberedPortals()) {
        if (portal.host.compare(host, Qt::CaseInsensitive) == 0 ||
            portal.name.compare(host, Qt::CaseInsensitive) == 0)
            return m_account->makeCurrent(portal.id);
    }
    return false;
}

QString Workspace::outboxPath() const {
    return m_outboxPath;
}

void Workspace::start() {
    m_connection->start();
}

void Workspace::connectPortal(const PortalCredentials &credentials) {
    // Another portal: what was open for the current one closes before any call reaches the new one.
    // The same portal with new credentials keeps its outbox (same portal and user once it answers).
    const QString openHost = m_outbox ? m_portalKey : portalHost();
    if (!openHost.isEmpty() && openHost.compare(credentials.host(), Qt::CaseInsensitive) != 0)
        leavePortal();
    m_connection->connectPortal(credentials);
}

bool Workspace::switchPortal(const QString &portalId) {
    const bool alreadyThere = isOnline() && !isTrainingMode() &&
                              RememberedPortals::idOf(portalHost(), identity().userId) == portalId;
    if (alreadyThere)
        return true;
    if (!m_account->rememberedPortal(portalId))
        return false;
    leavePortal();
    const bool switched = m_connection->switchPortal(portalId);
    emit sessionEnded(); // the window shows the portal it is connecting to, without the old one's data
    return switched;
}

QList<RememberedPortal> Workspace::rememberedPortals() const {
    return m_account->rememberedPortals();
}

QString Workspace::currentPortalId() const {
    if (isTrainingMode())
        return {};
    if (!portalHost().isEmpty()) // the portal that answered, remembered or given by --portal
        return RememberedPortals::idOf(portalHost(), identity().userId);
    return m_account->currentPortalId(); // connecting to it, or offline with its files
}

// Everything opened for the current portal closes: the sender stops, the outbox (with its drafts)
// and the directory copy close. Their files stay for when the portal is current again.
void Workspace::leavePortal() {
    m_refreshTimer.stop();
    // A refresh under way ends quietly: it is not a failure of the portal the user goes to.
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job.clear();
    }
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->cancel();
    }
    closeOutbox();
    m_groups.clear();
    m_sync.reset(); // joins the writer thread
    const bool hadDirectory = !m_directoryDatabasePath.isEmpty();
    m_directoryDatabasePath.clear();
    m_directoryReady = false;
    m_syncWanted = false;
    if (hadDirectory)
        emit directoryClosed();
}

void Workspace::useSessionOnlySecrets() {
    m_secrets->useSessionOnlyStorage();
}

bool Workspace::keepsSecretsForThisSessionOnly() const {
    return m_secrets->storage() == SecretStore::Storage::SessionOnly;
}

void Workspace::onConnectionFailed(const PortalError &error) {
    // Offline start: the cached directory of the last portal still serves every read.
    if (!m_directoryReady && !isTrainingMode() && m_account->hasStoredPortal()) {
        openDirectory(m_account->storedHost(), m_account->storedUserId());
        openOutbox(m_account->storedHost(), m_account->storedUserId());
    }
    emit connectionFailed(error, m_directoryReady || (!m_directoryDatabasePath.isEmpty() &&
                                                      QFileInfo::exists(m_directoryDatabasePath)));
}

void Workspace::onConnected(const PortalIdentity &identity) {
    emit connected(identity);
    const QString hostKey = currentHostKey();
    if (!m_directoryReady || m_directoryDatabasePath !=
                                 DirectoryDatabase::defaultPath(m_options.dataDir, hostKey, identity.userId))
        openDirectory(hostKey, identity.userId);
    openOutbox(hostKey, identity.userId);
    fetchExtranetGroups();
    m_syncWanted = m_options.syncDirectory;
    if (m_directoryReady && m_syncWanted)
        refreshDirectory();
    if (m_options.refreshMinutes > 0 && m_options.syncDirectory)
        m_refreshTimer.start(m_options.refreshMinutes * 60'000);
}

void Workspace::openDirectory(const QString &hostKey, qint64 userId) {
    if (hostKey.isEmpty() || userId <= 0)
        return;
    const QString path = DirectoryDatabase::defaultPath(m_options.dataDir, hostKey, userId);
    if (isTrainingMode() && m_directoryDatabasePath != path) {
        // Training starts from a fresh copy of the freshly generated sandbox company every time.
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }
    PrivateFiles::makeFolder(QFileInfo(path).absolutePath());
    m_directoryDatabasePath = path;
    m_directoryReady = false;
    m_sync = std::make_unique<DirectorySyncRunner>(path);
    connect(m_sync.get(), &DirectorySyncRunner::opened, this,
            [this, path](const DirectoryResult<QString> &notice) {
                if (!notice) {
                    emit syncFailed(notice.error());
                    return;
                }
                m_directoryReady = true;
                emit directoryOpened(path, notice.value());
                if (m_syncWanted && isOnline())
                    refreshDirectory();
            });
    connect(m_sync.get(), &DirectorySyncRunner::progress, this, &Workspace::syncProgress);
    connect(m_sync.get(), &DirectorySyncRunner::failed, this, &Workspace::syncFailed);
    connect(m_sync.get(), &DirectorySyncRunner::cancelled, this, [this] {
        // After a portal failure the writer's stop is part of that failure, already reported: the
        // portal's words stay the last ones the user sees.
        if (!m_portalEndedSync)
            emit syncFailed(
                DirectoryError(DirectoryError::Kind::Cancelled, u"the writer cancelled the sync"_s));
        m_portalEndedSync = false;
        if (m_refreshAfterWindDown && isOnline()) // asked for while the last sync was winding down
            QTimer::singleShot(0, this,
                               m_fullRefreshAfterWindDown ? &Workspace::fullRefreshDirectory
                                                          : &Workspace::refreshDirectory);
    });
    m_sync->start();
}

void Workspace::refreshDirectory() {
    startSync(false);
}

void Workspace::fullRefreshDirectory() {
    startSync(true);
}

void Workspace::startSync(bool full) {
    if (m_sync && m_sync->isSyncing() && !m_job) {
        // The last sync is winding down (its writer stops after a failure or a cancel): this one
        // starts as soon as it has.
        m_refreshAfterWindDown = true;
        m_fullRefreshAfterWindDown = m_fullRefreshAfterWindDown || full;
        return;
    }
    if (!session() || !isOnline() || !m_directoryReady || !m_sync || m_sync->isSyncing() || m_job)
        return;
    m_syncWanted = false;
    m_refreshAfterWindDown = false;
    m_fullRefreshAfterWindDown = false;
    m_portalEndedSync = false;
    emit syncStarted();
    m_job =
        new DirectorySyncJob(session(), m_sync.get(), m_directoryDatabasePath,
                             full ? DirectorySyncJob::Kind::Full : DirectorySyncJob::Kind::Automatic, this);
    connect(m_job, &DirectorySyncJob::finished, this, &Workspace::syncFinished);
    connect(m_job, &DirectorySyncJob::ended, this, [this] { m_job.clear(); }); // free for the next one now
    connect(m_job, &DirectorySyncJob::failed, this, [this](const PortalError &error) {
        m_portalEndedSync = true;            // the writer's "cancelled" that follows is part of this failure
        m_connection->connectionLost(error); // offline until the portal answers again, if it may pass
        emit syncFailed(DirectoryError::fromPortal(error));
    });
}

void Workspace::acceptPortalMove(const QUrl &newPortalUrl) {
    m_connection->acceptPortalMove(newPortalUrl);
}

void Workspace::onPortalMoveAccepted() {
    // The same portal at a new address: its files stay, what waited is sent there now.
    if (m_sender)
        m_sender->resume();
    refreshDirectory(); // now, or as soon as the refresh that hit the move has wound down
}

void Workspace::cancelRefresh() {
    if (m_job)
        m_job->abort();
    if (m_sync)
        m_sync->cancel();
}

void Workspace::signOut() {
    m_refreshTimer.stop();
    cancelRefresh();
    closeOutbox();
    m_groups.clear();
    m_connection->signOut();
    emit sessionEnded();
}

void Workspace::closeOutbox() {
    if (m_outbox)
        emit outboxClosing();
    if (m_sender)
        m_sender->stop();
    m_sender.reset();
    m_transport.reset();
    m_drafts.reset();
    m_templates.reset();
    m_auditLog.reset();
    m_outbox.reset();
    m_outboxDb.reset();
    m_outboxPath.clear();
    m_portalKey.clear();
}

QString Workspace::outboxPathFor(const QString &hostKey, qint64 userId) const {
    return QDir(m_options.dataDir)
        .filePath(u"outbox/%1-%2.sqlite"_s.arg(
            QString(hostKey).replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s),
            QString::number(userId)));
}

QString Workspace::currentHostKey() const {
    return isTrainingMode() ? kTrainingHost : portalHost();
}

void Workspace::openOutbox(const QString &hostKey, qint64 userId) {
    const QString path = outboxPathFor(hostKey, userId);
    if (path == m_outboxPath && m_outbox) {
        // Same portal again (reconnected): pick up whatever waited while offline.
        if (m_sender && isOnline() && m_options.sendOnOpen)
            m_sender->resume();
        return;
    }
    const bool freshTraining = isTrainingMode() && path != m_outboxPath;
    closeOutbox();
    if (freshTraining) {
        // The training portal is generated afresh each run; so is its outbox.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    PrivateFiles::makeFolder(QFileInfo(path).absolutePath());
    m_outboxPath = path;
    m_outboxDb = std::make_unique<OutboxDatabase>(path);
    if (const InviteResult<void> opened = m_outboxDb->open(); !opened) {
        qCWarning(lcInvite).noquote() << "outbox could not be opened:" << opened.error().logText();
        emit outboxFailed(opened.error());
        m_outboxDb.reset();
        return;
    }
    m_outbox = std::make_unique<InvitationOutbox>(*m_outboxDb);
    m_drafts = std::make_unique<InvitationDrafts>(*m_outboxDb);
    m_templates = std::make_unique<TemplateLibrary>(*m_outboxDb);
    m_auditLog = std::make_unique<InvitationAuditLog>(*m_outboxDb);
    // Whatever session is current when a request goes out: credentials switched on the same portal
    // replace the session, and the outbox (same portal and user) stays open. But only while that
    // session is online as this outbox's portal and user: never another portal's session.
    m_transport = std::make_unique<PortalInvitationTransport>([this, hostKey, userId]() -> PortalSession * {
        if (!isOnline() || currentHostKey() != hostKey || identity().userId != userId)
            return nullptr;
        return session();
    });
    m_portalKey = hostKey;
    m_sender = std::make_unique<InvitationSender>(*m_outbox, *m_transport, m_portalKey);
    emit outboxOpened();
    // Whatever was left queued or in flight by an earlier run is reconciled and sent now.
    if (isOnline() && m_options.sendOnOpen)
        m_sender->start();
}
