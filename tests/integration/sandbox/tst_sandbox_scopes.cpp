// The scope-limited webhook (SandboxPortal::limitedWebhookUrl): scopes `department` and
// `user_brief` or `user_basic` only; field sets as spec §6.6 and user.add/user.update refused with
// insufficient_scope (403, or 200 with the error inside `result` behind scopeErrorInResult).
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTest>

class TestSandboxScopes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void limitedWebhookIsDistinct();
    void grantedScopes();
    void briefFieldSet_data();
    void briefFieldSet();
    void basicFieldSet();
    void filterAndSortOutsideScopeAreIgnored();
    void fullWebhooksUnaffected();
    void methodAvailability_data();
    void methodAvailability();
    void writesRefused_data();
    void writesRefused();
    void writesRefusedInResult();
    void writesRefusedInBatch();
    void journalNamesTheCredential();
    void settingValidation();

private:
    HttpResult limited(const QString &method, const QString &query = QString()) {
        return m_client.get(methodUrl(m_portal->limitedWebhookUrl(), method, query));
    }
    void settings(const QJsonObject &values) {
        QCOMPARE(
            m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")), values).status,
            200);
    }
    int userAdds() {
        return m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters")))
            .json.value(QStringLiteral("userAdds"))
            .toInt(-1);
    }
    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxScopes::initTestCase() {
    SandboxOptions options;
    options.users = 40;
    options.rateLimit = false;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
}

void TestSandboxScopes::init() {
    settings({{QStringLiteral("limitedScope"), QStringLiteral("user_brief")},
              {QStringLiteral("scopeErrorInResult"), false}});
}

void TestSandboxScopes::limitedWebhookIsDistinct() {
    const QUrl url = m_portal->limitedWebhookUrl();
    QVERIFY(url != m_portal->adminWebhookUrl());
    QVERIFY(url != m_portal->employeeWebhookUrl());
    QVERIFY(url.path().startsWith(u"/rest/1/"));
    QCOMPARE(limited(QStringLiteral("user.admin")).json.value(QStringLiteral("result")), QJsonValue(true));
    // A stable function of the seed, like the other webhooks.
    SandboxOptions options;
    options.users = 5;
    SandboxPortal again(options);
    QVERIFY(again.start());
    QCOMPARE(again.limitedWebhookUrl().path(), url.path());
}

void TestSandboxScopes::grantedScopes() {
    QCOMPARE(limited(QStringLiteral("scope")).json.value(QStringLiteral("result")).toArray(),
             QJsonArray({QStringLiteral("department"), QStringLiteral("user_brief")}));
    settings({{QStringLiteral("limitedScope"), QStringLiteral("user_basic")}});
    QCOMPARE(limited(QStringLiteral("scope")).json.value(QStringLiteral("result")).toArray(),
             QJsonArray({QStringLiteral("department"), QStringLiteral("user_basic")}));
}

void TestSandboxScopes::briefFieldSet_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("user.current") << "user.current";
    QTest::newRow("user.get") << "user.get";
    QTest::newRow("user.search") << "user.search";
    QTest::newRow("user.fields") << "user.fields";
}

void TestSandboxScopes::briefFieldSet() {
    QFETCH(QString, method);
    const HttpResult r = limited(method);
    QCOMPARE(r.status, 200);
    const QJsonValue result = r.json.value(QStringLiteral("result"));
    const QJsonObject row = result.isArray() ? result.toArray().at(0).toObject() : result.toObject();
    QVERIFY(!row.isEmpty());
    for (const char *present :
         {"ID", "NAME", "LAST_NAME", "ACTIVE", "WORK_POSITION", "UF_DEPARTMENT", "USER_TYPE"})
        QVERIFY2(row.contains(QString::fromLatin1(present)), present);
    for (const char *absent : {"EMAIL", "LAST_LOGIN", "PERSONAL_MOBILE", "WORK_PHONE", "PERSONAL_WWW"})
        QVERIFY2(!row.contains(QString::fromLatin1(absent)), absent);
}

void TestSandboxScopes::basicFieldSet() {
    settings({{QStringLiteral("limitedScope"), QStringLiteral("user_basic")}});
    for (const QString &method :
         {QStringLiteral("user.current"), QStringLiteral("user.get"), QStringLiteral("user.fields")}) {
        const QJsonValue result = limited(method).json.value(QStringLiteral("result"));
        const QJsonObject row = result.isArray() ? result.toArray().at(0).toObject() : result.toObject();
        QVERIFY2(row.contains(QStringLiteral("EMAIL")), qPrintable(method));
        QVERIFY2(row.contains(QStringLiteral("PERSONAL_MOBILE")), qPrintable(method));
        QVERIFY2(!row.contains(QStringLiteral("LAST_LOGIN")), qPrintable(method));
    }
}

void TestSandboxScopes::filterAndSortOutsideScopeAreIgnored() {
    const qint64 all = limited(QStringLiteral("user.get")).json.value(QStringLiteral("total")).toInteger();
    QVERIFY(all > 0);
    // EMAIL cannot be probed through the filter under user_brief: the condition is ignored.
    const HttpResult byEmail =
        limited(QStringLiteral("user.get"), QStringLiteral("FILTER[EMAIL]=nobody@nowhere.example"));
    QCOMPARE(byEmail.json.value(QStringLiteral("total")).toInteger(), all);
    // SELECT of a field outside the scope gives only ID.
    const QJsonObject selected = limited(QStringLiteral("user.get"), QStringLiteral("SELECT[]=EMAIL"))
                                     .json.value(QStringLiteral("result"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(selected.keys(), QStringList{QStringLiteral("ID")});
    // Sorting by LAST_LOGIN falls back to ID (the order stays).
    const QJsonArray sorted =
        limited(QStringLiteral("user.get"), QStringLiteral("SORT=LAST_LOGIN&ORDER=DESC"))
            .json.value(QStringLiteral("result"))
            .toArray();
    const QJsonArray byId = limited(QStringLiteral("user.get"), QStringLiteral("SORT=ID&ORDER=DESC"))
                                .json.value(QStringLiteral("result"))
                                .toArray();
    QVERIFY(!sorted.isEmpty());
    QCOMPARE(sorted, byId);
    // The same filter under the full scope does filter.
    const HttpResult full = m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"),
                                                   QStringLiteral("FILTER[EMAIL]=nobody@nowhere.example")));
    QVERIFY(full.json.value(QStringLiteral("result")).toArray().isEmpty());
}

void TestSandboxScopes::fullWebhooksUnaffected() {
    for (const QUrl &base : {m_portal->adminWebhookUrl(), m_portal->employeeWebhookUrl()}) {
        const QJsonObject me = m_client.get(methodUrl(base, QStringLiteral("user.current")))
                                   .json.value(QStringLiteral("result"))
                                   .toObject();
        QVERIFY(me.contains(QStringLiteral("EMAIL")));
        QVERIFY(me.contains(QStringLiteral("LAST_LOGIN")));
        QCOMPARE(m_client.get(methodUrl(base, QStringLiteral("scope")))
                     .json.value(QStringLiteral("result"))
                     .toArray(),
                 QJsonArray(
                     {QStringLiteral("department"), QStringLiteral("sonet_group"), QStringLiteral("user")}));
    }
}

void TestSandboxScopes::methodAvailability_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("available");
    QTest::newRow("user.get") << "user.get" << true;
    QTest::newRow("user.current") << "user.current" << true;
    QTest::newRow("department.get") << "department.get" << true;
    QTest::newRow("user.add") << "user.add" << false;
    QTest::newRow("user.update") << "user.update" << false;
    QTest::newRow("sonet_group.get") << "sonet_group.get" << false;
}

void TestSandboxScopes::methodAvailability() {
    QFETCH(QString, method);
    QFETCH(bool, available);
    const QJsonObject r = limited(QStringLiteral("method.get"), u"name=" + method)
                              .json.value(QStringLiteral("result"))
                              .toObject();
    QCOMPARE(r.value(QStringLiteral("isExisting")), QJsonValue(true));
    QCOMPARE(r.value(QStringLiteral("isAvailable")), QJsonValue(available));
    if (method == u"department.get")
        QCOMPARE(limited(method).status, 200);
    if (method == u"sonet_group.get") {
        const HttpResult denied = limited(method);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_scope"));
    }
}

void TestSandboxScopes::writesRefused_data() {
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("body");
    const QByteArray add = R"({"EMAIL":"scoped@example.com","UF_DEPARTMENT":[1]})";
    const QByteArray update = R"({"ID":3,"WORK_POSITION":"Changed"})";
    QTest::newRow("brief add") << "user_brief"
                               << "user.add" << add;
    QTest::newRow("brief update") << "user_brief"
                                  << "user.update" << update;
    QTest::newRow("basic add") << "user_basic"
                               << "user.add" << add;
    QTest::newRow("basic update") << "user_basic"
                                  << "user.update" << update;
}

void TestSandboxScopes::writesRefused() {
    QFETCH(QString, scope);
    QFETCH(QString, method);
    QFETCH(QByteArray, body);
    settings({{QStringLiteral("limitedScope"), scope}});
    const int before = userAdds();
    const HttpResult r =
        m_client.postRaw(methodUrl(m_portal->limitedWebhookUrl(), method), body, "application/json");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_scope"));
    QVERIFY(!r.json.contains(QStringLiteral("result")));
    QCOMPARE(userAdds(), before);
    const QJsonArray rows =
        m_client
            .get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get"), QStringLiteral("ID=3")))
            .json.value(QStringLiteral("result"))
            .toArray();
    QVERIFY(rows.at(0).toObject().value(QStringLiteral("WORK_POSITION")).toString() != u"Changed");
}

void TestSandboxScopes::writesRefusedInResult() {
    settings({{QStringLiteral("scopeErrorInResult"), true}});
    const int before = userAdds();
    const HttpResult r =
        m_client.postJson(methodUrl(m_portal->limitedWebhookUrl(), QStringLiteral("user.add")),
                          {{QStringLiteral("EMAIL"), QStringLiteral("inresult@example.com")},
                           {QStringLiteral("UF_DEPARTMENT"), 1}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(QStringLiteral("error")));
    const QJsonObject result = r.json.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("error")).toString(), QStringLiteral("insufficient_scope"));
    QVERIFY(!result.value(QStringLiteral("error_description")).toString().isEmpty());
    QVERIFY(r.json.value(QStringLiteral("time")).isObject());
    QCOMPARE(userAdds(), before);
    // Other scope errors stay top-level.
    QCOMPARE(limited(QStringLiteral("sonet_group.get")).status, 403);
}

void TestSandboxScopes::writesRefusedInBatch() {
    const HttpResult r = m_client.postJson(
        methodUrl(m_portal->limitedWebhookUrl(), QStringLiteral("batch")),
        {{QStringLiteral("halt"), 0},
         {QStringLiteral("cmd"),
          QJsonObject{{QStringLiteral("me"), QStringLiteral("user.current")},
                      {QStringLiteral("add"),
                       QStringLiteral("user.add?EMAIL=batch-scope@example.com&UF_DEPARTMENT[]=1")}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject inner = r.json.value(QStringLiteral("result")).toObject();
    QVERIFY(!inner.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("me"))
                 .toObject()
                 .contains(QStringLiteral("EMAIL")));
    QCOMPARE(inner.value(QStringLiteral("result_error"))
                 .toObject()
                 .value(QStringLiteral("add"))
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("insufficient_scope"));
}

void TestSandboxScopes::journalNamesTheCredential() {
    QCOMPARE(m_client.del(controlUrl(m_portal->baseUrl(), QStringLiteral("journal"))).status, 200);
    limited(QStringLiteral("user.current"));
    m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.current")));
    const QJsonArray journal = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("journal")))
                                   .json.value(QStringLiteral("requests"))
                                   .toArray();
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal.at(0).toObject().value(QStringLiteral("auth")).toString(),
             QStringLiteral("webhook:1:limited"));
    QCOMPARE(journal.at(1).toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("webhook:1"));
    QVERIFY(!journal.at(0)
                 .toObject()
                 .value(QStringLiteral("path"))
                 .toString()
                 .contains(m_portal->limitedWebhookUrl().path().section(u'/', 3, 3)));
}

void TestSandboxScopes::settingValidation() {
    const HttpResult r = m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                                           {{QStringLiteral("limitedScope"), QStringLiteral("user")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_ARGUMENT"));
    const QJsonObject now = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("settings"))).json;
    QCOMPARE(now.value(QStringLiteral("limitedScope")).toString(), QStringLiteral("user_brief"));
    QCOMPARE(now.value(QStringLiteral("scopeErrorInResult")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestSandboxScopes)
#include "tst_sandbox_scopes.moc"
