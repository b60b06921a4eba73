// Rate limits of the sandbox portal: the leaky bucket per client address and the operating budget.
// The bucket drains by a clock the test moves, so a slow machine (or Wine) admits no extra request.
#include "manualclock.h"
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTest>

class TestSandboxLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void parallelBurst();
    void drainAdmitsAgain();
    void operatingBudget();

private:
    ManualClock m_clock;
    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxLimits::initTestCase() {
    SandboxOptions options;
    options.users = 60;
    m_portal = std::make_unique<SandboxPortal>(options);
    m_portal->setClock(&m_clock);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
}

void TestSandboxLimits::parallelBurst() {
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("reset")), {}).status, 200);
    QCOMPARE(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")))
                 .json.value(QStringLiteral("ratePerSecond"))
                 .toDouble(),
             2.0);
    // 100 requests in flight at once from one client: exactly the burst (50) is admitted, the rest
    // gets 503 QUERY_LIMIT_EXCEEDED while the bucket drains at 2/s.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 100; ++i)
        replies.append(m_client.nam.get(SandboxTestClient::request(
            methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin")))));
    int ok = 0;
    int limited = 0;
    for (QNetworkReply *reply : replies) {
        QVERIFY(SandboxTestClient::wait(reply));
        const HttpResult r = SandboxTestClient::collect(reply);
        if (r.status == 200) {
            ++ok;
        } else {
            QCOMPARE(r.status, 503);
            QCOMPARE(r.json.value(QStringLiteral("error")).toString(),
                     QStringLiteral("QUERY_LIMIT_EXCEEDED"));
            QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
                     QStringLiteral("Too many requests"));
            ++limited;
        }
        reply->deleteLater();
    }
    QCOMPARE(ok, 50);
    QCOMPARE(limited, 50);
    const QJsonObject counters =
        m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters"))).json;
    QCOMPARE(counters.value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("503")).toInt(), 50);
}

void TestSandboxLimits::drainAdmitsAgain() {
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                           {{QStringLiteral("burst"), 3}, {QStringLiteral("ratePerSecond"), 20}})
                 .status,
             200);
    const QUrl url = methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client.get(url).status, 200);
    QCOMPARE(m_client.get(url).status, 503);
    QCOMPARE(m_client.get(url).status, 503); // no time has passed: the bucket is still full
    m_clock.advance(120);                    // 20/s drains more than two tokens
    QCOMPARE(m_client.get(url).status, 200);
    // Control endpoints are never limited.
    QCOMPARE(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters"))).status, 200);
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                           {{QStringLiteral("rateLimit"), false}})
                 .status,
             200);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_client.get(url).status, 200);
}

void TestSandboxLimits::operatingBudget() {
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("reset")), {}).status, 200);
    QCOMPARE(
        m_client
            .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                      {{QStringLiteral("rateLimit"), false},
                       {QStringLiteral("operatingLimitSeconds"), 10},
                       {QStringLiteral("methodCostSeconds"), QJsonObject{{QStringLiteral("user.get"), 6}}}})
            .status,
        200);
    const QUrl get = methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"));
    HttpResult r = m_client.get(get);
    QCOMPARE(r.status, 200);
    const QJsonObject time = r.json.value(QStringLiteral("time")).toObject();
    QVERIFY(time.value(QStringLiteral("operating")).toDouble() >= 6);
    QVERIFY(time.value(QStringLiteral("operating_reset_at")).toDouble() > QDateTime::currentSecsSinceEpoch());
    QCOMPARE(m_client.get(get).status, 200); // pushes the sum over the limit, still completes
    r = m_client.get(get);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("OPERATION_TIME_LIMIT"));
    // Other methods and other credentials keep working.
    QCOMPARE(m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.current"))).status,
             200);
    QCOMPARE(m_client.get(methodUrl(m_portal->employeeWebhookUrl(), QStringLiteral("user.get"))).status, 200);
    // Inside a batch the blocked method fails per command; the batch itself answers 200.
    r = m_client.postJson(
        methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("batch")),
        {{QStringLiteral("cmd"), QJsonObject{{QStringLiteral("a"), QStringLiteral("user.get")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("result_error"))
                 .toObject()
                 .value(QStringLiteral("a"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("OPERATION_TIME_LIMIT"));
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("reset")), {}).status, 200);
    QCOMPARE(m_client.get(get).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
