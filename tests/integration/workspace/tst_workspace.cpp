// The running application's wiring, end to end over real HTTP: training mode on the built-in
// sandbox, a portal given by webhook URL, the directory sync, the outbox sending to the portal, and
// an offline start from the cached directory. Secrets go through the real Secret Service of ./test.
#include "../../inviteresults.h"
#include "../../requiredfeatures.h"
#include "directory/directoryreader.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "portal/emaillookupjob.h"
#include "portal/portalcall.h"
#include "portal/portalsession.h"
#include "rememberedportalsfixture.h"
#include "sandbox/sandboxportal.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspace : public QObject {
    Q_OBJECT

    static qint64 portalUserTotal(PortalSession *session) {
        PortalCall *call = session->call(u"user.get"_s, QJsonObject{{u"ADMIN_MODE"_s, true}});
        QSignalSpy done(call, &PortalCall::finished);
        if (!done.wait(10000) || !call->result().ok())
            return -1;
        return call->result().value().total.value_or(-1);
    }

    // Invitations to `emails` by the e-mail tab, into department 1 of the workspace's portal.
    static QList<NewInvitation> invitationsTo(const Workspace &workspace, const QStringList &emails) {
        QList<NewInvitation> invitations;
        for (const QString &email : emails) {
            NewInvitation inv;
            inv.portal = workspace.portalKey();
            inv.email = email;
            inv.firstName = u"New"_s;
            inv.departmentIds = {1};
            inv.message = u"Welcome, %1"_s.arg(email);
            inv.tab = u"email"_s;
            invitations.append(inv);
        }
        return invitations;
    }

private slots:
    void trainingModeSyncsTheSandboxCompany() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 180;
        options.dataDir = dir.path();
        Workspace workspace(&settings, options);
        QSignalSpy connected(&workspace, &Workspace::connected);
        QSignalSpy synced(&workspace, &Workspace::syncFinished);
        QSignalSpy failed(&workspace, &Workspace::connectionFailed);
        workspace.start();

        QVERIFY(connected.wait(15000));
        QVERIFY(workspace.isTrainingMode());
        QVERIFY(workspace.isOnline());
        QVERIFY(workspace.identity().isAdmin);
        QCOMPARE(workspace.identity().userId, 1);
        QVERIFY(!workspace.identity().name.isEmpty());
        QVERIFY(synced.count() > 0 || synced.wait(30000));
        QCOMPARE(failed.count(), 0);

        const auto summary = synced.first().first().value<DirectorySyncSummary>();
        const qint64 total = portalUserTotal(workspace.session());
        QVERIFY(total >= 180);
        QCOMPARE(summary.userCount, int(total));
        QCOMPARE(summary.usersAdded, int(total));
        QCOMPARE(RememberedPortalsFixture::directoryUserCount(workspace.directoryDatabasePath()), int(total));
        QVERIFY(summary.departmentCount >= 10);
        // Training mode keeps its files apart from any real portal's.
        QVERIFY(workspace.directoryDatabasePath().contains(u"sandbox"_s));
        // No secret of the training portal is written into the settings.
        settings.sync();
        QFile file(dir.filePath(u"settings.ini"_s));
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("/rest/1/"));
    }

    void outboxSendsThroughThePortal() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 60;
        options.dataDir = dir.path();
        Workspace workspace(&settings, options);
        QSignalSpy outboxOpened(&workspace, &Workspace::outboxOpened);
        workspace.start();
        QVERIFY(outboxOpened.count() > 0 || outboxOpened.wait(15000));
        QVERIFY(workspace.outbox());

        const QStringList emails{u"ada.new@example.com"_s, u"bo.new@example.com"_s, u"cy.new@example.com"_s};
        EnqueueReport report;
        QVERIFY(takeResult(workspace.outbox()->enqueue(invitationsTo(workspace, emails)), &report));
        QCOMPARE(report.queuedIds.size(), 3);
        QSignalSpy drained(workspace.sender(), &InvitationSender::drained);
        workspace.sender()->start();
        QVERIFY(drained.wait(20000));

        QList<Invitation> sent;
        QVERIFY(
            takeResult(workspace.outbox()->invitations(workspace.portalKey(), InvitationState::Sent), &sent));
        QCOMPARE(sent.size(), 3);
        EmailLookupJob *lookup = workspace.session()->findUsersByEmail(emails);
        QSignalSpy looked(lookup, &EmailLookupJob::finished);
        QVERIFY(looked.wait(10000));
        for (const Invitation &row : sent) {
            QVERIFY(row.userId > 0);
            QCOMPARE(lookup->userId(row.email), row.userId);
        }
    }

    // The real send path reports an address that already belongs to someone (in any letter case) as
    // a duplicate and creates exactly one user for each new one.
    void outboxReportsExistingPeopleAndInvitesNewOnce() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 40;
        options.dataDir = dir.path();
        options.syncDirectory = false;
        options.sendOnOpen = false;
        Workspace workspace(&settings, options);
        QSignalSpy outboxOpened(&workspace, &Workspace::outboxOpened);
        workspace.start();
        QVERIFY(outboxOpened.count() > 0 || outboxOpened.wait(15000));
        const QString existing = workspace.identity().email;
        QVERIFY(!existing.isEmpty());
        const QString fresh = u"fresh.person@example.com"_s;
        const qint64 before = portalUserTotal(workspace.session());

        EnqueueReport report;
        QVERIFY(takeResult(workspace.outbox()->enqueue(invitationsTo(workspace, {existing.toUpper(), fresh})),
                           &report));
        QCOMPARE(report.queuedIds.size(), 2);
        QSignalSpy drained(workspace.sender(), &InvitationSender::drained);
        workspace.sender()->start();
        QVERIFY(drained.wait(20000));

        const std::optional<Invitation> duplicate = workspace.outbox()->invitation(report.queuedIds.at(0));
        const std::optional<Invitation> created = workspace.outbox()->invitation(report.queuedIds.at(1));
        QVERIFY(duplicate && created);
        QCOMPARE(duplicate->state, InvitationState::Failed);
        QCOMPARE(duplicate->failure.kind, InvitationFailureKind::Duplicate);
        QCOMPARE(created->state, InvitationState::Sent);
        QCOMPARE(portalUserTotal(workspace.session()), before + 1);
        EmailLookupJob *lookup = workspace.session()->findUsersByEmail({fresh.toUpper()});
        QSignalSpy looked(lookup, &EmailLookupJob::finished);
        QVERIFY(looked.wait(10000));
        QCOMPARE(lookup->userId(fresh), created->userId);
    }

    void webhookPortalAndOfflineStartFromCache() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 90;
        sandboxOptions.rateLimit = false;
        auto sandbox = std::make_unique<SandboxPortal>(sandboxOptions);
        QVERIFY(sandbox->start());
        const QString webhook = sandbox->adminWebhookUrl().toString();

        Workspace::Options options;
        options.dataDir = dir.path();
        options.refreshMinutes = 0;
        {
            Workspace workspace(&settings, options);
            QSignalSpy synced(&workspace, &Workspace::syncFinished);
            QSignalSpy remembered(&workspace, &Workspace::portalRemembered);
            QSignalSpy keychain(&workspace, &Workspace::keychainUnavailable);
            const Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(webhook);
            QVERIFY(credentials.ok());
            workspace.connectPortal(credentials.value());
            QVERIFY(synced.wait(30000));
            QVERIFY(!workspace.isTrainingMode());
            if (!keychain.isEmpty())
                INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service in this environment: ./test "
                                                            "provides one");
            QVERIFY(remembered.count() > 0 || remembered.wait(10000));
        }
        // The secret lives in the keychain, never in the settings file.
        settings.sync();
        QFile file(dir.filePath(u"settings.ini"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("127.0.0.1"));
        QVERIFY(!stored.contains(sandbox->adminWebhookUrl().path().toUtf8()));

        // The stored portal comes back by itself on the next start.
        {
            Workspace workspace(&settings, options);
            QSignalSpy connected(&workspace, &Workspace::connected);
            workspace.start();
            QVERIFY(connected.wait(15000));
            QVERIFY(!workspace.isTrainingMode());
        }

        // Portal gone: the next start opens the cached directory and says it is offline.
        sandbox.reset();
        Workspace offline(&settings, options);
        QSignalSpy failed(&offline, &Workspace::connectionFailed);
        QSignalSpy opened(&offline, &Workspace::directoryOpened);
        offline.start();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QVERIFY(!offline.isOnline());
        QVERIFY(opened.count() > 0 || opened.wait(10000));
        QVERIFY(RememberedPortalsFixture::directoryUserCount(offline.directoryDatabasePath()) >= 90);
        DirectoryReader reader(offline.directoryDatabasePath());
        QVERIFY(reader.open().ok());
        QVERIFY(reader.syncStatus().lastFullSync.isValid());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
