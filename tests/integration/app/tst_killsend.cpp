// Kill test: invitedesk sends 500 invitations to an invitedesk-sandbox process and is
// killed with SIGKILL at a random moment; started again, it finishes the job. The sandbox must have
// created exactly one user per address and the outbox must show all 500 sent. The kill moments are
// drawn from a seed that is printed, so a failure can be replayed (INVITEDESK_KILL_SEED).
#include "appprofile.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKillSend : public QObject {
    Q_OBJECT

    QProcessEnvironment isolatedEnvironment(const QString &home) const { return isolatedProfile(home); }

    static QString lastLine(const QByteArray &output, const QString &prefix) {
        // Text-mode output: lines end in CR LF on Windows.
        const QStringList lines = QString::fromUtf8(output).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
        for (auto it = lines.crbegin(); it != lines.crend(); ++it)
            if (it->startsWith(prefix))
                return *it;
        return {};
    }

private slots:
    void killAndRestartSendsEachInvitationOnce_data() {
        QTest::addColumn<int>("trial");
        const int trials = qEnvironmentVariableIntValue("INVITEDESK_KILL_TRIALS") > 0
                               ? qEnvironmentVariableIntValue("INVITEDESK_KILL_TRIALS")
                               : 3;
        for (int i = 0; i < trials; ++i)
            QTest::addRow("trial %d", i) << i;
    }

    void killAndRestartSendsEachInvitationOnce() {
        QFETCH(int, trial);
        const quint32 baseSeed = qEnvironmentVariableIsSet("INVITEDESK_KILL_SEED")
                                     ? quint32(qEnvironmentVariableIntValue("INVITEDESK_KILL_SEED"))
                                     : QRandomGenerator::global()->generate();
        const quint32 seed = baseSeed + quint32(trial);
        QRandomGenerator random(seed);
        qInfo("kill trial %d seed %u (replay with INVITEDESK_KILL_SEED=%u)", trial, seed, baseSeed);

        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--users"_s, u"50"_s, u"--rate"_s, u"2"_s, u"--burst"_s, u"50"_s}));
        // Every answer takes 120 ms, so sending 500 invitations (50 batch requests) takes about 6 s
        // and a kill in that window finds rows in flight.
        sandbox.post(u"/sandbox/faults"_s,
                     {{u"kind"_s, u"latency"_s}, {u"latencyMs"_s, 120}, {u"share"_s, 1.0}});

        QTemporaryDir dir;
        const int count = 500;
        QFile csv(dir.filePath(u"people.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first name,last name\n");
        for (int i = 0; i < count; ++i)
            csv.write(u"new.hire%1@kill.example,Person,Number%1\n"_s.arg(i).toUtf8());
        csv.close();
        const QString home = dir.filePath(u"home"_s);
        QDir().mkpath(home);

        // First run: queue and send, killed at a random moment once the queue is written.
        QProcess first;
        first.setProcessEnvironment(isolatedEnvironment(home));
        first.start(QStringLiteral(INVITEDESK_EXE), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s,
                                                     csv.fileName(), u"--department"_s, u"1"_s});
        QVERIFY(first.waitForStarted(10000));
        QByteArray firstOutput;
        for (int i = 0; i < 300 && !firstOutput.contains("queued "); ++i) {
            first.waitForReadyRead(100);
            firstOutput += first.readAllStandardOutput();
        }
        QVERIFY2(firstOutput.contains("queued 500"), firstOutput.constData());
        const int killAfterMs = int(random.bounded(1800));
        QTest::qWait(killAfterMs);
        const bool killedWhileRunning = first.state() == QProcess::Running;
        first.kill(); // SIGKILL: no clean-up runs
        first.waitForFinished(5000);
        const qint64 addsBeforeRestart = sandbox.get(u"/sandbox/counters"_s).value(u"userAdds"_s).toInteger();
        qInfo("killed after %d ms (%s); %lld users created before the restart", killAfterMs,
              killedWhileRunning ? "while sending" : "after it had finished", addsBeforeRestart);

        // Second run: only what is pending; it reconciles rows left in `sending` first.
        QProcess second;
        second.setProcessEnvironment(isolatedEnvironment(home));
        second.start(QStringLiteral(INVITEDESK_EXE), {u"--portal"_s, sandbox.webhook(), u"--send-pending"_s});
        QVERIFY(second.waitForFinished(180000));
        const QByteArray output = second.readAllStandardOutput();
        QVERIFY2(second.exitCode() == 0, output.constData());
        // The summary counts this run only: what the first run left, all of it sent now.
        QVERIFY2(lastLine(output, u"summary: "_s).endsWith(u" failed 0 waiting 0"_s), output.constData());

        // The portal: exactly one successful user.add per address, none lost.
        // The addresses are distinct and the portal refuses a second user.add for an address, so 500
        // successful calls in total means exactly one for each address.
        const QJsonObject counters = sandbox.get(u"/sandbox/counters"_s);
        QCOMPARE(counters.value(u"userAdds"_s).toInteger(), count);

        // Third run, the same file: every row was sent earlier, nothing goes out again.
        QProcess third;
        third.setProcessEnvironment(isolatedEnvironment(home));
        third.start(QStringLiteral(INVITEDESK_EXE), {u"--portal"_s, sandbox.webhook(), u"--invite-csv"_s,
                                                     csv.fileName(), u"--department"_s, u"1"_s});
        QVERIFY(third.waitForFinished(180000));
        const QByteArray thirdOutput = third.readAllStandardOutput();
        QVERIFY2(third.exitCode() == 0, thirdOutput.constData());
        QCOMPARE(lastLine(thirdOutput, u"summary: "_s),
                 u"summary: queued 0 sent 0 skipped 500 invalid 0 failed 0 waiting 0"_s);
        QCOMPARE(sandbox.get(u"/sandbox/counters"_s).value(u"userAdds"_s).toInteger(), count);
    }
};

QTEST_GUILESS_MAIN(TestKillSend)
#include "tst_killsend.moc"
