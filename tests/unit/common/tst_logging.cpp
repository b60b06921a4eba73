// Debug logging is off by default in every build (a debug line per request costs time on every page of
// a sync) while info and above stay on; QT_LOGGING_RULES still turns debug on. The second half runs
// this test again as a child process with the rule set, since the rules are read once per process.
#include "common/logging.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void debugOffInfoOn() {
        if (qEnvironmentVariableIsSet("INVITEDESK_LOGGING_CHILD"))
            QSKIP("the child run checks the rule instead");
        for (const QLoggingCategory *category :
             {&lcPortal(), &lcCredentials(), &lcDirectory(), &lcInvite(), &lcSandbox(), &lcUi()}) {
            QVERIFY2(!category->isDebugEnabled(), category->categoryName());
            QVERIFY2(category->isInfoEnabled(), category->categoryName());
            QVERIFY2(category->isWarningEnabled(), category->categoryName());
        }
    }

    void rulesTurnDebugOn() {
        if (qEnvironmentVariableIsSet("INVITEDESK_LOGGING_CHILD")) {
            QVERIFY(lcPortal().isDebugEnabled());
            QVERIFY(!lcDirectory().isDebugEnabled());
            return;
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"INVITEDESK_LOGGING_CHILD"_s, u"1"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"invitedesk.portal.debug=true"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {u"rulesTurnDebugOn"_s});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
