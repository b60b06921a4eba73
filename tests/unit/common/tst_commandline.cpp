#include "common/commandline.h"

#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("portalHost");
        QTest::addColumn<QString>("language");
        using A = LaunchOptions::Action;
        auto row = [](const char *name, QStringList args, A action, int code, bool sandbox = false,
                      const QString &host = {}, const QString &lang = {}) {
            args.prepend(QStringLiteral("invitedesk"));
            QTest::newRow(name) << args << int(action) << code << sandbox << host << lang;
        };
        row("nothing", {}, A::Run, 0);
        row("help", {QStringLiteral("--help")}, A::ShowHelp, 0);
        row("help short", {QStringLiteral("-h")}, A::ShowHelp, 0);
        row("version", {QStringLiteral("--version")}, A::ShowVersion, 0);
        row("sandbox", {QStringLiteral("--sandbox")}, A::Run, 0, true);
        row("portal", {QStringLiteral("--portal"), QStringLiteral("https://acme.bitrix24.com/rest/1/abc/")},
            A::Run, 0, false, QStringLiteral("acme.bitrix24.com"));
        row("portal without value", {QStringLiteral("--portal")}, A::Error, LaunchOptions::ExitUsage);
        row("portal not a url", {QStringLiteral("--portal"), QStringLiteral("not a url")}, A::Error,
            LaunchOptions::ExitUsage);
        row("sandbox and portal",
            {QStringLiteral("--sandbox"), QStringLiteral("--portal"),
             QStringLiteral("https://a.b/rest/1/x/")},
            A::Error, LaunchOptions::ExitUsage);
        row("lang", {QStringLiteral("--lang"), QStringLiteral("ru")}, A::Run, 0, false, {},
            QStringLiteral("ru"));
        row("lang region", {QStringLiteral("--lang"), QStringLiteral("pt_BR")}, A::Run, 0, false, {},
            QStringLiteral("pt_BR"));
        row("lang bad", {QStringLiteral("--lang"), QStringLiteral("../../etc")}, A::Error,
            LaunchOptions::ExitUsage);
        row("unknown option", {QStringLiteral("--frobnicate")}, A::Error, LaunchOptions::ExitUsage);
        row("stray argument", {QStringLiteral("hello")}, A::Error, LaunchOptions::ExitUsage);
        row("sandbox users", {QStringLiteral("--sandbox-users"), QStringLiteral("1000")}, A::Run, 0);
        row("invite csv",
            {QStringLiteral("--portal"), QStringLiteral("https://a.b/rest/1/x/"),
             QStringLiteral("--invite-csv"), QStringLiteral("people.csv"), QStringLiteral("--department"),
             QStringLiteral("3")},
            A::Run, 0, false, QStringLiteral("a.b"));
        row("department by name", {QStringLiteral("--department"), QStringLiteral("Sales EMEA")}, A::Run, 0);
        row("department zero", {QStringLiteral("--department"), QStringLiteral("0")}, A::Error,
            LaunchOptions::ExitUsage);
        row("department empty", {QStringLiteral("--department"), QStringLiteral(" ")}, A::Error,
            LaunchOptions::ExitUsage);
        row("portal from stdin",
            {QStringLiteral("--portal"), QStringLiteral("-"), QStringLiteral("--send-pending")}, A::Run, 0);
        row("portal from stdin with a window", {QStringLiteral("--portal"), QStringLiteral("-")}, A::Error,
            LaunchOptions::ExitUsage);
        row("report json",
            {QStringLiteral("--invite-csv"), QStringLiteral("a.csv"), QStringLiteral("--report"),
             QStringLiteral("out.JSON")},
            A::Run, 0);
        row("report unknown format",
            {QStringLiteral("--invite-csv"), QStringLiteral("a.csv"), QStringLiteral("--report"),
             QStringLiteral("out.txt")},
            A::Error, LaunchOptions::ExitUsage);
        row("report without a run", {QStringLiteral("--report"), QStringLiteral("out.csv")}, A::Error,
            LaunchOptions::ExitUsage);
        row("retry-for zero",
            {QStringLiteral("--send-pending"), QStringLiteral("--retry-for"), QStringLiteral("0")}, A::Error,
            LaunchOptions::ExitUsage);
        row("timeout not a number",
            {QStringLiteral("--send-pending"), QStringLiteral("--timeout"), QStringLiteral("soon")}, A::Error,
            LaunchOptions::ExitUsage);
        row("timeout", {QStringLiteral("--send-pending"), QStringLiteral("--timeout"), QStringLiteral("600")},
            A::Run, 0);
        row("list departments", {QStringLiteral("--list-departments")}, A::Run, 0);
        row("sync and export",
            {QStringLiteral("--sync"), QStringLiteral("--export-directory"), QStringLiteral("people.csv")},
            A::Run, 0);
        row("sync and csv",
            {QStringLiteral("--sync"), QStringLiteral("--invite-csv"), QStringLiteral("a.csv")}, A::Error,
            LaunchOptions::ExitUsage);
        row("csv and pending",
            {QStringLiteral("--invite-csv"), QStringLiteral("a.csv"), QStringLiteral("--send-pending")},
            A::Error, LaunchOptions::ExitUsage);
        row("sandbox users bad", {QStringLiteral("--sandbox-users"), QStringLiteral("lots")}, A::Error,
            LaunchOptions::ExitUsage);
    }
    void parse() {
        QFETCH(QStringList, args);
        QFETCH(int, action);
        QFETCH(int, exitCode);
        QFETCH(bool, sandbox);
        QFETCH(QString, portalHost);
        QFETCH(QString, language);
        const LaunchOptions o = LaunchOptions::parse(args);
        QCOMPARE(int(o.action), action);
        QCOMPARE(o.exitCode, exitCode);
        QCOMPARE(o.sandbox, sandbox);
        QCOMPARE(o.portalWebhook.host(), portalHost);
        QCOMPARE(o.language, language);
        if (o.action != LaunchOptions::Action::Run)
            QVERIFY(!o.text.isEmpty());
        if (QTest::currentDataTag() == QByteArray("invite csv")) {
            QVERIFY(o.headless());
            QCOMPARE(o.inviteCsv, QStringLiteral("people.csv"));
            QCOMPARE(o.departmentId, 3);
            QCOMPARE(o.department, QStringLiteral("3"));
            QCOMPARE(o.retrySeconds, 120);
            QCOMPARE(o.timeoutSeconds, 0);
        }
        if (QTest::currentDataTag() == QByteArray("department by name")) {
            QCOMPARE(o.department, QStringLiteral("Sales EMEA"));
            QCOMPARE(o.departmentId, 0);
        }
        if (QTest::currentDataTag() == QByteArray("portal from stdin")) {
            QVERIFY(o.portalFromStdin);
            QVERIFY(o.portalWebhook.isEmpty());
        }
        if (QTest::currentDataTag() == QByteArray("timeout"))
            QCOMPARE(o.timeoutSeconds, 600);
        if (QTest::currentDataTag() == QByteArray("sync and export")) {
            QVERIFY(o.headless());
            QVERIFY(o.syncDirectory);
            QCOMPARE(o.exportDirectory, QStringLiteral("people.csv"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
