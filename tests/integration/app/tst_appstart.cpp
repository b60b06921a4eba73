// Start-up test: the invitedesk executable, offscreen, with no portal configured, opens on
// the built-in sandbox portal, signs in as the sandbox's administrator and shows the directory.
#include "appprofile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppStart : public QObject {
    Q_OBJECT
private slots:
    void startsOnTheSandboxAndShowsTheUser() {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedProfile(home.path());
        env.insert(u"QT_LOGGING_RULES"_s, u"invitedesk.ui.debug=true"_s);
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--sandbox-users"_s, u"120"_s, u"--quit-when-ready"_s});
        QVERIFY(app.waitForFinished(60000));
        const QString log = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, qPrintable(log));
        // The window reports what it shows when it is ready (see ApplicationShell).
        QVERIFY2(log.contains(u"window ready: training mode"_s), qPrintable(log));
        QVERIFY2(log.contains(u"signed in as"_s) && log.contains(u"administrator"_s), qPrintable(log));
        QVERIFY2(log.contains(u"Sandbox portal"_s), qPrintable(log));
        QVERIFY2(log.contains(u"directory rows: "_s) && !log.contains(u"directory rows: 0"_s),
                 qPrintable(log));
    }

    void versionAndHelpWork() {
        QProcess app;
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--version"_s});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(app.readAllStandardOutput().startsWith("InviteDesk "));
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--no-such-option"_s});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 2);
        app.start(QStringLiteral(INVITEDESK_EXE),
                  {u"--portal"_s, u"http://portal.example.com/rest/1/abc/"_s, u"--send-pending"_s});
        QVERIFY(app.waitForFinished(20000));
        // Plain http to a real host is refused before any request: bad input (README), not an outage.
        QCOMPARE(app.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAppStart)
#include "tst_appstart.moc"
