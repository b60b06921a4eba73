// A portal that answers "moved" (a redirect to another origin) is confirmed by the user before
// anything goes there: the window asks, "No" keeps everything at the old address, "Yes"
// points the session at the new one and the directory is read from there.
#include "../../integration/portal/sandboxharness.h"
#include "applicationshell.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;

class TestPortalMove : public QObject {
    Q_OBJECT

    static QMessageBox *question(MainWindow *window) {
        return window->findChild<QMessageBox *>(u"portalMovedQuestion"_s);
    }

private slots:
    void moveIsConfirmedByTheUser() {
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        auto oldAddress = startSandbox(sandboxOptions);
        auto newAddress = startSandbox(sandboxOptions); // same seed: the same webhook works there

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = oldAddress->adminWebhookUrl();
        options.refreshMinutes = 0;
        Workspace workspace(&settings, options);
        ApplicationShell shell(&workspace, &settings);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        QSignalSpy synced(&workspace, &Workspace::syncFinished);
        QSignalSpy failed(&workspace, &Workspace::syncFailed);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000); // the first sync, at the old address

        QUrl location = newAddress->baseUrl();
        location.setPath({});
        fault(*oldAddress,
              {{u"kind"_s, u"moved"_s}, {u"count"_s, 1000}, {u"location"_s, location.toString()}});
        reset(*newAddress);
        synced.clear();
        failed.clear();
        workspace.refreshDirectory();

        // Asked, and nothing went to the new address meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(question(shell.window()) != nullptr, 20000);
        QVERIFY(question(shell.window())->text().contains(QString::number(newAddress->port())));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY(journal(*newAddress).isEmpty());

        // "No": the session stays where it was.
        question(shell.window())->button(QMessageBox::No)->click();
        QTRY_VERIFY(question(shell.window()) == nullptr);
        QCOMPARE(workspace.session()->credentials().portalUrl().port(), int(oldAddress->port()));
        QVERIFY(journal(*newAddress).isEmpty());

        // Asked once per address: another refresh (started once the first has wound down) fails
        // again without asking again. Each failure is the portal's alone: no "cancelled" follows it.
        QSignalSpy started(&workspace, &Workspace::syncStarted);
        failed.clear();
        workspace.refreshDirectory();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<DirectoryError>().kind(), DirectoryError::Kind::PortalFailed);
        QVERIFY(question(shell.window()) == nullptr);

        // The user confirms through the workspace (as the dialog's Yes does): the directory is read
        // from the new address.
        workspace.acceptPortalMove(location);
        QCOMPARE(workspace.session()->credentials().portalUrl().port(), int(newAddress->port()));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);
        QVERIFY(!journal(*newAddress).isEmpty());
    }

    void yesMovesTheSession() {
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        auto oldAddress = startSandbox(sandboxOptions);
        auto newAddress = startSandbox(sandboxOptions);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = oldAddress->adminWebhookUrl();
        options.refreshMinutes = 0;
        Workspace workspace(&settings, options);
        ApplicationShell shell(&workspace, &settings);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        QSignalSpy synced(&workspace, &Workspace::syncFinished);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 30000);

        QUrl location = newAddress->baseUrl();
        location.setPath({});
        fault(*oldAddress,
              {{u"kind"_s, u"moved"_s}, {u"count"_s, 1000}, {u"location"_s, location.toString()}});
        synced.clear();
        workspace.refreshDirectory();
        QTRY_VERIFY_WITH_TIMEOUT(question(shell.window()) != nullptr, 20000);
        QSignalSpy moved(workspace.session(), &PortalSession::portalMoved);
        question(shell.window())->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(moved.size(), 1, 20000);
        QCOMPARE(workspace.session()->credentials().portalUrl().port(), int(newAddress->port()));
    }

    void moveSeenWhileConnecting() {
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        auto oldAddress = startSandbox(sandboxOptions);
        auto newAddress = startSandbox(sandboxOptions);
        QUrl location = newAddress->baseUrl();
        location.setPath({});
        fault(*oldAddress,
              {{u"kind"_s, u"moved"_s}, {u"count"_s, 1000}, {u"location"_s, location.toString()}});
        reset(*newAddress);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = oldAddress->adminWebhookUrl();
        options.refreshMinutes = 0;
        Workspace workspace(&settings, options);
        QSignalSpy proposed(&workspace, &Workspace::portalMoveProposed);
        std::optional<PortalError::Kind> failedToConnect;
        connect(&workspace, &Workspace::connectionFailed, this,
                [&failedToConnect](const PortalError &error, bool) { failedToConnect = error.kind(); });
        QSignalSpy connected(&workspace, &Workspace::connected);
        workspace.start();
        QTRY_VERIFY_WITH_TIMEOUT(failedToConnect.has_value(), 20000);
        QCOMPARE(PortalError::kindName(*failedToConnect), u"moved"_s);
        QCOMPARE(proposed.size(), 1);
        QVERIFY(connected.isEmpty());
        QVERIFY(journal(*newAddress).isEmpty());

        workspace.acceptPortalMove(proposed.first().at(1).toUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 20000);
        QCOMPARE(workspace.session()->credentials().portalUrl().port(), int(newAddress->port()));
    }
};

QTEST_MAIN(TestPortalMove)
#include "tst_portalmove.moc"
