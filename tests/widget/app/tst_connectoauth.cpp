// Connecting a portal by OAuth from the Connect dialog, end to end: the dialog's OAuth tab,
// the system browser (here a URL handler that plays the browser), the sandbox's /oauth/authorize/
// redirect to InviteDesk's loopback listener, the code exchange, and the connected workspace.
#include "applicationshell.h"
#include "connectportaldialog.h"
#include "mainwindow.h"
#include "sandbox/sandboxportal.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Plays the user's browser: loads the page and follows the portal's redirect to the loopback address.
class FakeBrowser : public QObject {
    Q_OBJECT
public:
    int opened = 0;
public slots:
    void open(const QUrl &url) {
        ++opened;
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    QNetworkAccessManager m_network;
};

class TestConnectOAuth : public QObject {
    Q_OBJECT
private slots:
    void signsInThroughTheBrowserAndConnects() {
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 40;
        sandboxOptions.rateLimit = false;
        SandboxPortal sandbox(sandboxOptions);
        QVERIFY(sandbox.start());

        FakeBrowser browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.forceSandbox = true; // starts on the training portal, then the user connects a real one
        options.sandboxUsers = 20;
        Workspace workspace(&settings, options);
        ApplicationShell shell(&workspace, &settings);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));

        emit shell.window()->connectPortalRequested();
        ConnectPortalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shell.window()->findChild<ConnectPortalDialog *>()) != nullptr);
        dialog->findChild<QTabWidget *>(u"connectMethodTabs"_s)->setCurrentIndex(1);
        dialog->findChild<QLineEdit *>(u"oauthPortalEdit"_s)->setText(sandbox.baseUrl().toString());
        dialog->findChild<QLineEdit *>(u"oauthClientIdEdit"_s)->setText(sandbox.oauthClientId());
        dialog->findChild<QLineEdit *>(u"oauthClientSecretEdit"_s)->setText(sandbox.oauthClientSecret());
        dialog->findChild<QLineEdit *>(u"oauthServerEdit"_s)->setText(sandbox.oauthServerUrl().toString());
        auto *connectButton = dialog->findChild<QPushButton *>(u"connectButton"_s);
        QVERIFY(connectButton->isEnabled());

        QSignalSpy connected(&workspace, &Workspace::connected);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(connected.wait(20000));
        QCOMPARE(browser.opened, 1);
        QVERIFY(!workspace.isTrainingMode());
        QCOMPARE(workspace.session()->credentials().method(), PortalCredentials::Method::OAuth);
        QCOMPARE(workspace.portalHost(), sandbox.baseUrl().authority());
        QVERIFY(workspace.identity().isAdmin);
        QDesktopServices::unsetUrlHandler(u"http"_s);
    }
};

QTEST_MAIN(TestConnectOAuth)
#include "tst_connectoauth.moc"
