// An on-premise portal with a self-signed certificate, over real TLS on loopback with certificates
// made at test time: the connect dialog says what is wrong, shows the certificate's subject and
// SHA-256 fingerprint and offers to trust it; once trusted the portal connects and the certificate
// is kept in settings for that host; another certificate on the same host is refused again.
#include "../../integration/portal/sandboxharness.h"
#include "../../integration/portal/selfsignedcertificate.h"
#include "../../platformlimits.h"
#include "../../requiredfeatures.h"
#include "applicationshell.h"
#include "connectportaldialog.h"
#include "mainwindow.h"
#include "webhookaddressedit.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCertificateTrust : public QObject {
    Q_OBJECT

    template<typename T> static T *topLevel() {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
                return typed;
        return nullptr;
    }

    // Opens the connect dialog from the menu, enters `url` and presses Connect.
    static ConnectPortalDialog *connectTo(MainWindow *window, const QUrl &url) {
        window->findChild<QAction *>(u"connectPortalAction"_s)->trigger();
        ConnectPortalDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = topLevel<ConnectPortalDialog>()) != nullptr; }, 10000))
            return nullptr;
        dialog->findChild<WebhookAddressEdit *>(u"webhookEdit"_s)->setText(url.toString());
        dialog->findChild<QPushButton *>(u"connectButton"_s)->click();
        return dialog;
    }

private slots:
    void initTestCase() {
        INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
        if (!QSslSocket::supportsSsl())
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("tls", "no TLS backend");
    }

    void untrustedCertificateIsShownAndCanBeTrusted() {
        const SelfSignedCertificate first = SelfSignedCertificate::make(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        const SelfSignedCertificate second = SelfSignedCertificate::make(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        QVERIFY2(!first.isNull() && !second.isNull(), qPrintable(first.error + second.error));
        auto portal = startTlsSandbox(first);
        QVERIFY(portal);
        const quint16 port = portal->port();
        const QString host = u"127.0.0.1:%1"_s.arg(port);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 30;
        options.dataDir = dir.path();
        options.refreshMinutes = 0;
        Workspace workspace(&settings, options);
        ApplicationShell shell(&workspace, &settings);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));
        auto *window = topLevel<MainWindow>();
        QVERIFY(window);

        // First contact: refused, and the dialog names the certificate.
        ConnectPortalDialog *dialog = connectTo(window, portal->adminWebhookUrl());
        QVERIFY(dialog);
        auto *panel = dialog->findChild<QWidget *>(u"connectCertificatePanel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 20000);
        auto *problem = dialog->findChild<QLabel *>(u"connectProblem"_s);
        QVERIFY(problem->text().contains(u"does not trust the certificate of 127.0.0.1"_s));
        auto *fingerprint = dialog->findChild<QLabel *>(u"connectCertificateFingerprint"_s);
        QCOMPARE(fingerprint->accessibleDescription(), PortalError::fingerprint(first.certificate()));
        QCOMPARE(fingerprint->text().remove(u'\n'),
                 PortalError::fingerprint(first.certificate()).remove(47, 1));
        QVERIFY(dialog->findChild<QLabel *>(u"connectCertificateSubject"_s)
                    ->text()
                    .contains(u"InviteDesk test"_s));

        // Trusted: the portal answers, the dialog closes, settings keep the certificate for the host.
        auto *trust = dialog->findChild<QPushButton *>(u"connectTrustCertificate"_s);
        QVERIFY(!trust->accessibleName().isEmpty());
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isOnline() && workspace.portalHost() == host, 20000);
        QTRY_VERIFY(!topLevel<ConnectPortalDialog>());
        const QVariantMap pins = settings.value(u"pinnedCertificates"_s).toMap();
        QCOMPARE(pins.keys(), QStringList{host});
        QCOMPARE(QSslCertificate(pins.value(host).toByteArray(), QSsl::Pem), first.certificate());

        // The same host now shows another self-signed certificate: refused again, and that one shown.
        portal.reset();
        portal = startTlsSandbox(second, port);
        QVERIFY(portal);
        dialog = connectTo(window, portal->adminWebhookUrl());
        QVERIFY(dialog);
        panel = dialog->findChild<QWidget *>(u"connectCertificatePanel"_s);
        fingerprint = dialog->findChild<QLabel *>(u"connectCertificateFingerprint"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 20000);
        QCOMPARE(fingerprint->accessibleDescription(), PortalError::fingerprint(second.certificate()));
        // Editing the address hides the certificate: it belongs to the address it came from.
        dialog->findChild<WebhookAddressEdit *>(u"webhookEdit"_s)
            ->setText(u"https://other.example/rest/1/abc/"_s);
        QVERIFY(!panel->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
