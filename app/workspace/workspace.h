#pragma once

#include "directory/directoryerror.h"
#include "directory/directorysyncsummary.h"
#include "invite/inviteerror.h"
#include "portal/identifyjob.h"
#include "portal/listenumeration.h"
#include "portal/portalcredentials.h"
#include "portal/portalsession.h"
#include "workspace/connectionlifecycle.h"
#include "workspace/rememberedportals.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class DirectoryReader;
class InvitationAuditLog;
class InvitationDrafts;
class InvitationOutbox;
class TemplateLibrary;
class InvitationSender;
class OutboxDatabase;
class PortalInvitationTransport;
class DirectorySyncJob;
class DirectorySyncRunner;
class ListEnumeration;
class PortalAccount;
class PortalSession;
class QSettings;
class SecretStore;

// Everything one running InviteDesk works with, wired together: the connection to the portal (its
// ConnectionLifecycle decides which portal and when it is online), the local directory copy and its
// sync, and the outbox of the connected portal and user. The window shows what this object reports
// and forwards the user's intents to it; it holds no widgets.
class Workspace : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool forceSandbox = false; // --sandbox
        QUrl portalWebhook;        // --portal
        int sandboxUsers = 300;
        QString dataDir;              // where directory and outbox files live (defaultDataDir() by default)
        int refreshMinutes = 30;      // automatic directory refresh; 0: off
        bool syncDirectory = true;    // false for scripted runs that only send invitations
        bool enterprisePlan = false;  // the portal's request-rate model: 5/s burst 250 instead of 2/s 50
        int reconnectSeconds = 30;    // after a transient failure, try the portal again this much later
        int rightsCheckSeconds = 600; // while online, ask the portal again what the user may do; 0: off
        // Send what the outbox holds as soon as it opens (the window). Scripted runs start the sender
        // themselves, when and only if their task is sending.
        bool sendOnOpen = true;
    };

    Workspace(QSettings *settings, const Options &options, QObject *parent = nullptr);
    ~Workspace() override;

    // The per-user, per-computer data folder (the directory cache and the outbox): on Windows the
    // local, not the roaming, application data, so SQLite files never travel with a roaming profile.
    static QString defaultDataDir();

    // Decides the portal and connects. Ends in connected() or connectionFailed().
    void start();
    // A portal entered in the Connect dialog: connect, and remember it once it answered. When it is
    // another portal than the current one, the current one's outbox and directory close at once.
    void connectPortal(const PortalCredentials &credentials);
    // Leaves the current portal (its session ends, its secrets stay; its outbox and directory close,
    // so nothing composed or queued for it can reach another portal) and connects to the remembered
    // portal `portalId`, opening that portal's own directory copy and outbox. False when unknown.
    bool switchPortal(const QString &portalId);
    // The portals remembered in settings and keychain, and the one that is current.
    QList<RememberedPortal> rememberedPortals() const;
    QString currentPortalId() const;
    // The user accepted keeping secrets for this session only (no keychain on this system).
    void useSessionOnlySecrets();
    bool keepsSecretsForThisSessionOnly() const;
    // Ends the session at once: the sender stops, the outbox closes (outboxClosing() first), the
    // portal is cleared and sessionEnded() tells the window; the keychain entry goes afterwards
    // (portalForgotten()). Nothing reaches the portal until a portal is connected again.
    void signOut();
    // Brings the directory copy up to date: incrementally when it can (DirectorySyncJob), else in full.
    void refreshDirectory();
    // Reads the whole directory again (also removes people who are gone), whatever the copy allows.
    void fullRefreshDirectory();
    void cancelRefresh();
    // The user confirmed the address portalMoveProposed() named: calls go there from now on, the
    // address is stored, pending invitations are sent there and the directory is read from there.
    void acceptPortalMove(const QUrl &newPortalUrl);

    // The connection's state machine (connect, switch, offline/online, sign out).
    ConnectionLifecycle *connection() const { return m_connection; }
    bool isTrainingMode() const { return m_connection->isTrainingMode(); }
    // The remembered portal start() connects to (the current one, else the most recently used);
    // empty when none is remembered.
    QString storedPortalHost() const;
    // Before start(): makes the remembered portal with this address current (--account). False when
    // no remembered portal has it.
    bool chooseRememberedPortal(const QString &host);
    bool isOnline() const { return m_connection->isOnline(); }
    PortalSession *session() const { return m_connection->session(); }
    const PortalIdentity &identity() const { return m_connection->identity(); }
    QString portalHost() const { return m_connection->host(); }
    // The directory copy of the current portal and user; empty until known.
    QString directoryDatabasePath() const { return m_directoryDatabasePath; }
    QString dataDir() const { return m_options.dataDir; } // the profile's folder for its data files
    // The outbox of the current portal and user (opened once the portal answered, or offline from
    // the stored account); null until then.
    InvitationOutbox *outbox() const { return m_outbox.get(); }
    InvitationSender *sender() const { return m_sender.get(); }
    QString outboxPath() const;
    InvitationDrafts *drafts() const { return m_drafts.get(); }
    TemplateLibrary *templates() const { return m_templates.get(); }
    InvitationAuditLog *auditLog() const { return m_auditLog.get(); }
    // Extranet workgroups (sonet_group.get IS_EXTRANET=Y), fetched after connecting.
    struct Workgroup {
        int id = 0;
        QString name;
    };
    const QList<Workgroup> &extranetGroups() const { return m_groups; }
    // Training mode: the sandbox's Quick Registration endpoint; empty otherwise.
    QUrl registrationInfoUrl() const;
    // The training portal's control token, sent with the request to registrationInfoUrl().
    QString registrationInfoToken() const;
    // The name outbox rows are filed under: the portal host ("sandbox" in training mode).
    QString portalKey() const { return m_portalKey; }

signals:
    void connecting(const QString &host);
    void connected(const PortalIdentity &identity);
    // A rights check found other rights (ConnectionLifecycle::checkRights()); identity() has them.
    void rightsChanged(const PortalIdentity &identity);
    // Not reachable or refused. With a cached directory the app goes on offline.
    void connectionFailed(const PortalError &error, bool offlineWithCache);
    // No keychain: show error.userMessage() and ask whether to keep the secret for this session only.
    void keychainUnavailable(const SecretError &error);
    void portalRemembered();
    // The portal redirected to another address. Nothing was sent there; ask the user whether it
    // really moved, then acceptPortalMove(). Emitted once per proposed address.
    void portalMoveProposed(const QString &fromHost, const QUrl &newPortalUrl);
    void portalForgotten();
    // signOut(): no session, no outbox, no portal until connectPortal() answers.
    void sessionEnded();
    void directoryOpened(const QString &path, const QString &notice);
    void syncStarted();
    void syncProgress(qint64 written, qint64 expected);
    void syncFinished(const DirectorySyncSummary &summary);
    // The directory could not be opened or synced, the portal failed during a sync, or the sync was
    // cancelled: show error.userMessage(), log error.logText().
    void syncFailed(const DirectoryError &error);
    void outboxOpened();
    // The outbox, its sender, drafts, templates and audit log are about to be freed (sign out, or
    // another portal or user): whoever borrowed them (the invite dialog, the Outbox window) lets go
    // now, while they still exist.
    void outboxClosing();
    // The outbox file could not be opened: nothing can be queued or sent. Show error.userMessage(),
    // log error.logText().
    void outboxFailed(const InviteError &error);
    // The directory copy of the portal left is closed (switchPortal()): the pages let go of it.
    void directoryClosed();

private:
    void onConnected(const PortalIdentity &identity);
    void onConnectionFailed(const PortalError &error);
    void onPortalMoveAccepted();
    void openDirectory(const QString &hostKey, qint64 userId);
    void openOutbox(const QString &hostKey, qint64 userId);
    void closeOutbox();
    void leavePortal();
    // The outbox file of a portal and user; the transport sends only while this is the one online.
    QString outboxPathFor(const QString &hostKey, qint64 userId) const;
    QString currentHostKey() const;
    void fetchExtranetGroups();
    void startSync(bool full);

    QSettings *m_settings;
    Options m_options;
    SecretStore *m_secrets = nullptr;
    PortalAccount *m_account = nullptr;
    ConnectionLifecycle *m_connection = nullptr;
    std::unique_ptr<DirectorySyncRunner> m_sync;
    QPointer<DirectorySyncJob> m_job;
    QString m_directoryDatabasePath;
    std::unique_ptr<OutboxDatabase> m_outboxDb;
    std::unique_ptr<InvitationOutbox> m_outbox;
    std::unique_ptr<PortalInvitationTransport> m_transport;
    std::unique_ptr<InvitationSender> m_sender;
    std::unique_ptr<InvitationDrafts> m_drafts;
    std::unique_ptr<TemplateLibrary> m_templates;
    std::unique_ptr<InvitationAuditLog> m_auditLog;
    QList<Workgroup> m_groups;
    QString m_outboxPath;
    QString m_portalKey;
    QTimer m_refreshTimer;
    bool m_directoryReady = false;
    bool m_syncWanted = false;
    // A refresh asked for while the last sync was winding down (its writer stopping): run when it has.
    bool m_refreshAfterWindDown = false;
    bool m_fullRefreshAfterWindDown = false;
    bool m_portalEndedSync = false; // the portal failed the sync; the writer's stop is not news
};
