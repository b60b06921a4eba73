// batch on the sandbox portal (spec §4): limits, references, halt, errors and PHP shapes.
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTest>

class TestSandboxBatch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void mixedResultsAndErrors();
    void referencesAndOrder();
    void halt_data();
    void halt();
    void lengthLimit();
    void numericKeysGiveArrays();
    void emptyAndFormEncoded();
    void oneBucketToken();

private:
    HttpResult batch(const QJsonObject &body) {
        return m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("batch")), body);
    }
    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxBatch::initTestCase() {
    SandboxOptions options;
    options.users = 120;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
}

void TestSandboxBatch::init() {
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("reset")), {}).status, 200);
}

void TestSandboxBatch::mixedResultsAndErrors() {
    const HttpResult r =
        batch({{QStringLiteral("cmd"),
                QJsonObject{{QStringLiteral("me"), QStringLiteral("user.current")},
                            {QStringLiteral("deps"), QStringLiteral("department.get")},
                            {QStringLiteral("bad"), QStringLiteral("no.such")},
                            {QStringLiteral("nested"), QStringLiteral("batch?cmd[a]=user.current")},
                            {QStringLiteral("add"), QStringLiteral("user.add?EMAIL=bad")}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.json.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("me"))
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("1"));
    const QJsonObject errors = result.value(QStringLiteral("result_error")).toObject();
    QCOMPARE(errors.value(QStringLiteral("bad")).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("ERROR_METHOD_NOT_FOUND"));
    QCOMPARE(errors.value(QStringLiteral("nested")).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED"));
    QCOMPARE(
        errors.value(QStringLiteral("add")).toObject().value(QStringLiteral("error_description")).toString(),
        QStringLiteral("wrong_email"));
    QVERIFY(result.value(QStringLiteral("result_total")).toObject().value(QStringLiteral("deps")).toInt() >=
            15);
    QVERIFY(result.value(QStringLiteral("result_next")).isArray()); // empty map → []
    QVERIFY(result.value(QStringLiteral("result_time")).toObject().contains(QStringLiteral("me")));
    QVERIFY(r.json.contains(QStringLiteral("time")));
}

void TestSandboxBatch::referencesAndOrder() {
    // "z" runs before "a" because that is the order sent; a reference to a list row and one
    // embedded in a longer string.
    const QByteArray body = R"({"cmd":{"z":"user.get?FILTER[%3DEMAIL]=maria.tran%40nordlicht.example",)"
                            R"("a":"user.get?FILTER[ID]=$result[z][0][ID]",)"
                            R"("m":"user.search?FILTER[FIND]=x$result[z][0][ID]y",)"
                            R"("t":"department.get?ID=$total[z]"}})";
    const HttpResult r = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("batch")),
                                          body, "application/json");
    const QJsonObject results =
        r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toObject();
    const QString zId = results.value(QStringLiteral("z"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("ID"))
                            .toString();
    QCOMPARE(zId, QStringLiteral("1"));
    QCOMPARE(results.value(QStringLiteral("a")).toArray().size(), 1);
    QCOMPARE(results.value(QStringLiteral("a"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             zId);
    QCOMPARE(results.value(QStringLiteral("t"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("1"));
    // The journal shows the batch with its cmd.
    const QJsonArray journal = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("journal")))
                                   .json.value(QStringLiteral("requests"))
                                   .toArray();
    QCOMPARE(journal.last().toObject().value(QStringLiteral("restMethod")).toString(),
             QStringLiteral("batch"));
    QVERIFY(
        journal.last().toObject().value(QStringLiteral("params")).toObject().contains(QStringLiteral("cmd")));
}

void TestSandboxBatch::halt_data() {
    QTest::addColumn<QJsonValue>("halt");
    QTest::addColumn<bool>("stops");
    QTest::newRow("0") << QJsonValue(0) << false;
    QTest::newRow("1") << QJsonValue(1) << true;
    QTest::newRow("true") << QJsonValue(true) << true;
    QTest::newRow("'false' is truthy") << QJsonValue(QStringLiteral("false")) << true;
    QTest::newRow("'0'") << QJsonValue(QStringLiteral("0")) << false;
}

void TestSandboxBatch::halt() {
    QFETCH(QJsonValue, halt);
    QFETCH(bool, stops);
    const QByteArray body =
        R"({"halt":)" + QJsonDocument(QJsonArray{halt}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
        R"(,"cmd":{"first":"user.admin","fail":"user.add?EMAIL=bad","last":"user.current"}})";
    const HttpResult r = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("batch")),
                                          body, "application/json");
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.json.value(QStringLiteral("result")).toObject();
    QVERIFY(result.value(QStringLiteral("result")).toObject().contains(QStringLiteral("first")));
    QVERIFY(result.value(QStringLiteral("result_error")).toObject().contains(QStringLiteral("fail")));
    QCOMPARE(result.value(QStringLiteral("result")).toObject().contains(QStringLiteral("last")), !stops);
}

void TestSandboxBatch::lengthLimit() {
    // 50 commands run; 51 are refused whole, up front: none of them runs.
    QJsonObject cmd;
    for (int i = 0; i < 50; ++i)
        cmd.insert(QStringLiteral("c") + QString::number(1000 + i), QStringLiteral("user.admin"));
    HttpResult r = batch({{QStringLiteral("cmd"), cmd}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toObject().size(),
        50);
    QJsonObject adds;
    for (int i = 0; i < 51; ++i)
        adds.insert(QStringLiteral("a%1").arg(i),
                    QStringLiteral("user.add?EMAIL=batch%1@length.example&UF_DEPARTMENT[]=1").arg(i));
    const int before = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters")))
                           .json.value(QStringLiteral("userAdds"))
                           .toInt(-1);
    r = batch({{QStringLiteral("cmd"), adds}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"));
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Max batch length exceeded"));
    QCOMPARE(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters")))
                 .json.value(QStringLiteral("userAdds"))
                 .toInt(-1),
             before);
}

void TestSandboxBatch::numericKeysGiveArrays() {
    const HttpResult r =
        batch({{QStringLiteral("cmd"), QJsonArray{QStringLiteral("user.admin"), QStringLiteral("no.such"),
                                                  QStringLiteral("user.current")}}});
    const QJsonObject result = r.json.value(QStringLiteral("result")).toObject();
    // keys 0 and 2: not 0..n-1, so an object; errors keyed 1: an object too.
    QVERIFY(result.value(QStringLiteral("result")).isObject());
    const HttpResult r2 =
        batch({{QStringLiteral("cmd"), QJsonArray{QStringLiteral("user.admin"), QStringLiteral("scope")}}});
    const QJsonObject result2 = r2.json.value(QStringLiteral("result")).toObject();
    QVERIFY(result2.value(QStringLiteral("result")).isArray());
    QCOMPARE(result2.value(QStringLiteral("result")).toArray().first(), QJsonValue(true));
    QCOMPARE(result2.value(QStringLiteral("result_error")), QJsonValue(QJsonArray()));
}

void TestSandboxBatch::emptyAndFormEncoded() {
    HttpResult r = batch({});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")),
             QJsonValue(QJsonArray()));
    // The whole batch in a query string: the inner query is encoded twice.
    r = m_client.get(
        methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("batch"),
                  QStringLiteral("cmd[b]=user.get%3FFILTER%255BID%255D%3D3&cmd[a]=user.admin&halt=0")));
    const QJsonObject results =
        r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toObject();
    QCOMPARE(results.value(QStringLiteral("b"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("3"));
    QCOMPARE(results.value(QStringLiteral("a")), QJsonValue(true));
}

void TestSandboxBatch::oneBucketToken() {
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                           {{QStringLiteral("rateLimit"), true},
                            {QStringLiteral("burst"), 2},
                            {QStringLiteral("ratePerSecond"), 0.001}})
                 .status,
             200);
    QJsonObject cmd;
    for (int i = 0; i < 50; ++i)
        cmd.insert(QString::number(i), QStringLiteral("user.admin"));
    QCOMPARE(batch({{QStringLiteral("cmd"), cmd}}).status, 200);
    QCOMPARE(batch({{QStringLiteral("cmd"), cmd}}).status, 200);
    const HttpResult third = batch({{QStringLiteral("cmd"), cmd}});
    QCOMPARE(third.status, 503);
    QCOMPARE(third.json.value(QStringLiteral("error")).toString(), QStringLiteral("QUERY_LIMIT_EXCEEDED"));
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                           {{QStringLiteral("rateLimit"), false},
                            {QStringLiteral("burst"), 50},
                            {QStringLiteral("ratePerSecond"), 2}})
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestSandboxBatch)
#include "tst_sandbox_batch.moc"
