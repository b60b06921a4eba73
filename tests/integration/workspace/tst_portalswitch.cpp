// Several remembered portals in one running workspace, over real HTTP to two sandbox portals and
// with the real Secret Service of ./test: remember two, switch between them (each with its own
// directory copy and outbox), never send what was queued for one portal to the other, forget one,
// and find the single portal remembered by earlier versions.
#include "credentials/secretstore.h"
#include "directory/directoryreader.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"
#include "portal/emaillookupjob.h"
#include "rememberedportalsfixture.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;
using namespace RememberedPortalsFixture;
using State = ConnectionLifecycle::State;

class TestPortalSwitch : public QObject {
    Q_OBJECT

    // Whether the portal behind `webhookUrl` knows a user with this e-mail (asked on a session of
    // its own, apart from the workspace's). -1 when the portal did not answer.
    static int portalKnows(const QUrl &webhookUrl, const QString &email) {
        PortalSession session(webhook(webhookUrl));
        EmailLookupJob *lookup = session.findUsersByEmail({email});
        QSignalSpy looked(lookup, &EmailLookupJob::finished);
        if (!lookup->isFinished() && !looked.wait(20000))
            return -1;
        if (!lookup->ok())
            return -1;
        return lookup->exists(email) ? 1 : 0;
    }

    static NewInvitation invitationFor(const QString &portalKey, const QString &email) {
        NewInvitation inv;
        inv.portal = portalKey;
        inv.email = email;
        inv.firstName = u"Queued"_s;
        inv.departmentIds = {1};
        inv.message = u"Welcome"_s;
        inv.tab = u"email"_s;
        return inv;
    }

    // Switches and waits until the portal's directory is open and its outbox with it.
    static bool switchAndWait(Workspace &workspace, const QString &portalId) {
        QSignalSpy opened(&workspace, &Workspace::directoryOpened);
        QSignalSpy outbox(&workspace, &Workspace::outboxOpened);
        if (!workspace.switchPortal(portalId))
            return false;
        return QTest::qWaitFor([&] { return !opened.isEmpty() && !outbox.isEmpty(); }, 30000);
    }

    // Forgets every remembered portal and waits for the keychain each time: QtKeychain's jobs cannot
    // be cancelled and must not outlive the workspace.
    static bool forgetAll(Workspace &workspace) {
        for (const RememberedPortal &portal : workspace.rememberedPortals()) {
            QSignalSpy forgotten(&workspace, &Workspace::portalForgotten);
            if (!workspace.switchPortal(portal.id))
                return false;
            workspace.signOut();
            if (!forgotten.wait(20000))
                return false;
        }
        return workspace.rememberedPortals().isEmpty();
    }

private slots:
    void connectingAnotherPortalNeverSendsTheOldOutboxThere() {
        TwoPortals two(30, 45);
        const auto &[portalA, portalB] = std::tie(two.a, two.b);
        Workspace &workspace = two.workspace;
        QSignalSpy outboxOpened(&workspace, &Workspace::outboxOpened);
        INVITEDESK_REMEMBER(workspace, *portalA);
        QCOMPARE(outboxOpened.size(), 1);
        const QString keyA = workspace.portalKey();

        // The user connects portal B, which is slow to answer, while A's invite dialog is still open,
        // and presses Invite then.
        fault(*portalB, QJsonObject{{u"kind"_s, u"latency"_s},
                                    {u"latencyMs"_s, 3000},
                                    {u"method"_s, u"batch"_s},
                                    {u"count"_s, 1}});
        QSignalSpy connected(&workspace, &Workspace::connected);
        QSignalSpy remembered(&workspace, &Workspace::portalRemembered);
        workspace.connectPortal(webhook(portalB->adminWebhookUrl()));
        const QString email = u"meant.for.a@example.com"_s;
        if (workspace.outbox()) {
            QVERIFY(workspace.outbox()->enqueue({invitationFor(keyA, email)}));
            workspace.sender()->start();
        }
        QVERIFY(connected.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.outbox() && workspace.portalKey() != keyA, 20000);
        QCOMPARE(portalKnows(portalB->adminWebhookUrl(), email), 0);
        // A's outbox closed the moment another portal was asked for, not once it answered.
        QCOMPARE(outboxOpened.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!remembered.isEmpty(), 20000);
        QVERIFY(forgetAll(workspace));
    }

    void switchesBetweenRememberedPortalsEachWithItsOwnFiles() {
        TwoPortals two(30, 45);
        const auto &[portalA, portalB] = std::tie(two.a, two.b);
        Workspace &workspace = two.workspace;
        INVITEDESK_REMEMBER(workspace, *portalA);
        const QString directoryA = workspace.directoryDatabasePath();
        const QString outboxA = workspace.outboxPath();
        const QString keyA = workspace.portalKey();
        INVITEDESK_REMEMBER(workspace, *portalB);
        const QString directoryB = workspace.directoryDatabasePath();
        const QString outboxB = workspace.outboxPath();
        QVERIFY(directoryA != directoryB);
        QVERIFY(outboxA != outboxB);
        QCOMPARE(workspace.rememberedPortals().size(), 2);
        QCOMPARE(workspace.currentPortalId(), idOf(*portalB));
        const int usersA = directoryUserCount(directoryA);
        const int usersB = directoryUserCount(directoryB);
        QVERIFY(usersA >= 30);
        QVERIFY(usersB >= 45);
        QVERIFY(usersA != usersB);

        // B → A: A's own directory copy and outbox come back.
        QList<State> states;
        connect(workspace.connection(), &ConnectionLifecycle::stateChanged, this,
                [&states](State state) { states.append(state); });
        QVERIFY(switchAndWait(workspace, idOf(*portalA)));
        QCOMPARE(states, (QList<State>{State::Disconnected, State::Connecting, State::Online}));
        QCOMPARE(workspace.currentPortalId(), idOf(*portalA));
        QCOMPARE(workspace.directoryDatabasePath(), directoryA);
        QCOMPARE(workspace.outboxPath(), outboxA);
        QCOMPARE(directoryUserCount(workspace.directoryDatabasePath()), usersA);

        // A → B; meanwhile an invitation is queued in A's outbox (another run, or a row left over).
        QVERIFY(switchAndWait(workspace, idOf(*portalB)));
        QCOMPARE(workspace.directoryDatabasePath(), directoryB);
        QCOMPARE(workspace.outboxPath(), outboxB);
        const QString email = u"queued.on.a@example.com"_s;
        {
            OutboxDatabase db(outboxA);
            QVERIFY(db.open());
            InvitationOutbox outbox(db);
            QVERIFY(outbox.enqueue({invitationFor(keyA, email)}));
        }
        // B's sender sends what B's outbox holds, and nothing of A's.
        const QString emailB = u"queued.on.b@example.com"_s;
        QVERIFY(workspace.outbox()->enqueue({invitationFor(workspace.portalKey(), emailB)}));
        workspace.sender()->start();
        QTRY_COMPARE_WITH_TIMEOUT(portalKnows(portalB->adminWebhookUrl(), emailB), 1, 20000);
        QCOMPARE(portalKnows(portalB->adminWebhookUrl(), email), 0);
        QCOMPARE(portalKnows(portalA->adminWebhookUrl(), email), 0);

        // B → A: A's outbox resumes and the invitation reaches A.
        QVERIFY(switchAndWait(workspace, idOf(*portalA)));
        QTRY_COMPARE_WITH_TIMEOUT(portalKnows(portalA->adminWebhookUrl(), email), 1, 20000);
        const auto sentOnA = [&workspace, &keyA] {
            const InviteResult<QList<Invitation>> sent =
                workspace.outbox()->invitations(keyA, InvitationState::Sent);
            return sent.ok() ? sent.value().size() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sentOnA(), 1, 20000);
        QCOMPARE(portalKnows(portalB->adminWebhookUrl(), email), 0);
        QVERIFY(forgetAll(workspace));
    }

    void forgettingRemovesOnlyThatPortalsSecret() {
        TwoPortals two(30, 30);
        const auto &[portalA, portalB] = std::tie(two.a, two.b);
        Workspace &workspace = two.workspace;
        INVITEDESK_REMEMBER(workspace, *portalA);
        INVITEDESK_REMEMBER(workspace, *portalB);

        QSignalSpy forgotten(&workspace, &Workspace::portalForgotten);
        workspace.signOut(); // "Forget this portal…" on B
        QVERIFY(forgotten.wait(20000));
        QCOMPARE(workspace.rememberedPortals().size(), 1);
        QCOMPARE(workspace.rememberedPortals().first().id, idOf(*portalA));

        SecretStore secrets(&two.settings);
        auto secretOf = [&secrets](const SandboxPortal &portal) {
            std::optional<bool> found;
            SecretJob *job = secrets.read({webhook(portal.adminWebhookUrl()).host(), 1, u"webhook"_s});
            connect(job, &SecretJob::finished, job, [&found, job] { found = job->result().ok(); });
            return QTest::qWaitFor([&] { return found.has_value(); }, 20000) ? *found : false;
        };
        QVERIFY(!secretOf(*portalB));
        QVERIFY(secretOf(*portalA));
        // A is still there to switch to.
        QVERIFY(switchAndWait(workspace, idOf(*portalA)));
        QVERIFY(workspace.isOnline());
        QSignalSpy forgottenA(&workspace, &Workspace::portalForgotten);
        workspace.signOut();
        QVERIFY(forgottenA.wait(20000));
        QVERIFY(workspace.rememberedPortals().isEmpty());
    }

    // A scheduled run's --account names one of the remembered portals, not necessarily the current.
    void accountOptionChoosesOneOfTheRememberedPortals() {
        auto portalA = startSandbox(portalOf(30));
        auto portalB = startSandbox(portalOf(30));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        {
            Workspace workspace(&settings, optionsIn(dir));
            INVITEDESK_REMEMBER(workspace, *portalA);
            INVITEDESK_REMEMBER(workspace, *portalB);
        }
        const QString hostA = webhook(portalA->adminWebhookUrl()).host();
        Workspace next(&settings, optionsIn(dir));
        QCOMPARE(next.storedPortalHost(), webhook(portalB->adminWebhookUrl()).host());
        QVERIFY(!next.chooseRememberedPortal(u"unknown.bitrix24.com"_s));
        QVERIFY(next.chooseRememberedPortal(hostA.toUpper()));
        QCOMPARE(next.storedPortalHost(), hostA);
        QSignalSpy connected(&next, &Workspace::connected);
        next.start();
        QVERIFY(connected.wait(20000));
        QCOMPARE(next.portalHost(), hostA);
        QVERIFY(forgetAll(next));
    }

    void singlePortalOfEarlierVersionsIsFound() {
        auto portal = startSandbox(portalOf(30));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const QUrl webhookUrl = portal->adminWebhookUrl();
        const QString host = webhook(webhookUrl).host();
        // What the single-portal version wrote: the settings keys and one keychain entry.
        settings.setValue(u"portal/host"_s, host);
        settings.setValue(u"portal/userId"_s, 1);
        settings.setValue(u"portal/method"_s, u"webhook"_s);
        settings.setValue(u"portal/address"_s, webhook(webhookUrl).portalUrl().toString());
        settings.sync();
        {
            SecretStore secrets(&settings);
            std::optional<bool> written;
            SecretJob *job =
                secrets.write({host, 1, u"webhook"_s}, webhook(webhookUrl).restBase().toString().toUtf8());
            connect(job, &SecretJob::finished, job, [&written, job] { written = job->result().ok(); });
            QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
            if (!*written)
                INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain", "No Secret Service here: ./test provides one");
        }

        Workspace workspace(&settings, optionsIn(dir));
        QSignalSpy connected(&workspace, &Workspace::connected);
        workspace.start();
        QVERIFY(connected.wait(20000));
        QVERIFY(!workspace.isTrainingMode());
        QCOMPARE(workspace.portalHost(), host);
        QCOMPARE(workspace.rememberedPortals().size(), 1);
        QCOMPARE(workspace.currentPortalId(), RememberedPortals::idOf(host, 1));
        QVERIFY(!settings.contains(u"portal/host"_s));
        QSignalSpy forgotten(&workspace, &Workspace::portalForgotten);
        workspace.signOut();
        QVERIFY(forgotten.wait(20000));
    }
};

QTEST_GUILESS_MAIN(TestPortalSwitch)
#include "tst_portalswitch.moc"
