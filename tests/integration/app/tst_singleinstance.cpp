// One running InviteDesk per profile: a second start on the same profile brings the first
// window to the front and leaves; another profile starts its own window; a profile whose window was
// killed starts again.
#include "appprofile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject {
    Q_OBJECT

    static QProcessEnvironment profile(const QTemporaryDir &home) {
        QProcessEnvironment env = isolatedProfile(home.path());
        env.insert(u"QT_LOGGING_RULES"_s, u"invitedesk.ui.debug=true"_s);
        return env;
    }

    // A window that stays open; its log is collected as it comes.
    static void startWindow(QProcess &app, const QProcessEnvironment &env, QString *log) {
        app.setProcessEnvironment(env);
        QObject::connect(&app, &QProcess::readyReadStandardError, &app,
                         [&app, log] { log->append(QString::fromUtf8(app.readAllStandardError())); });
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--sandbox-users"_s, u"40"_s});
    }

    // A start that would quit as soon as its own window is ready.
    static QString startAndQuit(const QProcessEnvironment &env, int *exitCode) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--sandbox-users"_s, u"40"_s, u"--quit-when-ready"_s});
        if (!app.waitForFinished(60000))
            return u"did not finish"_s;
        *exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        return QString::fromUtf8(app.readAllStandardError());
    }

private slots:
    void secondStartRaisesTheFirstWindow() {
        QTemporaryDir home;
        const QProcessEnvironment env = profile(home);
        QProcess first;
        QString firstLog;
        startWindow(first, env, &firstLog);
        QTRY_VERIFY2_WITH_TIMEOUT(firstLog.contains(u"window ready"_s), qPrintable(firstLog), 60000);

        int code = -1;
        const QString secondLog = startAndQuit(env, &code);
        QCOMPARE(code, 0);
        QVERIFY2(!secondLog.contains(u"window ready"_s), qPrintable(secondLog)); // no second window
        QTRY_VERIFY2_WITH_TIMEOUT(firstLog.contains(u"window raised for a second start"_s),
                                  qPrintable(firstLog), 30000);
        QCOMPARE(first.state(), QProcess::Running);

        // Another profile is another instance.
        QTemporaryDir otherHome;
        code = -1;
        const QString otherLog = startAndQuit(profile(otherHome), &code);
        QCOMPARE(code, 0);
        QVERIFY2(otherLog.contains(u"window ready"_s), qPrintable(otherLog));

        // A window that died leaves its lock and socket behind; the next start takes them over.
        first.kill();
        QVERIFY(first.waitForFinished(30000));
        code = -1;
        const QString againLog = startAndQuit(env, &code);
        QCOMPARE(code, 0);
        QVERIFY2(againLog.contains(u"window ready"_s), qPrintable(againLog));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
