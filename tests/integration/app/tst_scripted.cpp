// Scripted mode (issue 13): the real invitedesk executable, headless, against a real
// invitedesk-sandbox process over loopback, with its own data folder (real SQLite files). Every exit
// code of the README is checked one by one, a portal that goes away mid-run ends in exit 3 within
// the run's own retry bound, the same CSV twice sends nothing the second time (checked in the
// sandbox's journal), and every input row gets one outcome in the report.
#include "sandboxprocess.h"

#include "credentials/secretstore.h"
#include "portal/portalcredentials.h"
#include "workspace/portalaccount.h"

#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct RunResult {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + u"\n--- stderr ---\n"_s + err; }
};

// user.add calls the sandbox received, direct or inside a batch (attempts, not just successes).
int userAddCalls(SandboxProcess &sandbox) {
    const QJsonArray requests = sandbox.get(u"/sandbox/journal"_s).value(u"requests"_s).toArray();
    int count = 0;
    for (const QJsonValue &v : requests) {
        const QJsonObject r = v.toObject();
        if (r.value(u"restMethod"_s).toString().compare(u"user.add"_s, Qt::CaseInsensitive) == 0)
            ++count;
        if (r.value(u"restMethod"_s).toString() != u"batch")
            continue;
        const QJsonObject cmd = r.value(u"params"_s).toObject().value(u"cmd"_s).toObject();
        for (const QJsonValue &c : cmd)
            if (c.toString().startsWith(u"user.add"_s, Qt::CaseInsensitive))
                ++count;
    }
    return count;
}

// The UF_DEPARTMENT / WORK_POSITION of the user.add calls in the journal, by e-mail.
QHash<QString, QString> userAddQueries(SandboxProcess &sandbox) {
    const QJsonArray requests = sandbox.get(u"/sandbox/journal"_s).value(u"requests"_s).toArray();
    QHash<QString, QString> byEmail;
    for (const QJsonValue &v : requests) {
        const QJsonObject cmd = v.toObject().value(u"params"_s).toObject().value(u"cmd"_s).toObject();
        for (const QJsonValue &c : cmd) {
            const QString text = QUrl::fromPercentEncoding(c.toString().toUtf8());
            if (!text.startsWith(u"user.add"_s))
                continue;
            static const QRegularExpression email(u"EMAIL=([^&]+)"_s);
            byEmail.insert(email.match(text).captured(1), text);
        }
    }
    return byEmail;
}

} // namespace

class TestScripted : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_homes = 0;

    QString newHome() {
        const QString home = m_dir.filePath(u"home%1"_s.arg(++m_homes));
        QDir().mkpath(home);
        return home;
    }

    static QProcessEnvironment environment(const QString &home) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"INVITEDESK_WEBHOOK"_s);
        return env;
    }

    // Runs invitedesk to its end. The ceiling only keeps a broken build from hanging the suite; the
    // bounds under test are the program's own (--retry-for, --timeout).
    static RunResult run(const QString &home, const QStringList &args, const QByteArray &input = {},
                         const QHash<QString, QString> &extraEnv = {}) {
        QProcess app;
        QProcessEnvironment env = environment(home);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(INVITEDESK_EXE), args);
        RunResult r;
        if (!app.waitForStarted(10000))
            return r;
        app.write(input);
        app.closeWriteChannel();
        r.finished = app.waitForFinished(240000);
        if (!r.finished) {
            app.kill();
            app.waitForFinished(5000);
        }
        r.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
        r.out = QString::fromUtf8(app.readAllStandardOutput());
        r.err = QString::fromUtf8(app.readAllStandardError());
        return r;
    }

    QString writeCsv(const QString &name, const QByteArray &content) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    static QString summaryLine(const QString &out) {
        const QStringList lines = out.split(u'\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it)
            if (it->startsWith(u"summary: "_s))
                return *it;
        return {};
    }

    static QJsonArray reportRows(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(u"rows"_s).toArray();
    }

private slots:
    // --- exit 2: bad input -------------------------------------------------------------------
    void malformedWebhookExits2_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("not a webhook path") << u"https://acme.bitrix24.com/crm/deal/"_s;
        QTest::newRow("no secret") << u"https://acme.bitrix24.com/rest/1/"_s;
        QTest::newRow("plain http to a real host") << u"http://acme.bitrix24.com/rest/1/abc/"_s;
        QTest::newRow("not a url") << u"not a url"_s;
    }
    void malformedWebhookExits2() {
        QFETCH(QString, url);
        const QString csv = writeCsv(u"one.csv"_s, "email\nnew.one@scripted.example\n");
        const RunResult r =
            run(newHome(), {u"--portal"_s, url, u"--invite-csv"_s, csv, u"--department"_s, u"1"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
    }

    void unreadableCsvExits2() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const RunResult r =
            run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s,
                            m_dir.filePath(u"no-such-file.csv"_s), u"--department"_s, u"1"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QCOMPARE(userAddCalls(sandbox), 0);
    }

    void unknownDepartmentNameExits2() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString csv = writeCsv(u"dept.csv"_s, "email\nnew.dept@scripted.example\n");
        const RunResult r = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                            u"--department"_s, u"No Such Department"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QCOMPARE(userAddCalls(sandbox), 0);
    }

    // --- exit 3: portal unreachable ----------------------------------------------------------
    void unreachablePortalExits3() {
        QString webhook;
        {
            SandboxProcess gone;
            QVERIFY(gone.start({u"--users"_s, u"10"_s}));
            webhook = gone.webhook();
        } // stopped: nothing listens on that port any more
        const QString csv = writeCsv(u"gone.csv"_s, "email\nnew.gone@scripted.example\n");
        const RunResult r = run(newHome(), {u"--portal"_s, webhook, u"--invite-csv"_s, csv, u"--department"_s,
                                            u"1"_s, u"--retry-for"_s, u"5"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 3, qPrintable(r.all()));
    }

    // The portal breaks every user.add after the connect, in each way the sandbox knows, without
    // running it: the run gives up after its retry bound with exit 3 and says why; nothing is lost:
    // the invitations stay queued and a later --send-pending against a healthy portal sends them.
    void brokenPortalMidRunExits3AndKeepsTheQueue_data() {
        QTest::addColumn<QJsonObject>("fault");
        const auto before = [](const char *kind) {
            return QJsonObject{{u"kind"_s, QString::fromLatin1(kind)},
                               {u"share"_s, 1.0},
                               {u"method"_s, u"batch"_s},
                               {u"before"_s, true}};
        };
        QTest::newRow("dropped connection") << before("drop");
        QTest::newRow("malformed answer") << before("malformed");
        QTest::newRow("truncated answer") << before("truncate");
        QTest::newRow("stalled answer") << before("stall");
        QTest::newRow("redirect to the same host")
            << QJsonObject{{u"kind"_s, u"moved"_s}, {u"share"_s, 1.0}, {u"method"_s, u"batch"_s}};
        QTest::newRow("html error page")
            << QJsonObject{{u"kind"_s, u"http500"_s}, {u"share"_s, 1.0}, {u"method"_s, u"batch"_s}};
    }
    void brokenPortalMidRunExits3AndKeepsTheQueue() {
        QFETCH(QJsonObject, fault);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        QByteArray content = "email,first name,last name\n";
        for (int i = 0; i < 20; ++i)
            content += u"broken%1@scripted.example,Person,Number%1\n"_s.arg(i).toUtf8();
        const QString csv = writeCsv(u"broken.csv"_s, content);
        const QString home = newHome();
        // The connect and the directory look-up (the first two batch requests) pass; every batch
        // request after them (the sends and the look-ups after a lost answer) breaks. Faults apply
        // in the order they were added, and a counted one is gone once used up.
        QVERIFY(!sandbox
                     .post(u"/sandbox/faults"_s, {{u"kind"_s, u"latency"_s},
                                                  {u"latencyMs"_s, 0},
                                                  {u"count"_s, 2},
                                                  {u"method"_s, u"batch"_s}})
                     .contains(u"error"_s));
        if (fault.value(u"kind"_s).toString() ==
            u"moved") // the portal's own address: a redirect the client refuses
            fault.insert(u"location"_s, sandbox.base().toString());
        QVERIFY(!sandbox.post(u"/sandbox/faults"_s, fault).contains(u"error"_s));
        const RunResult r = run(home, {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                       u"--department"_s, u"1"_s, u"--retry-for"_s, u"4"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 3, qPrintable(r.all()));
        QVERIFY2(r.out.contains(u"--send-pending"_s), qPrintable(r.all())); // the reason and what to do
        QVERIFY2(summaryLine(r.out).contains(u"sent 0 "_s), qPrintable(r.all()));
        QCOMPARE(sandbox.get(u"/sandbox/counters"_s).value(u"userAdds"_s).toInteger(), 0);
        // It was requests after the connect and the look-up that broke (the first two passed).
        int broken = 0;
        for (const QJsonValue &v : sandbox.get(u"/sandbox/journal"_s).value(u"requests"_s).toArray()) {
            const QJsonObject request = v.toObject();
            broken += request.value(u"error"_s).toString().startsWith(u"fault:"_s) ||
                      request.value(u"status"_s).toInt() == 302;
        }
        QVERIFY(broken > 0);

        // The portal is healthy again: what was not sent goes out, each address once.
        sandbox.remove(u"/sandbox/faults"_s);
        const RunResult again = run(home, {u"--portal"_s, sandbox.webhook(), u"--send-pending"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QVERIFY2(summaryLine(again.out).contains(u"sent 20 "_s), qPrintable(again.all()));
        QCOMPARE(sandbox.get(u"/sandbox/counters"_s).value(u"userAdds"_s).toInteger(), 20);
    }

    // The portal process is killed while invitations are being sent.
    void portalKilledMidRunExits3() {
        auto sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(sandbox->start({u"--users"_s, u"30"_s, u"--rate"_s, u"2"_s, u"--burst"_s, u"50"_s}));
        // 200 invitations, batches of 50, a second per answer: the portal dies mid-run.
        sandbox->post(u"/sandbox/faults"_s,
                      {{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 1000}, {u"share"_s, 1.0}});
        QByteArray content = "email\n";
        for (int i = 0; i < 200; ++i)
            content += u"killed%1@scripted.example\n"_s.arg(i).toUtf8();
        const QString csv = writeCsv(u"killed.csv"_s, content);
        QProcess app;
        app.setProcessEnvironment(environment(newHome()));
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--portal"_s, sandbox->webhook(), u"--invite-csv"_s, csv,
                                                   u"--department"_s, u"1"_s, u"--retry-for"_s, u"5"_s});
        QVERIFY(app.waitForStarted(10000));
        QByteArray output;
        for (int i = 0; i < 600 && !output.contains("queued 200"); ++i) {
            app.waitForReadyRead(100);
            output += app.readAllStandardOutput();
        }
        QVERIFY2(output.contains("queued 200"), output.constData());
        sandbox.reset(); // the portal goes away
        QVERIFY(app.waitForFinished(240000));
        output += app.readAllStandardOutput();
        QVERIFY2(app.exitCode() == 3, output.constData());
        QVERIFY2(output.contains("--send-pending"), output.constData());
        // The reason, in words: what went wrong with the portal, not only that it went wrong.
        QVERIFY2(output.contains("Cannot reach the portal"), output.constData());
    }

    void overallTimeoutExits3() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        // Every answer takes 3 s: the whole run cannot finish inside --timeout 2.
        sandbox.post(u"/sandbox/faults"_s,
                     {{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 3000}, {u"share"_s, 1.0}});
        const QString csv = writeCsv(u"slow.csv"_s, "email\nslow@scripted.example\n");
        const RunResult r = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                            u"--department"_s, u"1"_s, u"--timeout"_s, u"2"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 3, qPrintable(r.all()));
    }

    // --- exit 0 / 4, idempotence and the per-row report --------------------------------------
    void sameCsvTwiceSendsNothingTheSecondTime() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString csv = writeCsv(u"twice.csv"_s, "email,first name,last name\n"
                                                     "twice.a@scripted.example,Ada,Twice\n"
                                                     "twice.b@scripted.example,Bob,Twice\n"
                                                     "twice.c@scripted.example,Cy,Twice\n");
        const QString home = newHome();
        const QStringList args{u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s,
                               csv,           u"--department"_s, u"1"_s};
        const RunResult first = run(home, args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.all()));
        QCOMPARE(summaryLine(first.out),
                 u"summary: queued 3 sent 3 skipped 0 invalid 0 failed 0 waiting 0"_s);
        QCOMPARE(userAddCalls(sandbox), 3);

        sandbox.remove(u"/sandbox/journal"_s);
        const RunResult second = run(home, args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.all()));
        QCOMPARE(summaryLine(second.out),
                 u"summary: queued 0 sent 0 skipped 3 invalid 0 failed 0 waiting 0"_s);
        QCOMPARE(userAddCalls(sandbox), 0);

        // Another computer (no outbox) with the same CSV: the portal lookup skips them as invited.
        sandbox.remove(u"/sandbox/journal"_s);
        const RunResult elsewhere = run(newHome(), args);
        QVERIFY2(elsewhere.exitCode == 0, qPrintable(elsewhere.all()));
        QCOMPARE(summaryLine(elsewhere.out),
                 u"summary: queued 0 sent 0 skipped 3 invalid 0 failed 0 waiting 0"_s);
        QCOMPARE(userAddCalls(sandbox), 0);
    }

    void everyRowHasOneOutcome() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const qint64 existing =
            sandbox
                .post(u"/sandbox/users/add"_s,
                      {{u"fields"_s, QJsonObject{{u"EMAIL"_s, u"already.here@scripted.example"_s},
                                                 {u"NAME"_s, u"Already"_s},
                                                 {u"UF_DEPARTMENT"_s, QJsonArray{1}}}}})
                .value(u"id"_s)
                .toInteger();
        QVERIFY(existing > 0);
        const QString csv = writeCsv(u"mixed.csv"_s, "email,first name\n"
                                                     "good.one@scripted.example,Good\n"   // line 2
                                                     "not-an-address,Broken\n"            // line 3
                                                     "GOOD.ONE@scripted.example,Again\n"  // line 4
                                                     "already.here@scripted.example,Al\n" // line 5
                                                     "good.two@scripted.example,Two\n");  // line 6
        const QString report = m_dir.filePath(u"mixed-report.json"_s);
        const RunResult r = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                            u"--department"_s, u"1"_s, u"--report"_s, report});
        QVERIFY2(r.exitCode == 4, qPrintable(r.all())); // a row was invalid
        QCOMPARE(summaryLine(r.out), u"summary: queued 2 sent 2 skipped 2 invalid 1 failed 0 waiting 0"_s);
        QCOMPARE(userAddCalls(sandbox), 2);

        const QJsonArray rows = reportRows(report);
        QCOMPARE(rows.size(), 5);
        QHash<int, QJsonObject> byLine;
        for (const QJsonValue &v : rows)
            byLine.insert(v.toObject().value(u"line"_s).toInt(), v.toObject());
        QCOMPARE(byLine.value(2).value(u"outcome"_s).toString(), u"sent"_s);
        QVERIFY(byLine.value(2).value(u"userId"_s).toInteger() > 0);
        QCOMPARE(byLine.value(3).value(u"outcome"_s).toString(), u"invalid"_s);
        QVERIFY(!byLine.value(3).value(u"reason"_s).toString().isEmpty());
        QCOMPARE(byLine.value(4).value(u"outcome"_s).toString(), u"skipped"_s);
        QCOMPARE(byLine.value(4).value(u"code"_s).toString(), u"duplicate-in-file"_s);
        QVERIFY2(byLine.value(4).value(u"reason"_s).toString().contains(u'2'), qPrintable(r.all()));
        QCOMPARE(byLine.value(5).value(u"outcome"_s).toString(), u"skipped"_s);
        QCOMPARE(byLine.value(5).value(u"code"_s).toString(), u"employee"_s);
        QCOMPARE(byLine.value(6).value(u"outcome"_s).toString(), u"sent"_s);
        // The table on standard output names each row too.
        QVERIFY2(r.out.contains(u"not-an-address"_s) && r.out.contains(u"already.here@scripted.example"_s),
                 qPrintable(r.out));

        // The same report as CSV.
        const QString csvReport = m_dir.filePath(u"mixed-report.csv"_s);
        const RunResult again = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                                u"--department"_s, u"1"_s, u"--report"_s, csvReport});
        QVERIFY2(again.exitCode == 4, qPrintable(again.all()));
        QFile file(csvReport);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // header + 5 rows
        QVERIFY(lines.first().startsWith(u"line,email,outcome,code,reason"_s));
    }

    void portalRefusalIsAFailedRow() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        // A department that does not exist: the portal refuses that row, the other one goes out.
        const QString csv = writeCsv(u"refused.csv"_s, "email,department\n"
                                                       "refused@scripted.example,999999\n"
                                                       "accepted@scripted.example,1\n");
        const QString report = m_dir.filePath(u"refused.json"_s);
        const RunResult r =
            run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv, u"--report"_s, report});
        QVERIFY2(r.exitCode == 4, qPrintable(r.all()));
        QCOMPARE(summaryLine(r.out), u"summary: queued 2 sent 1 skipped 0 invalid 0 failed 1 waiting 0"_s);
        const QJsonArray rows = reportRows(report);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(!rows.at(0).toObject().value(u"reason"_s).toString().isEmpty());
    }

    void nothingToDoExits0() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString csv = writeCsv(u"empty.csv"_s, "email,first name\n");
        const RunResult r = run(
            newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv, u"--department"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const RunResult pending = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--send-pending"_s});
        QVERIFY2(pending.exitCode == 0, qPrintable(pending.all()));
        QCOMPARE(userAddCalls(sandbox), 0);
    }

    // --- rows carry their own target ---------------------------------------------------------
    void departmentsByNameOrIdPerRow() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const RunResult list = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--list-departments"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        static const QRegularExpression backend(u"^\\s*(\\d+)\\s+.*Backend\\s*$"_s,
                                                QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = backend.match(list.out);
        QVERIFY2(m.hasMatch(), qPrintable(list.out));
        const QString backendId = m.captured(1);

        const QString csv = writeCsv(u"targets.csv"_s, "email,department,position\n"
                                                       "by.name@scripted.example,backend,Developer\n"
                                                       "by.id@scripted.example,1,CEO Helper\n"
                                                       "by.default@scripted.example,,Tester\n");
        const RunResult r = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                            u"--department"_s, u"Marketing"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QHash<QString, QString> adds = userAddQueries(sandbox);
        QVERIFY2(adds.value(u"by.name@scripted.example"_s).contains(u"UF_DEPARTMENT[0]="_s + backendId),
                 qPrintable(adds.value(u"by.name@scripted.example"_s)));
        QVERIFY(adds.value(u"by.name@scripted.example"_s).contains(u"WORK_POSITION=Developer"_s));
        QVERIFY(adds.value(u"by.id@scripted.example"_s).contains(u"UF_DEPARTMENT[0]=1&"_s) ||
                adds.value(u"by.id@scripted.example"_s).endsWith(u"UF_DEPARTMENT[0]=1"_s));
        static const QRegularExpression marketing(u"^\\s*(\\d+)\\s+.*Marketing\\s*$"_s,
                                                  QRegularExpression::MultilineOption);
        const QString marketingId = marketing.match(list.out).captured(1);
        QVERIFY(!marketingId.isEmpty());
        QVERIFY2(adds.value(u"by.default@scripted.example"_s).contains(u"UF_DEPARTMENT[0]="_s + marketingId),
                 qPrintable(adds.value(u"by.default@scripted.example"_s)));
    }

    void rowWithoutDepartmentIsInvalid() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString csv = writeCsv(u"nodept.csv"_s, "email,department\n"
                                                      "has.dept@scripted.example,1\n"
                                                      "no.dept@scripted.example,\n");
        const RunResult r = run(newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv});
        QVERIFY2(r.exitCode == 4, qPrintable(r.all()));
        QCOMPARE(summaryLine(r.out), u"summary: queued 1 sent 1 skipped 0 invalid 1 failed 0 waiting 0"_s);
    }

    // --- progress ------------------------------------------------------------------------------
    // Not a terminal: plain lines. A terminal (a pseudo-terminal from util-linux's script): one line
    // that updates in place with carriage returns.
    void progressLines() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        QByteArray content = "email\n";
        for (int i = 0; i < 60; ++i)
            content += u"progress%1@scripted.example\n"_s.arg(i).toUtf8();
        const QString csv = writeCsv(u"progress.csv"_s, content);
        const RunResult plain = run(newHome(), {u"--invite-csv"_s, csv, u"--department"_s, u"1"_s}, {},
                                    {{u"INVITEDESK_WEBHOOK"_s, sandbox.webhook()}});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.all()));
        QVERIFY2(plain.out.contains(u"\nSending invitations: 60 of 60 answered\n"_s), qPrintable(plain.out));
        QVERIFY(!plain.out.contains(u'\r'));

        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            QSKIP("util-linux script (a pseudo-terminal) is not installed");
        const QString csv2 = writeCsv(u"progress2.csv"_s, QByteArray(content).replace("progress", "onatty"));
        QProcess app;
        QProcessEnvironment env = environment(newHome());
        env.insert(u"INVITEDESK_WEBHOOK"_s, sandbox.webhook());
        app.setProcessEnvironment(env);
        app.start(script, {u"-qec"_s,
                           u"'%1' --invite-csv '%2' --department 1 2>/dev/null"_s.arg(
                               QStringLiteral(INVITEDESK_EXE), csv2),
                           u"/dev/null"_s});
        QVERIFY(app.waitForFinished(240000));
        const QString tty = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(app.exitCode() == 0, qPrintable(tty));
        QVERIFY2(tty.contains(u"\rSending invitations: 60 of 60 answered"_s), qPrintable(tty));
        QVERIFY2(!tty.contains(u"\nSending invitations"_s), qPrintable(tty));
    }

    // --- credentials without argv ------------------------------------------------------------
    void webhookFromEnvironmentOrStandardInput() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString csv = writeCsv(u"env.csv"_s, "email\nfrom.env@scripted.example\n");
        const RunResult env = run(newHome(), {u"--invite-csv"_s, csv, u"--department"_s, u"1"_s}, {},
                                  {{u"INVITEDESK_WEBHOOK"_s, sandbox.webhook()}});
        QVERIFY2(env.exitCode == 0, qPrintable(env.all()));
        QCOMPARE(summaryLine(env.out), u"summary: queued 1 sent 1 skipped 0 invalid 0 failed 0 waiting 0"_s);

        const QString csv2 = writeCsv(u"stdin.csv"_s, "email\nfrom.stdin@scripted.example\n");
        const RunResult in =
            run(newHome(), {u"--portal"_s, u"-"_s, u"--invite-csv"_s, csv2, u"--department"_s, u"1"_s},
                sandbox.webhook().toUtf8() + '\n');
        QVERIFY2(in.exitCode == 0, qPrintable(in.all()));
        QCOMPARE(summaryLine(in.out), u"summary: queued 1 sent 1 skipped 0 invalid 0 failed 0 waiting 0"_s);
        // The secret is in no output.
        const QString secret = QUrl(sandbox.webhook()).path().section(u'/', 3, 3);
        QVERIFY(!secret.isEmpty());
        QVERIFY(!env.all().contains(secret));
        QVERIFY(!in.all().contains(secret));

        // No portal at all: bad input, not a training sandbox.
        const RunResult none = run(newHome(), {u"--invite-csv"_s, csv, u"--department"_s, u"1"_s});
        QVERIFY2(none.exitCode == 2, qPrintable(none.all()));
    }

    // The account the app stored: settings name the portal, the secret is in the real Secret Service.
    void storedAccountFromTheKeychain() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString home = newHome();
        const Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(sandbox.webhook());
        QVERIFY(credentials.ok());
        {
            // What the app's Connect dialog leaves behind (PortalAccount::save), in that home's settings.
            QSettings settings(home + u"/.config/InviteDesk/InviteDesk.conf"_s, QSettings::IniFormat);
            SecretStore secrets(&settings);
            PortalAccount account(&settings, &secrets);
            bool saved = false;
            SecretError error;
            account.save(credentials.value(), 1, this, [&](const SecretError &e) {
                error = e;
                saved = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
            if (error.kind() == SecretError::Kind::NoKeychain)
                QSKIP("No Secret Service in this session (./test provides one)");
            QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
            settings.sync();
        }
        const QString host = credentials.value().host();
        const QString csv = writeCsv(u"account.csv"_s, "email\nfrom.account@scripted.example\n");
        const RunResult stored =
            run(home, {u"--account"_s, host, u"--invite-csv"_s, csv, u"--department"_s, u"1"_s});
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.all()));
        QCOMPARE(summaryLine(stored.out),
                 u"summary: queued 1 sent 1 skipped 0 invalid 0 failed 0 waiting 0"_s);
        // Without --account: the stored one too.
        const RunResult byDefault = run(home, {u"--list-departments"_s});
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.all()));
        // An account the app does not have: bad input.
        const RunResult other = run(home, {u"--account"_s, u"other.bitrix24.com"_s, u"--send-pending"_s});
        QVERIFY2(other.exitCode == 2, qPrintable(other.all()));
    }

    // --- directory tasks ---------------------------------------------------------------------
    void syncAndExportDirectory() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"40"_s, u"--rate"_s, u"0"_s}));
        const QString home = newHome();
        const RunResult sync = run(home, {u"--portal"_s, sandbox.webhook(), u"--sync"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
        const QString out = m_dir.filePath(u"directory.csv"_s);
        const RunResult exported =
            run(home, {u"--portal"_s, sandbox.webhook(), u"--export-directory"_s, out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.all()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 41, qPrintable(QString::number(lines.size()))); // header + 40 people
        QVERIFY(lines.first().contains(u"email"_s) && lines.first().contains(u"state"_s));
    }

    // A directory job reports on the directory only: invitations waiting in the outbox are not sent
    // behind the report's back (they wait for --send-pending or the next --invite-csv).
    void directoryJobsSendNothing() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString home = newHome();
        const QString csv = writeCsv(u"left.csv"_s, "email\nleft.queued@scripted.example\n");
        // The connect and the look-up pass, the send breaks: the invitation stays queued.
        sandbox.post(
            u"/sandbox/faults"_s,
            {{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 0}, {u"count"_s, 2}, {u"method"_s, u"batch"_s}});
        sandbox.post(u"/sandbox/faults"_s,
                     {{u"kind"_s, u"http500"_s}, {u"share"_s, 1.0}, {u"method"_s, u"batch"_s}});
        const RunResult queued = run(home, {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                            u"--department"_s, u"1"_s, u"--retry-for"_s, u"2"_s});
        QVERIFY2(queued.exitCode == 3, qPrintable(queued.all()));
        sandbox.remove(u"/sandbox/faults"_s);
        sandbox.remove(u"/sandbox/journal"_s);
        for (const QStringList &job : {QStringList{u"--sync"_s}, QStringList{u"--list-departments"_s}}) {
            const RunResult r = run(home, QStringList{u"--portal"_s, sandbox.webhook()} + job);
            QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        }
        QCOMPARE(userAddCalls(sandbox), 0);
        const RunResult pending = run(home, {u"--portal"_s, sandbox.webhook(), u"--send-pending"_s});
        QVERIFY2(pending.exitCode == 0, qPrintable(pending.all()));
        QCOMPARE(summaryLine(pending.out),
                 u"summary: queued 0 sent 1 skipped 0 invalid 0 failed 0 waiting 0"_s);
        QCOMPARE(userAddCalls(sandbox), 1);
    }
};

QTEST_GUILESS_MAIN(TestScripted)
#include "tst_scripted.moc"
