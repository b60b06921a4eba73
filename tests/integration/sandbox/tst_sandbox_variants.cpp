// Protocol variants and query shortcuts of the sandbox portal: the ratelimit fault's `status` (429,
// spec §5.1), the refreshedTokenLifetimeSeconds setting, and user.get's ID filters answered by
// binary search with the same results as a scan.
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

class TestSandboxVariants : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void rateLimitStatus();
    void rateLimitStatusValidation();
    void refreshedTokenLifetimeSetting();
    void idFilters_data();
    void idFilters();

private:
    QList<int> ids(const QString &query) {
        const HttpResult r = m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"),
                                                    query + QStringLiteral("&ADMIN_MODE=Y")));
        QList<int> out;
        for (const QJsonValue &row : r.json.value(QStringLiteral("result")).toArray())
            out.append(row.toObject().value(QStringLiteral("ID")).toString().toInt());
        return out;
    }

    SandboxTestClient m_client;
    std::unique_ptr<SandboxPortal> m_portal;
};

void TestSandboxVariants::initTestCase() {
    SandboxOptions options;
    options.users = 120;
    options.rateLimit = false;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
}

void TestSandboxVariants::init() {
    QCOMPARE(m_client.del(controlUrl(m_portal->baseUrl(), QStringLiteral("faults"))).status, 200);
}

void TestSandboxVariants::rateLimitStatus() {
    const QUrl faults = controlUrl(m_portal->baseUrl(), QStringLiteral("faults"));
    const QUrl admin = methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"));
    QCOMPARE(m_client
                 .postJson(faults, {{QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                    {QStringLiteral("status"), 429}})
                 .status,
             200);
    QCOMPARE(m_client.get(faults)
                 .json.value(QStringLiteral("faults"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status")),
             QJsonValue(429));
    HttpResult r = m_client.get(admin);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("QUERY_LIMIT_EXCEEDED"));
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Too many requests"));
    QCOMPARE(m_client.get(admin).status, 200); // count 1 by default
    // The default stays 503.
    QCOMPARE(m_client.postJson(faults, {{QStringLiteral("kind"), QStringLiteral("ratelimit")}}).status, 200);
    r = m_client.get(admin);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("QUERY_LIMIT_EXCEEDED"));
}

void TestSandboxVariants::rateLimitStatusValidation() {
    const QUrl faults = controlUrl(m_portal->baseUrl(), QStringLiteral("faults"));
    QCOMPARE(m_client
                 .postJson(faults, {{QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                    {QStringLiteral("status"), 500}})
                 .status,
             400);
    QCOMPARE(m_client
                 .postJson(faults, {{QStringLiteral("kind"), QStringLiteral("http500")},
                                    {QStringLiteral("status"), 429}})
                 .status,
             400);
    QCOMPARE(m_client.get(faults).json.value(QStringLiteral("faults")).toArray().size(), 0);
}

void TestSandboxVariants::refreshedTokenLifetimeSetting() {
    const QUrl settings = controlUrl(m_portal->baseUrl(), QStringLiteral("settings"));
    QCOMPARE(m_client.get(settings).json.value(QStringLiteral("refreshedTokenLifetimeSeconds")).toInt(), -1);
    HttpResult r = m_client.postJson(settings, {{QStringLiteral("refreshedTokenLifetimeSeconds"), 0}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("refreshedTokenLifetimeSeconds")).toInt(), 0);
    QCOMPARE(m_client.postJson(settings, {{QStringLiteral("refreshedTokenLifetimeSeconds"), -2}}).status,
             400);
    QCOMPARE(m_client.postJson(settings, {{QStringLiteral("refreshedTokenLifetimeSeconds"), -1}}).status,
             200);
}

void TestSandboxVariants::idFilters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");
    const auto range = [](int from, int to) {
        QList<int> out;
        for (int i = from; i <= to; ++i)
            out.append(i);
        return out;
    };
    QTest::newRow(">ID") << QStringLiteral("FILTER[%3EID]=100&start=-1") << range(101, 120);
    QTest::newRow(">=ID") << QStringLiteral("FILTER[%3E%3DID]=100&start=-1") << range(100, 120);
    QTest::newRow(">ID <ID") << QStringLiteral("FILTER[%3EID]=10&FILTER[%3CID]=14") << range(11, 13);
    QTest::newRow(">ID <=ID") << QStringLiteral("FILTER[%3EID]=10&FILTER[%3C%3DID]=14") << range(11, 14);
    QTest::newRow("=ID") << QStringLiteral("FILTER[%3DID]=7") << QList<int>{7};
    QTest::newRow("ID") << QStringLiteral("FILTER[ID]=7") << QList<int>{7};
    QTest::newRow("@ID") << QStringLiteral("FILTER[%40ID][]=9&FILTER[%40ID][]=3&FILTER[%40ID][]=500")
                         << QList<int>{3, 9};
    QTest::newRow("@ID >ID") << QStringLiteral("FILTER[%40ID][]=9&FILTER[%40ID][]=3&FILTER[%3EID]=4")
                             << QList<int>{9};
    QTest::newRow(">ID beyond") << QStringLiteral("FILTER[%3EID]=120&start=-1") << QList<int>{};
    QTest::newRow(">ID empty") << QStringLiteral("FILTER[%3EID]=&start=-1") << range(1, 50);
    QTest::newRow(">ID php int") << QStringLiteral("FILTER[%3EID]=115abc") << range(116, 120);
    QTest::newRow("=ID empty") << QStringLiteral("FILTER[%3DID]=") << QList<int>{};
    QTest::newRow("ID like") << QStringLiteral("FILTER[ID]=11%25")
                             << QList<int>{11, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119};
    QTest::newRow(">ID desc") << QStringLiteral("FILTER[%3EID]=115&SORT=ID&ORDER=DESC")
                              << QList<int>{120, 119, 118, 117, 116};
    QTest::newRow(">ID paged") << QStringLiteral("FILTER[%3EID]=60&start=50") << range(111, 120);
}

void TestSandboxVariants::idFilters() {
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    QCOMPARE(ids(query), expected);
}

QTEST_GUILESS_MAIN(TestSandboxVariants)
#include "tst_sandbox_variants.moc"
