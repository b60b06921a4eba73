// Scripted mode, its bounds and exit codes: the real invitedesk executable, headless,
// against a real invitedesk-sandbox process over loopback, with its own data folder (real SQLite
// files). Bad input is exit 2 before any invitation goes out; a portal that cannot be reached, breaks
// its answers after the connect or goes away mid-run ends in exit 3 within the run's own retry bound
// (--retry-for) or overall bound (--timeout), says why, and keeps what was not sent queued.
#include "scriptedharness.h"

class TestScripted : public ScriptedHarness {
    Q_OBJECT
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

    // A file that is not text in its encoding (here a byte Windows-1252 does not define) invites nobody.
    void undecodableCsvExits2() {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"0"_s}));
        const QString csv = writeCsv(u"broken.csv"_s, "email,name\nnew.broken@scripted.example,B\x81rn\n");
        const RunResult r = run(
            newHome(), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv, u"--department"_s, u"1"_s});
        QVERIFY2(r.finished, qPrintable(r.all()));
        QVERIFY2(r.exitCode == 2, qPrintable(r.all()));
        QVERIFY2(r.all().contains(u"Windows-1252"_s), qPrintable(r.all()));
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
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"30"_s, u"--rate"_s, u"2"_s, u"--burst"_s, u"50"_s}));
        // 200 invitations, batches of 50, a second per answer: the portal dies mid-run.
        sandbox.post(u"/sandbox/faults"_s,
                     {{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 1000}, {u"share"_s, 1.0}});
        QByteArray content = "email\n";
        for (int i = 0; i < 200; ++i)
            content += u"killed%1@scripted.example\n"_s.arg(i).toUtf8();
        const QString csv = writeCsv(u"killed.csv"_s, content);
        QProcess app;
        app.setProcessEnvironment(environment(newHome()));
        app.start(QStringLiteral(INVITEDESK_EXE), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s, csv,
                                                   u"--department"_s, u"1"_s, u"--retry-for"_s, u"5"_s});
        QVERIFY(app.waitForStarted(10000));
        QByteArray output;
        for (int i = 0; i < 600 && !output.contains("queued 200"); ++i) {
            app.waitForReadyRead(100);
            output += app.readAllStandardOutput();
        }
        QVERIFY2(output.contains("queued 200"), output.constData());
        sandbox.kill(); // the portal goes away
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
};

QTEST_GUILESS_MAIN(TestScripted)
#include "tst_scripted.moc"
