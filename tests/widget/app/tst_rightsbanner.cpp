// The rights notice follows the portal: an employee whose portal has "Allow everyone to invite" off
// sees a banner naming that setting in the main window and the invite dialog; once an administrator
// turns it on, the next rights check (here: the window's Refresh) hides both and the status says the
// employee may invite, without restarting or reconnecting.
#include "../../integration/portal/sandboxharness.h"
#include "applicationshell.h"
#include "invite/invitedialog.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;

class TestRightsBanner : public QObject {
    Q_OBJECT
private slots:
    void bannerAndStatusFollowTheNextRightsCheck() {
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        auto sandbox = startSandbox(sandboxOptions);
        QTemporaryDir dir;
        QSettings settingsFile(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = sandbox->employeeWebhookUrl();
        options.refreshMinutes = 0;
        options.rightsCheckSeconds = 0; // only the Refresh below checks
        Workspace workspace(&settingsFile, options);
        ApplicationShell shell(&workspace, &settingsFile);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));

        MainWindow *window = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *main = qobject_cast<MainWindow *>(top))
                window = main;
        QVERIFY(window);
        auto *notice = window->findChild<QLabel *>(u"rightsNotice"_s);
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"Allow everyone to invite"_s));
        QVERIFY(window->statusText().contains(u"may not invite"_s));

        window->inviteAction()->trigger();
        auto *dialog = window->findChild<InviteDialog *>();
        QVERIFY(dialog);
        auto *banner = dialog->findChild<QLabel *>(u"rightsBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"Allow everyone to invite"_s));

        // The administrator turns the setting on in the portal; the next check sees it.
        settings(*sandbox, {{u"everyoneMayInvite"_s, true}});
        window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 20000);
        QVERIFY(!banner->isVisible());
        QVERIFY(window->statusText().contains(u"employee, may invite"_s));
        QVERIFY(!window->statusText().contains(u"may not invite"_s));

        // And off again: both come back.
        settings(*sandbox, {{u"everyoneMayInvite"_s, false}});
        window->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        QVERIFY(banner->isVisible());
        QVERIFY(window->statusText().contains(u"may not invite"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestRightsBanner)
#include "tst_rightsbanner.moc"
