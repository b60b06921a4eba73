#include "sandboxharness.h"

#include "portal/emaillookupjob.h"
#include "portal/identifyjob.h"

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
