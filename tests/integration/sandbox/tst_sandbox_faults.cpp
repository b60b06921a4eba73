// Fault injection and bad input on the sandbox portal: latency, http500 with HTML, dropped
// connections, malformed and truncated bodies (after the method ran, or `before` it), stalled
// requests, injected limits, moved portal; malformed JSON and huge bodies get error envelopes.
#include "manualclock.h"
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTest>

class TestSandboxFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void latency();
    void http500();
    void drop();
    void malformed();
    void truncate();
    void beforeDoesNotRunTheMethod_data();
    void beforeDoesNotRunTheMethod();
    void stall_data();
    void stall();
    void injectedLimits_data();
    void injectedLimits();
    void moved();
    void countAndMethodScope();
    void shareIsDeterministicAndPartial();
    void faultValidation_data();
    void faultValidation();
    void badBodies_data();
    void badBodies();
    void hugeBody();

private:
    void fault(const QJsonObject &f) {
        QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("faults")), f).status, 200);
    }
    HttpResult admin() {
        return m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin")));
    }
    int usersWithEmail(const QString &email) {
        return m_client
            .get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"),
                           u"FILTER[%3DEMAIL]=" + email))
            .json.value(QStringLiteral("result"))
            .toArray()
            .size();
    }
    QJsonObject lastJournalEntry() {
        const QJsonArray journal = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("journal")))
                                       .json.value(QStringLiteral("requests"))
                                       .toArray();
        return journal.isEmpty() ? QJsonObject() : journal.last().toObject();
    }
    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxFaults::initTestCase() {
    SandboxOptions options;
    options.users = 30;
    options.rateLimit = false;
    options.maxBodyBytes = 64 * 1024;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
}

void TestSandboxFaults::init() {
    QCOMPARE(m_client.del(controlUrl(m_portal->baseUrl(), QStringLiteral("faults"))).status, 200);
}

void TestSandboxFaults::latency() {
    ManualClock clock;
    m_portal->setClock(&clock);
    fault({{QStringLiteral("kind"), QStringLiteral("latency")}, {QStringLiteral("latencyMs"), 300}});
    std::unique_ptr<QNetworkReply> reply(m_client.nam.get(
        SandboxTestClient::request(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin")))));
    // The portal has the request and holds the answer back for 300 ms of its clock.
    QTRY_COMPARE(clock.pending(), 1);
    clock.advance(299);
    QCOMPARE(clock.pending(), 1);
    QVERIFY(!reply->isFinished());
    clock.advance(1);
    QCOMPARE(clock.pending(), 0);
    QVERIFY(SandboxTestClient::wait(reply.get()));
    const HttpResult r = SandboxTestClient::collect(reply.get());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result")), QJsonValue(true));
    QCOMPARE(admin().status, 200); // count defaults to one request: answered without the clock
    QCOMPARE(clock.pending(), 0);
    m_portal->setClock(nullptr);
}

void TestSandboxFaults::http500() {
    fault({{QStringLiteral("kind"), QStringLiteral("http500")}});
    const HttpResult r = admin();
    QCOMPARE(r.status, 500);
    QVERIFY(r.contentType.startsWith("text/html"));
    QVERIFY(!r.isJson);
    QCOMPARE(admin().status, 200);
}

void TestSandboxFaults::drop() {
    // QNetworkAccessManager re-sends a request whose kept-alive connection closed without an
    // answer, so every attempt is dropped here (a client must not assume one POST = one call).
    fault({{QStringLiteral("kind"), QStringLiteral("drop")},
           {QStringLiteral("method"), QStringLiteral("user.add")},
           {QStringLiteral("count"), 5}});
    const HttpResult r = m_client.postJson(
        methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")),
        {{QStringLiteral("EMAIL"), QStringLiteral("dropped@b.cz")}, {QStringLiteral("UF_DEPARTMENT"), 1}});
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    QCOMPARE(m_client.del(controlUrl(m_portal->baseUrl(), QStringLiteral("faults"))).status, 200);
    // The portal did the work before the connection died: the user exists.
    const HttpResult check = m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"),
                                                    QStringLiteral("FILTER[%3DEMAIL]=dropped@b.cz")));
    QCOMPARE(check.json.value(QStringLiteral("total")).toInt(), 1);
}

void TestSandboxFaults::malformed() {
    fault({{QStringLiteral("kind"), QStringLiteral("malformed")}});
    const HttpResult r = admin();
    QCOMPARE(r.status, 200);
    QVERIFY(!r.isJson);
    QVERIFY(!r.body.isEmpty());
}

void TestSandboxFaults::truncate() {
    fault({{QStringLiteral("kind"), QStringLiteral("truncate")}});
    const HttpResult r = m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get")));
    QVERIFY(r.error != QNetworkReply::NoError || !r.isJson);
    QCOMPARE(admin().status, 200);
}

void TestSandboxFaults::beforeDoesNotRunTheMethod_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("drop") << "drop";
    QTest::newRow("malformed") << "malformed";
    QTest::newRow("truncate") << "truncate";
}

void TestSandboxFaults::beforeDoesNotRunTheMethod() {
    // "The request never arrived": the client sees the same breakage as with the default fault,
    // but the method did not run, so the user does not exist (and a retry is safe).
    QFETCH(QString, kind);
    const QString email = kind + u"-before@b.cz";
    fault({{QStringLiteral("kind"), kind},
           {QStringLiteral("before"), true},
           {QStringLiteral("method"), QStringLiteral("user.add")},
           {QStringLiteral("count"), 5}}); // QNetworkAccessManager may re-send after a drop
    const HttpResult r =
        m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")),
                          {{QStringLiteral("EMAIL"), email}, {QStringLiteral("UF_DEPARTMENT"), 1}});
    QVERIFY(r.error != QNetworkReply::NoError || !r.isJson);
    if (kind == u"malformed")
        QCOMPARE(r.status, 200);
    const QJsonObject entry = lastJournalEntry();
    QCOMPARE(entry.value(QStringLiteral("restMethod")).toString(), QStringLiteral("user.add"));
    QCOMPARE(entry.value(QStringLiteral("error")).toString(), u"fault:" + kind + u":before");
    QCOMPARE(m_client.del(controlUrl(m_portal->baseUrl(), QStringLiteral("faults"))).status, 200);
    QCOMPARE(usersWithEmail(email), 0);
    // The same request without the fault goes through once.
    const HttpResult retry =
        m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")),
                          {{QStringLiteral("EMAIL"), email}, {QStringLiteral("UF_DEPARTMENT"), 1}});
    QCOMPARE(retry.status, 200);
    QCOMPARE(usersWithEmail(email), 1);
}

void TestSandboxFaults::stall_data() {
    QTest::addColumn<bool>("before");
    QTest::newRow("after the method") << false;
    QTest::newRow("before the method") << true;
}

void TestSandboxFaults::stall() {
    QFETCH(bool, before);
    const QString email = before ? QStringLiteral("stall-before@b.cz") : QStringLiteral("stall-after@b.cz");
    fault({{QStringLiteral("kind"), QStringLiteral("stall")},
           {QStringLiteral("before"), before},
           {QStringLiteral("method"), QStringLiteral("user.add")}});
    QNetworkRequest req =
        SandboxTestClient::request(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(400);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("EMAIL"), email}, {QStringLiteral("UF_DEPARTMENT"), 1}})
            .toJson(QJsonDocument::Compact);
    const HttpResult r = m_client.finish(m_client.nam.post(req, body));
    // Never answered: the client's own transfer timeout ended it.
    QVERIFY(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
    QCOMPARE(r.status, 0);
    QCOMPARE(lastJournalEntry().value(QStringLiteral("error")).toString(),
             before ? QStringLiteral("fault:stall:before") : QStringLiteral("fault:stall"));
    QCOMPARE(usersWithEmail(email), before ? 0 : 1);
    QCOMPARE(admin().status, 200); // the portal is not blocked by the stalled connection
}

void TestSandboxFaults::injectedLimits_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("ratelimit") << "ratelimit" << 503 << "QUERY_LIMIT_EXCEEDED";
    QTest::newRow("operating") << "operating" << 429 << "OPERATION_TIME_LIMIT";
}

void TestSandboxFaults::injectedLimits() {
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, error);
    fault({{QStringLiteral("kind"), kind}});
    const HttpResult r = admin();
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
}

void TestSandboxFaults::moved() {
    fault({{QStringLiteral("kind"), QStringLiteral("moved")},
           {QStringLiteral("location"), QStringLiteral("http://127.0.0.2:8443")}});
    const HttpResult r = m_client.get(
        methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"), QStringLiteral("start=50")));
    QCOMPARE(r.status, 302);
    const QUrl target(QString::fromUtf8(r.location));
    QCOMPARE(target.host(), QStringLiteral("127.0.0.2"));
    QCOMPARE(target.port(), 8443);
    QCOMPARE(target.path(), m_portal->adminWebhookUrl().path() + u"user.get");
    QCOMPARE(target.query(), QStringLiteral("start=50"));
}

void TestSandboxFaults::countAndMethodScope() {
    fault({{QStringLiteral("kind"), QStringLiteral("http500")},
           {QStringLiteral("count"), 2},
           {QStringLiteral("method"), QStringLiteral("USER.ADMIN")}});
    QCOMPARE(m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.current"))).status,
             200);
    QCOMPARE(admin().status, 500);
    QCOMPARE(admin().status, 500);
    QCOMPARE(admin().status, 200);
    const QJsonArray journal = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("journal")))
                                   .json.value(QStringLiteral("requests"))
                                   .toArray();
    QCOMPARE(journal.at(journal.size() - 2).toObject().value(QStringLiteral("status")).toInt(), 500);
}

void TestSandboxFaults::shareIsDeterministicAndPartial() {
    fault({{QStringLiteral("kind"), QStringLiteral("http500")}, {QStringLiteral("share"), 0.5}});
    int failed = 0;
    for (int i = 0; i < 40; ++i)
        failed += admin().status == 500;
    QVERIFY(failed > 5);
    QVERIFY(failed < 35);
    QCOMPARE(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("faults")))
                 .json.value(QStringLiteral("faults"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxFaults::faultValidation_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode"})");
    QTest::newRow("share out of range") << QByteArray(R"({"kind":"drop","share":2})");
    QTest::newRow("zero count") << QByteArray(R"({"kind":"drop","count":0})");
    QTest::newRow("moved without location") << QByteArray(R"({"kind":"moved"})");
    QTest::newRow("not JSON") << QByteArray("kind=drop");
    QTest::newRow("before on latency") << QByteArray(R"({"kind":"latency","before":true})");
    QTest::newRow("before on http500") << QByteArray(R"({"kind":"http500","before":true})");
    QTest::newRow("before not a bool") << QByteArray(R"({"kind":"drop","before":"yes"})");
}

void TestSandboxFaults::faultValidation() {
    QFETCH(QByteArray, body);
    const HttpResult r =
        m_client.postRaw(controlUrl(m_portal->baseUrl(), QStringLiteral("faults")), body, "application/json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_ARGUMENT"));
    QVERIFY(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("faults")))
                .json.value(QStringLiteral("faults"))
                .toArray()
                .isEmpty());
}

void TestSandboxFaults::badBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("malformed JSON") << QByteArray("{\"EMAIL\":") << QByteArray("application/json") << 400
                                    << "ERROR_ARGUMENT";
    QTest::newRow("JSON scalar") << QByteArray("42") << QByteArray("application/json") << 400
                                 << "ERROR_ARGUMENT";
    QTest::newRow("wrong types") << QByteArray(R"({"EMAIL":{"a":1},"UF_DEPARTMENT":"x","NAME":[1,2]})")
                                 << QByteArray("application/json") << 400 << "ERROR_ARGUMENT";
    QTest::newRow("binary form") << QByteArray("\xff\xfe\x00%%%[[[=&&")
                                 << QByteArray("application/x-www-form-urlencoded") << 400
                                 << "ERROR_ARGUMENT";
    QTest::newRow("deep brackets") << QByteArray("a[b][c][d][e][f][g]=1&EMAIL[]=x")
                                   << QByteArray("application/x-www-form-urlencoded") << 400
                                   << "ERROR_ARGUMENT";
    QTest::newRow("multipart")
        << QByteArray("--XX\r\nContent-Disposition: form-data; name=\"EMAIL\"\r\n\r\nmp@b.cz\r\n--XX\r\n"
                      "Content-Disposition: form-data; name=\"UF_DEPARTMENT[]\"\r\n\r\n2\r\n--XX--\r\n")
        << QByteArray("multipart/form-data; boundary=XX") << 200 << "";
}

void TestSandboxFaults::badBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult r = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")),
                                          body, contentType);
    QCOMPARE(r.status, status);
    QVERIFY(r.isJson);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(admin().status, 200); // still alive
}

void TestSandboxFaults::hugeBody() {
    const QByteArray big(200 * 1024, 'a');
    const HttpResult r = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get")),
                                          "x=" + big, "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("REQUEST_TOO_LARGE"));
    QVERIFY(r.json.contains(QStringLiteral("error_description")));
    QCOMPARE(admin().status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
