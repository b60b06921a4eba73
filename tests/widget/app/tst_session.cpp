// Session and lifecycle of the main window (issue 12): the Outbox opened from the window exports
// without reading freed memory, signing out ends the session, other credentials for the same portal
// keep sending, and another portal closes the invite dialog before its outbox goes.
#include "../../integration/portal/sandboxharness.h"
#include "../../inviteresults.h"
#include "applicationshell.h"
#include "credentials/secretjob.h"
#include "credentials/secretstore.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/invitedialog.h"
#include "invite/outboxdatabase.h"
#include "invite/outboxview.h"
#include "mainwindow.h"
#include "portal/oauthauthorizer.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;

class TestSession : public QObject {
    Q_OBJECT

    struct Running {
        std::unique_ptr<SandboxPortal> sandbox;
        QTemporaryDir dir;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<ApplicationShell> shell;
    };

    static std::unique_ptr<Running> startWindow() {
        auto running = std::make_unique<Running>();
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        running->sandbox = startSandbox(sandboxOptions);
        running->settings =
            std::make_unique<QSettings>(running->dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = running->dir.path();
        options.portalWebhook = running->sandbox->adminWebhookUrl();
        options.refreshMinutes = 0;
        running->workspace = std::make_unique<Workspace>(running->settings.get(), options);
        running->shell =
            std::make_unique<ApplicationShell>(running->workspace.get(), running->settings.get());
        QSignalSpy ready(running->shell.get(), &ApplicationShell::ready);
        running->shell->show();
        running->workspace->start();
        if (!ready.wait(30000))
            return nullptr;
        return running;
    }

    static QAction *action(MainWindow *window, const QString &name) {
        return window->findChild<QAction *>(name);
    }

    static QList<qint64> enqueue(Workspace &workspace, const QStringList &emails) {
        QList<NewInvitation> invitations;
        for (const QString &email : emails) {
            NewInvitation invitation;
            invitation.portal = workspace.portalKey();
            invitation.email = email;
            invitation.firstName = u"New"_s;
            invitation.departmentIds = {1};
            invitation.message = u"Welcome"_s;
            invitation.tab = u"email"_s;
            invitations.append(invitation);
        }
        EnqueueReport report;
        if (!takeResult(workspace.outbox()->enqueue(invitations), &report))
            return {};
        return report.queuedIds;
    }

    static int userAddsIn(const QJsonArray &journal) {
        int calls = 0;
        for (const QJsonValue &entry : journal)
            if (QJsonDocument(entry.toObject()).toJson().contains("user.add"))
                ++calls;
        return calls;
    }

    // OAuth tokens go to the keychain after portalRemembered(), and QtKeychain's jobs cannot be
    // cancelled: wait until the refresh token is indexed, then for one more keychain round trip, so
    // that no job outlives the workspace.
    static bool tokensStored(QSettings &settings) {
        const bool indexed = QTest::qWaitFor(
            [&settings] {
                const QStringList keys = settings.allKeys();
                for (const QString &key : keys)
                    if (key.endsWith(u"/keys"_s) &&
                        settings.value(key).toStringList().join(u' ').contains(u"refresh_token~"_s))
                        return true;
                return false;
            },
            20000);
        if (!indexed)
            return false;
        SecretStore store(&settings);
        QSignalSpy done(store.probe(), &SecretJob::finished);
        return done.wait(20000);
    }

private slots:
    // The main window says when a send finished (issue 12, "Bulk sends"), and the Outbox it opens has a
    // Close button.
    void finishedSendIsAnnouncedAndTheOutboxCloses() {
        auto running = startWindow();
        QVERIFY(running);
        Workspace &workspace = *running->workspace;
        MainWindow *window = running->shell->window();
        QSignalSpy messages(window->statusBar(), &QStatusBar::messageChanged);
        QCOMPARE(enqueue(workspace, {u"told.one@example.com"_s, u"told.two@example.com"_s}).size(), 2);
        workspace.sender()->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&messages] {
                for (const QList<QVariant> &message : std::as_const(messages))
                    if (message.value(0).toString() == u"Sending finished: 2 sent.")
                        return true;
                return false;
            }(),
            20000);

        QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
        auto *outbox = window->findChild<QDialog *>(u"outboxWindow"_s);
        QTRY_VERIFY(outbox && outbox->isVisible());
        auto *close = outbox->findChild<QPushButton *>(u"outboxClose"_s);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(window->findChild<QDialog *>(u"outboxWindow"_s) == nullptr);
    }

    // Bullet 4: the main window's Outbox kept a reference to a temporary context
    // (stack-use-after-return in OutboxView::exportAuditLog under ASan).
    void outboxFromTheWindowExports() {
        auto running = startWindow();
        QVERIFY(running);
        Workspace &workspace = *running->workspace;
        QVERIFY(workspace.outbox());
        QSignalSpy drained(workspace.sender(), &InvitationSender::drained);
        QCOMPARE(enqueue(workspace, {u"export.me@example.com"_s}).size(), 1);
        workspace.sender()->start();
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);

        MainWindow *window = running->shell->window();
        QAction *outbox = action(window, u"outboxAction"_s);
        QVERIFY(outbox);
        outbox->trigger();
        auto *view = window->findChild<OutboxView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        // Let the stack frame that built the context be reused before the view reads it again.
        QTest::mouseMove(window);
        QCoreApplication::processEvents();
        const QString path = running->dir.filePath(u"audit.csv"_s);
        QVERIFY(view->exportAuditLog(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("export.me@example.com"));
    }

    // Bullet 1: after signing out nothing is sent, no dialog keeps the outbox, the window shows no
    // portal and every portal action is off until a portal is connected again.
    void signOutEndsTheSession() {
        auto running = startWindow();
        QVERIFY(running);
        Workspace &workspace = *running->workspace;
        MainWindow *window = running->shell->window();
        const QString host = workspace.portalHost();
        QVERIFY(window->statusText().contains(host));
        action(window, u"inviteAction"_s)->trigger();
        QTRY_VERIFY(window->findChild<InviteDialog *>() && window->findChild<InviteDialog *>()->isVisible());
        action(window, u"outboxAction"_s)->trigger();
        QTRY_VERIFY(window->findChild<QDialog *>(u"outboxWindow"_s));

        // Queued, and the user signs out before the sender's next step.
        QVERIFY(workspace.sender());
        reset(*running->sandbox);
        QCOMPARE(enqueue(workspace, {u"after.signout@example.com"_s}).size(), 1);
        workspace.sender()->start();
        QSignalSpy forgotten(&workspace, &Workspace::portalForgotten);
        workspace.signOut(); // what "Yes" in the Sign out question does
        QVERIFY(workspace.sender() == nullptr);
        QVERIFY(workspace.outbox() == nullptr);
        QVERIFY(!workspace.isOnline());
        QTRY_VERIFY(window->findChild<InviteDialog *>() == nullptr);
        QTRY_VERIFY(window->findChild<QDialog *>(u"outboxWindow"_s) == nullptr);
        QVERIFY2(!window->statusText().contains(host), qPrintable(window->statusText()));
        for (const QString &name :
             {u"inviteAction"_s, u"refreshAction"_s, u"outboxAction"_s, u"signOutAction"_s})
            QVERIFY2(!action(window, name)->isEnabled(), qPrintable(name));
        QTRY_VERIFY_WITH_TIMEOUT(!forgotten.isEmpty(), 20000);
        // The portal answers a probe, so anything sent before it would be in the journal now.
        QVERIFY(control(*running->sandbox, "GET", u"counters"_s).contains("requests"_L1));
        QCOMPARE(userAddsIn(journal(*running->sandbox)), 0);

        // Connecting again brings the actions back.
        QSignalSpy connected(&workspace, &Workspace::connected);
        QSignalSpy remembered(&workspace, &Workspace::portalRemembered);
        workspace.connectPortal(webhook(running->sandbox->adminWebhookUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 20000);
        // The keychain answers before the workspace goes (its jobs cannot be cancelled).
        QTRY_VERIFY_WITH_TIMEOUT(!remembered.isEmpty(), 20000);
        QTRY_VERIFY(action(window, u"inviteAction"_s)->isEnabled());
        QVERIFY(action(window, u"outboxAction"_s)->isEnabled());
        QVERIFY(window->statusText().contains(host));
    }

    // Bullet 2: the same portal and user with other credentials (webhook, then OAuth): the sender goes
    // on through the new session.
    void otherCredentialsKeepSending() {
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        auto sandbox = startSandbox(sandboxOptions);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = sandbox->adminWebhookUrl();
        options.refreshMinutes = 0;
        options.syncDirectory = false;
        Workspace workspace(&settings, options);
        QSignalSpy connected(&workspace, &Workspace::connected);
        QSignalSpy outboxOpened(&workspace, &Workspace::outboxOpened);
        workspace.start();
        QTRY_VERIFY_WITH_TIMEOUT(!outboxOpened.isEmpty(), 20000);
        const QString outboxPath = workspace.outboxPath();

        // Sign in with OAuth as the same administrator.
        OAuthAuthorizer authorizer(
            sandbox->baseUrl(),
            OAuthClient{sandbox->oauthClientId(), sandbox->oauthClientSecret(), sandbox->oauthServerUrl()});
        QNetworkAccessManager browser;
        std::optional<PortalCredentials> oauth;
        connect(&authorizer, &OAuthAuthorizer::openBrowser, this, [&browser](const QUrl &url) {
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        connect(&authorizer, &OAuthAuthorizer::succeeded, this,
                [&oauth](const PortalCredentials &signedIn) { oauth = signedIn; });
        QVERIFY(authorizer.start());
        QTRY_VERIFY_WITH_TIMEOUT(oauth.has_value(), 20000);

        connected.clear();
        QSignalSpy remembered(&workspace, &Workspace::portalRemembered);
        workspace.connectPortal(*oauth);
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!remembered.isEmpty(), 20000);
        QVERIFY(tokensStored(settings));
        QCOMPARE(workspace.session()->credentials().method(), PortalCredentials::Method::OAuth);
        QCOMPARE(workspace.outboxPath(), outboxPath); // the same portal and user: the same outbox

        QSignalSpy drained(workspace.sender(), &InvitationSender::drained);
        const QList<qint64> ids = enqueue(workspace, {u"switched@example.com"_s});
        QCOMPARE(ids.size(), 1);
        workspace.sender()->start();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.outbox()->invitation(ids.first())->state == InvitationState::Sent,
                                 20000);
    }

    // Bullet 3: another portal while the invite dialog is open: the dialog closes before the outbox
    // it borrows is freed, and what was typed is kept as a draft of the first portal.
    void anotherPortalClosesTheInviteDialog() {
        auto running = startWindow();
        QVERIFY(running);
        Workspace &workspace = *running->workspace;
        MainWindow *window = running->shell->window();
        const QString firstOutbox = workspace.outboxPath();
        const QString firstKey = workspace.portalKey();
        action(window, u"inviteAction"_s)->trigger();
        QTRY_VERIFY(window->findChild<InviteDialog *>());
        auto *recipients = window->findChild<QPlainTextEdit *>(u"emailRecipients"_s);
        QVERIFY(recipients);
        recipients->setPlainText(u"kept.draft@example.com"_s);

        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        auto other = startSandbox(sandboxOptions);
        QSignalSpy opened(&workspace, &Workspace::outboxOpened);
        QSignalSpy remembered(&workspace, &Workspace::portalRemembered);
        workspace.connectPortal(webhook(other->adminWebhookUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!remembered.isEmpty(), 20000);
        QVERIFY(workspace.outboxPath() != firstOutbox);
        QTRY_VERIFY(window->findChild<InviteDialog *>() == nullptr);

        OutboxDatabase db(firstOutbox);
        QVERIFY(db.open());
        InvitationDrafts drafts(db);
        const std::optional<InvitationDraft> draft = drafts.restore(firstKey, u"email"_s);
        QVERIFY(draft.has_value());
        QVERIFY(draft->recipients.contains(u"kept.draft@example.com"_s));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
