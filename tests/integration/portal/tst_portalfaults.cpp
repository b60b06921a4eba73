#include "sandboxharness.h"

#include "portal/emaillookupjob.h"
#include "portal/identifyjob.h"
#include "portal/useraddjob.h"

using namespace Qt::StringLiterals;
using namespace Harness;

// Every fault the sandbox injects, survived as specified: reads are retried (bounded), user.add
// is never repeated blindly, limit rejections are waited out.
class TestPortalFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxPortal> m_sandbox;
    int m_emailSerial = 0;

    std::unique_ptr<PortalSession> session() {
        auto s = std::make_unique<PortalSession>(webhook(m_sandbox->adminWebhookUrl()));
        s->setRetryPolicy(fastRetries());
        s->setThrottle(ThrottleLimits::unlimited());
        s->setTransferTimeout(3000);
        return s;
    }

    int restRequests(const QString &method) {
        int count = 0;
        for (const QJsonValue &entry : journal(*m_sandbox)) {
            if (entry.toObject().value("restMethod"_L1).toString() == method)
                ++count;
        }
        return count;
    }

    QString newEmail() {
        return u"fault.%1.%2@example.org"_s.arg(QCoreApplication::applicationPid()).arg(++m_emailSerial);
    }

private Q_SLOTS:
    void initTestCase() {
        SandboxOptions options;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
    }

    void init() { reset(*m_sandbox); }

    void readsSurviveFaults_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("http500") << u"http500"_s;
        QTest::newRow("drop") << u"drop"_s;
        QTest::newRow("malformed") << u"malformed"_s;
        QTest::newRow("truncate") << u"truncate"_s;
        QTest::newRow("ratelimit") << u"ratelimit"_s;
        QTest::newRow("operating") << u"operating"_s;
        QTest::newRow("latency") << u"latency"_s;
    }

    void readsSurviveFaults() {
        QFETCH(QString, kind);
        auto s = session();
        QJsonObject spec{{u"kind"_s, kind}, {u"count"_s, 2}};
        if (kind == u"latency")
            spec.insert(u"latencyMs"_s, 300);
        fault(*m_sandbox, spec);
        const auto result = wait(s->call(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, 1}}}}));
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
        QCOMPARE(result.value().result.toArray().size(), 1);
        // Qt itself re-sends a read whose connection dropped before the answer; the rest are ours.
        QVERIFY(s->stats().requestsSent >= (kind == u"latency" || kind == u"drop" ? 1 : 3));
    }

    void readsGiveUpWithTheRightKind_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("http500") << u"http500"_s << u"server"_s;
        QTest::newRow("drop") << u"drop"_s << u"network"_s;
        QTest::newRow("malformed") << u"malformed"_s << u"malformed-response"_s;
        QTest::newRow("truncate") << u"truncate"_s << u"malformed-response"_s;
        QTest::newRow("ratelimit") << u"ratelimit"_s << u"rate-limited"_s;
        QTest::newRow("operating") << u"operating"_s << u"operation-limit"_s;
        QTest::newRow("latency") << u"latency"_s << u"timeout"_s;
    }

    void readsGiveUpWithTheRightKind() {
        QFETCH(QString, fault);
        QFETCH(QString, kind);
        auto s = session();
        RetryPolicy policy = fastRetries();
        policy.maxReadRetries = 1;
        policy.maxRateLimitRetries = 1;
        policy.maxOperatingRetries = 0;
        s->setRetryPolicy(policy);
        s->setTransferTimeout(300);
        QJsonObject spec{{u"kind"_s, fault}, {u"count"_s, 10}};
        if (fault == u"latency")
            spec.insert(u"latencyMs"_s, 1500);
        Harness::fault(*m_sandbox, spec);
        const auto result = wait(s->call(u"user.current"_s));
        QCOMPARE(kindOf(result), kind);
        QVERIFY(result.error().isTransient());
        QVERIFY(!result.error().userMessage().isEmpty());
    }

    void userAddIsNotRetriedBlindly_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("http500") << u"http500"_s;
        QTest::newRow("drop") << u"drop"_s;
        QTest::newRow("malformed") << u"malformed"_s;
        QTest::newRow("truncate") << u"truncate"_s;
    }

    void userAddIsNotRetriedBlindly() {
        QFETCH(QString, kind);
        auto s = session();
        fault(*m_sandbox, {{u"kind"_s, kind}, {u"count"_s, 1}, {u"method"_s, u"batch"_s}});
        fault(*m_sandbox, {{u"kind"_s, kind}, {u"count"_s, 1}, {u"method"_s, u"user.add"_s}});
        const auto result =
            wait(s->call(u"user.add"_s, {{u"EMAIL"_s, newEmail()}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().outcomeUnknown(), qPrintable(result.error().logText()));
        QCOMPARE(restRequests(u"user.add"_s), 1); // sent once, never repeated by the session
    }

    void userAddJobChecksBeforeResending_data() { userAddIsNotRetriedBlindly_data(); }

    void userAddJobChecksBeforeResending() {
        QFETCH(QString, kind);
        auto s = session();
        const QString email = newEmail();
        const int addsBefore = counters(*m_sandbox).value("userAdds"_L1).toInt();
        // Without the pre-check the first request is the batch carrying user.add: its answer is lost
        // (the sandbox runs the call, then fails the answer for drop/malformed/truncate).
        fault(*m_sandbox, {{u"kind"_s, kind}, {u"count"_s, 1}, {u"method"_s, u"batch"_s}});
        std::optional<UserAddOutcome> outcome;
        UserAddJob *job = s->addUsers({{email, {{u"UF_DEPARTMENT"_s, QJsonArray{1}}}}});
        job->setPrecheck(false);
        QVERIFY(waitJob(job, [&](UserAddJob *done) {
            if (!done->outcomes().isEmpty())
                outcome = done->outcomes().first();
        }));
        QVERIFY(outcome);
        QCOMPARE(int(outcome->state), int(UserAddOutcome::State::Created));
        QVERIFY(outcome->userId > 0);
        QCOMPARE(counters(*m_sandbox).value("userAdds"_L1).toInt(), addsBefore + 1); // exactly one user
        // user.add batch, then the e-mail look-up; a resend only when the user did not exist.
        QVERIFY(restRequests(u"batch"_s) >= 2);
    }

    void userAddJobReportsExistingAndInvitesNew() {
        auto s = session();
        const QString fresh = newEmail();
        QString existing;
        QVERIFY(waitJob(s->connectAndIdentify(), [&](auto *job) { existing = job->identity().email; }));
        QList<UserAddRequest> requests{{existing.toUpper(), {{u"UF_DEPARTMENT"_s, QJsonArray{1}}}},
                                       {fresh, {{u"UF_DEPARTMENT"_s, QJsonArray{1}}}},
                                       {u"broken-address"_s, {{u"UF_DEPARTMENT"_s, QJsonArray{1}}}}};
        QList<UserAddOutcome> outcomes;
        int signals_ = 0;
        UserAddJob *job = s->addUsers(requests);
        connect(job, &UserAddJob::outcome, this, [&signals_](const UserAddOutcome &) { ++signals_; });
        QVERIFY(waitJob(job, [&](UserAddJob *done) { outcomes = done->outcomes(); }));
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(signals_, 3);
        QHash<QString, UserAddOutcome> byEmail;
        for (const auto &o : outcomes)
            byEmail.insert(o.email.toLower(), o);
        QCOMPARE(int(byEmail.value(existing.toLower()).state), int(UserAddOutcome::State::AlreadyExisted));
        QCOMPARE(int(byEmail.value(fresh).state), int(UserAddOutcome::State::Created));
        QCOMPARE(int(byEmail.value(u"broken-address"_s).state), int(UserAddOutcome::State::Failed));
        QCOMPARE(byEmail.value(u"broken-address"_s).error->kind(), PortalError::Kind::InvalidEmail);

        std::optional<bool> exists;
        QVERIFY(waitJob(s->findUsersByEmail({fresh.toUpper()}), [&](EmailLookupJob *lookup) {
            if (lookup->ok())
                exists = lookup->exists(fresh);
        }));
        QVERIFY(exists.value_or(false));
    }

    void rateLimitedWritesAreRepeated() {
        // A 503 QUERY_LIMIT_EXCEEDED means the portal did not run the call: safe to send again.
        auto s = session();
        fault(*m_sandbox, {{u"kind"_s, u"ratelimit"_s}, {u"count"_s, 2}, {u"method"_s, u"user.add"_s}});
        const int before = counters(*m_sandbox).value("userAdds"_L1).toInt();
        const auto result =
            wait(s->call(u"user.add"_s, {{u"EMAIL"_s, newEmail()}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
        QCOMPARE(counters(*m_sandbox).value("userAdds"_L1).toInt(), before + 1);
        QCOMPARE(s->stats().rateLimitAnswers, 2);
    }

    void realRateLimitIsWaitedOut() {
        // The client model starts empty but the portal's bucket is already full (another app).
        settings(*m_sandbox, {{u"rateLimit"_s, true}, {u"ratePerSecond"_s, 10}, {u"burst"_s, 5}});
        auto other = session();
        int done = 0;
        for (int i = 0; i < 8; ++i)
            connect(other->call(u"user.admin"_s), &PortalCall::finished, this, [&done] { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 8, 20000);
        auto s = session();
        s->setThrottle({true, 10, 5});
        const auto result = wait(s->call(u"user.current"_s));
        settings(*m_sandbox, {{u"rateLimit"_s, false}});
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
    }
};

QTEST_GUILESS_MAIN(TestPortalFaults)
#include "tst_portalfaults.moc"
