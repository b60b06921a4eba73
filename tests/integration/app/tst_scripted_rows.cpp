// Scripted mode, its rows: the same CSV twice sends nothing the second time (checked in
// the sandbox's journal), every input row gets one outcome in the table and the report, rows carry
// their own department and position, credentials come from the environment, standard input or the
// keychain (never argv), progress fits a terminal, and the directory jobs (--sync,
// --export-directory, --list-departments) do what they say and nothing else.
#include "scriptedharness.h"

#include "../../requiredfeatures.h"

#include "credentials/secretstore.h"
#include "portal/portalcredentials.h"
#include "workspace/portalaccount.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>

class TestScriptedRows : public ScriptedHarness {
    Q_OBJECT
private slots:
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
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("terminal",
                                            "util-linux script (a pseudo-terminal) is not installed");
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
            QSettings settings(settingsFileOf(home), QSettings::IniFormat);
            SecretStore secrets(&settings);
            PortalAccount account(&settings, &secrets);
            bool saved = false;
            PortalAccount::KeychainOutcome keychain;
            account.save(credentials.value(), 1, this, [&](const PortalAccount::KeychainOutcome &outcome) {
                keychain = outcome;
                saved = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
            if (!keychain.ok() && keychain.error().kind() == SecretError::Kind::NoKeychain)
                INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain",
                                                "No Secret Service in this session (./test provides one)");
            QVERIFY2(keychain.ok(), qPrintable(keychain.ok() ? QString() : keychain.error().userMessage()));
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

    // --profile (or INVITEDESK_PROFILE): settings and data files in that folder, nothing in the
    // places the environment gives the app.
    void profileFolderHoldsSettingsAndData() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"20"_s, u"--rate"_s, u"0"_s}));
        const QString home = newHome();
        const QString folder = m_dir.filePath(u"portable profile"_s);
        const RunResult sync =
            run(home, {u"--profile"_s, folder, u"--portal"_s, sandbox.webhook(), u"--sync"_s});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.all()));
        QVERIFY(!QDir(folder + u"/directory"_s).entryList({u"*.sqlite"_s}, QDir::Files).isEmpty());
        QDirIterator elsewhere(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!elsewhere.hasNext(), qPrintable(elsewhere.hasNext() ? elsewhere.next() : QString()));

        // The account stored in the profile's settings, found through the option and the variable.
        const Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(sandbox.webhook());
        QVERIFY(credentials.ok());
        {
            QSettings settings(Profile::settingsFileIn(folder), QSettings::IniFormat);
            SecretStore secrets(&settings);
            PortalAccount account(&settings, &secrets);
            bool saved = false;
            PortalAccount::KeychainOutcome keychain;
            account.save(credentials.value(), 1, this, [&](const PortalAccount::KeychainOutcome &outcome) {
                keychain = outcome;
                saved = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
            if (!keychain.ok() && keychain.error().kind() == SecretError::Kind::NoKeychain)
                INVITEDESK_SKIP_OR_FAIL_WITHOUT("keychain",
                                                "No Secret Service in this session (./test provides one)");
            QVERIFY2(keychain.ok(), qPrintable(keychain.ok() ? QString() : keychain.error().userMessage()));
        }
        const RunResult byOption = run(home, {u"--profile"_s, folder, u"--list-departments"_s});
        QVERIFY2(byOption.exitCode == 0, qPrintable(byOption.all()));
        const RunResult byVariable = run(home, {u"--list-departments"_s}, {},
                                         {{QString::fromLatin1(Profile::FolderVariable), folder}});
        QVERIFY2(byVariable.exitCode == 0, qPrintable(byVariable.all()));
        QCOMPARE(byVariable.out, byOption.out);
        // The user's own profile has no account.
        QCOMPARE(run(home, {u"--list-departments"_s}).exitCode, 2);
        // A file is not a profile folder: bad input, said so.
        const QString file = writeCsv(u"not-a-folder.csv"_s, "email\n");
        const RunResult notAFolder = run(home, {u"--profile"_s, file, u"--list-departments"_s});
        QCOMPARE(notAFolder.exitCode, 2);
        QVERIFY2(notAFolder.err.contains(u"not a folder"_s), qPrintable(notAFolder.all()));
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

QTEST_GUILESS_MAIN(TestScriptedRows)
#include "tst_scripted_rows.moc"
