// user.*, department.*, sonet_group.get, scope, server.time and the auth errors of the sandbox
// portal, over real HTTP.
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxUsers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void userCurrentAndAdmin();
    void envelopeTime();
    void userAccess_data();
    void userAccess();
    void userFields();
    void userGetFilters_data();
    void userGetFilters();
    void userGetPaging();
    void userGetStartMinusOneAndEmpty();
    void userGetSortNeedsOrder();
    void userGetSelect();
    void userGetExtranetVisibility();
    void userGetFilterReplacesTopLevel();
    void userSearch();
    void userAddSuccessAndAccept();
    void userAddErrors_data();
    void userAddErrors();
    void userAddErrorCoreSwitch();
    void userAddRights();
    void userAddFormEncoded();
    void userUpdate();
    void departments();
    void departmentAddErrors();
    void sonetGroups();
    void scopeServerTimeProfileMethodGet();
    void authErrors_data();
    void authErrors();
    void controlUsersAndJournal();

private:
    HttpResult call(const QString &method, const QString &query = QString(), bool employee = false) {
        return m_client.get(methodUrl(employee ? m_portal->employeeWebhookUrl() : m_portal->adminWebhookUrl(),
                                      method, query));
    }
    HttpResult post(const QString &method, const QJsonObject &body, bool employee = false) {
        return m_client.postJson(
            methodUrl(employee ? m_portal->employeeWebhookUrl() : m_portal->adminWebhookUrl(), method), body);
    }
    void settings(const QJsonObject &values) {
        QCOMPARE(
            m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")), values).status,
            200);
    }

    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxUsers::initTestCase() {
    SandboxOptions options;
    options.users = 160;
    options.rateLimit = false;
    m_portal = std::make_unique<SandboxPortal>(options);
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_client.controlToken = m_portal->controlToken().toUtf8();
    QVERIFY(m_portal->port() != 0);
    QVERIFY(m_portal->adminWebhookUrl().toString().contains(QStringLiteral("/rest/1/")));
}

void TestSandboxUsers::init() {
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("reset")), {}).status, 200);
    settings({{QStringLiteral("rateLimit"), false},
              {QStringLiteral("everyoneMayInvite"), false},
              {QStringLiteral("userLimit"), 0},
              {QStringLiteral("userAddErrorCore"), false}});
}

void TestSandboxUsers::userCurrentAndAdmin() {
    HttpResult r = call(QStringLiteral("user.current"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("ID")).toString(),
             QStringLiteral("1"));
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("ACTIVE")).toBool(),
             true);
    QVERIFY(
        r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("UF_DEPARTMENT")).isArray());
    QCOMPARE(call(QStringLiteral("user.admin")).json.value(QStringLiteral("result")), QJsonValue(true));
    QCOMPARE(call(QStringLiteral("USER.ADMIN.json"), {}, true).json.value(QStringLiteral("result")),
             QJsonValue(false));
    r = call(QStringLiteral("user.current"), {}, true);
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("ID")).toString(),
             QStringLiteral("2"));
}

void TestSandboxUsers::envelopeTime() {
    const QJsonObject time = call(QStringLiteral("user.admin")).json.value(QStringLiteral("time")).toObject();
    for (const char *key : {"start", "finish", "duration", "processing", "date_start", "date_finish",
                            "operating", "operating_reset_at"})
        QVERIFY2(time.contains(QLatin1String(key)), key);
    QVERIFY(time.value(QStringLiteral("finish")).toDouble() >=
            time.value(QStringLiteral("start")).toDouble());
    QVERIFY(
        QDateTime::fromString(time.value(QStringLiteral("date_start")).toString(), Qt::ISODate).isValid());
    // Errors carry no time object.
    QVERIFY(!call(QStringLiteral("no.such")).json.contains(QStringLiteral("time")));
}

void TestSandboxUsers::userAccess_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("employee");
    QTest::addColumn<bool>("expected");
    QTest::newRow("admin always") << "ACCESS[]=G99" << false << true;
    QTest::newRow("own user code") << "ACCESS[]=U2" << true << true;
    QTest::newRow("other user code") << "ACCESS[]=U5" << true << false;
    QTest::newRow("any authorized") << "ACCESS[]=U5&ACCESS[]=AU" << true << true;
    QTest::newRow("scalar wrapped") << "access=U2" << true << true;
    QTest::newRow("missing") << "" << true << false;
}

void TestSandboxUsers::userAccess() {
    QFETCH(QString, query);
    QFETCH(bool, employee);
    QFETCH(bool, expected);
    const HttpResult r = call(QStringLiteral("user.access"), query, employee);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result")).toBool(), expected);
}

void TestSandboxUsers::userFields() {
    const QJsonObject fields =
        call(QStringLiteral("user.fields")).json.value(QStringLiteral("result")).toObject();
    QCOMPARE(fields.value(QStringLiteral("EMAIL")).toString(), QStringLiteral("E-Mail"));
    QVERIFY(fields.contains(QStringLiteral("UF_DEPARTMENT")));
    QVERIFY(fields.contains(QStringLiteral("USER_TYPE")));
}

void TestSandboxUsers::userGetFilters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedTotal"); // -1: no total (nothing matched)
    QTest::addColumn<QString>("check");     // a field=value every row must satisfy, or empty
    QTest::newRow("exact ID") << "FILTER[ID]=5&ADMIN_MODE=Y" << 1 << "ID=5";
    QTest::newRow("= prefix") << "FILTER[%3DID]=7&ADMIN_MODE=Y" << 1 << "ID=7";
    QTest::newRow("ID array IN") << "FILTER[ID][]=3&FILTER[ID][]=4&ADMIN_MODE=Y" << 2 << "";
    QTest::newRow("@ IN") << "FILTER[@ID][]=3&FILTER[@ID][]=9&ADMIN_MODE=Y" << 2 << "";
    QTest::newRow(">ID") << "FILTER[>ID]=150&ADMIN_MODE=Y" << 10 << "";
    QTest::newRow(">=ID") << "FILTER[>%3DID]=150&ADMIN_MODE=Y" << 11 << "";
    QTest::newRow("<ID") << "FILTER[<ID]=4&ADMIN_MODE=Y" << 3 << "";
    QTest::newRow("<=ID") << "FILTER[<%3DID]=4&ADMIN_MODE=Y" << 4 << "";
    QTest::newRow("!ID") << "FILTER[!ID]=1&FILTER[<ID]=4&ADMIN_MODE=Y" << 2 << "";
    QTest::newRow("!@ID") << "FILTER[!@ID][]=1&FILTER[!@ID][]=2&FILTER[<ID]=4&ADMIN_MODE=Y" << 1 << "ID=3";
    QTest::newRow("email exact, case-insensitive")
        << "FILTER[%3DEMAIL]=MARIA.TRAN@nordlicht.example" << 1 << "ID=1";
    QTest::newRow("% substring") << "FILTER[%25EMAIL]=maria.tran@&FILTER[ID]=1" << 1 << "";
    QTest::newRow("=% wildcard") << "FILTER[%3D%25EMAIL]=maria%25&FILTER[ID]=1" << 1 << "";
    QTest::newRow("%= wildcard no match") << "FILTER[%25%3DEMAIL]=xyz%25" << -1 << "";
    QTest::newRow("bare with % is LIKE") << "FILTER[EMAIL]=maria.tran%25&FILTER[ID]=1" << 1 << "";
    QTest::newRow("!% not like") << "FILTER[!%25EMAIL]=nordlicht&ADMIN_MODE=Y" << -1 << "";
    QTest::newRow("department") << "FILTER[UF_DEPARTMENT]=1" << 1 << "ID=1";
    QTest::newRow("ACTIVE N") << "FILTER[ACTIVE]=N&ADMIN_MODE=Y" << -2 << "ACTIVE=false";
    QTest::newRow("ACTIVE 'false' is truthy") << "FILTER[ACTIVE]=false&ADMIN_MODE=Y" << -2 << "ACTIVE=true";
    QTest::newRow("USER_TYPE extranet")
        << "FILTER[USER_TYPE]=extranet&ADMIN_MODE=Y" << -2 << "USER_TYPE=extranet";
    QTest::newRow("unknown key ignored") << "FILTER[NO_SUCH]=1&FILTER[ID]=1" << 1 << "ID=1";
    QTest::newRow("legacy top-level filter") << "ID=6&ADMIN_MODE=Y" << 1 << "ID=6";
    QTest::newRow("lower-case filter key") << "filter[id]=8&admin_mode=Y" << 1 << "ID=8";
    QTest::newRow("bad date gives empty") << "FILTER[>DATE_REGISTER]=not-a-date" << -1 << "";
    QTest::newRow("date compare") << "FILTER[<DATE_REGISTER]=2000-01-01T00:00:00+00:00" << -1 << "";
    QTest::newRow("empty LAST_LOGIN pending")
        << "FILTER[LAST_LOGIN]=&FILTER[ACTIVE]=Y&ADMIN_MODE=Y" << -2 << "LAST_LOGIN=";
}

void TestSandboxUsers::userGetFilters() {
    QFETCH(QString, query);
    QFETCH(int, expectedTotal);
    QFETCH(QString, check);
    const HttpResult r = call(QStringLiteral("user.get"), query);
    QCOMPARE(r.status, 200);
    const QJsonArray rows = r.json.value(QStringLiteral("result")).toArray();
    if (expectedTotal == -1) {
        QVERIFY(rows.isEmpty());
        QVERIFY(!r.json.contains(QStringLiteral("total")));
    } else if (expectedTotal == -2) {
        QVERIFY(!rows.isEmpty());
    } else {
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), expectedTotal);
        QCOMPARE(rows.size(), qMin(expectedTotal, 50));
    }
    if (!check.isEmpty()) {
        const QString field = check.section(u'=', 0, 0);
        const QString value = check.section(u'=', 1);
        for (const QJsonValue &row : rows) {
            const QJsonValue v = row.toObject().value(field);
            const QString have =
                v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
            QCOMPARE(have, value);
        }
    }
}

void TestSandboxUsers::userGetPaging() {
    HttpResult r = call(QStringLiteral("user.get"), QStringLiteral("ADMIN_MODE=Y"));
    const int total = r.json.value(QStringLiteral("total")).toInt();
    QCOMPARE(total, 160);
    QCOMPARE(r.json.value(QStringLiteral("result")).toArray().size(), 50);
    QCOMPARE(r.json.value(QStringLiteral("next")).toInt(), 50);
    r = call(QStringLiteral("user.get"), QStringLiteral("ADMIN_MODE=Y&start=10"));
    QCOMPARE(r.json.value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("11"));
    QCOMPARE(r.json.value(QStringLiteral("next")).toInt(), 60);
    r = call(QStringLiteral("user.get"), QStringLiteral("ADMIN_MODE=Y&start=150"));
    QCOMPARE(r.json.value(QStringLiteral("result")).toArray().size(), 10);
    QVERIFY(!r.json.contains(QStringLiteral("next")));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 160);
    // START (upper-case) is not the paging parameter: the dispatcher reads `start` only.
    r = call(QStringLiteral("user.get"), QStringLiteral("ADMIN_MODE=Y&START=100"));
    QCOMPARE(r.json.value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("1"));
}

void TestSandboxUsers::userGetStartMinusOneAndEmpty() {
    HttpResult r = call(QStringLiteral("user.get"),
                        QStringLiteral("sort=ID&order=ASC&FILTER[>ID]=20&start=-1&ADMIN_MODE=Y"));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(-5), 0);
    QVERIFY(!r.json.contains(QStringLiteral("next")));
    const QJsonArray rows = r.json.value(QStringLiteral("result")).toArray();
    QCOMPARE(rows.size(), 50);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("21"));
    r = call(QStringLiteral("user.get"), QStringLiteral("FILTER[>ID]=100000&start=-1"));
    QVERIFY(r.json.value(QStringLiteral("result")).toArray().isEmpty());
    QVERIFY(!r.json.contains(QStringLiteral("total")));
    QVERIFY(!r.json.contains(QStringLiteral("next")));
}

void TestSandboxUsers::userGetSortNeedsOrder() {
    HttpResult r = call(QStringLiteral("user.get"), QStringLiteral("sort=ID&ADMIN_MODE=Y"));
    QCOMPARE(r.json.value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("1"));
    r = call(QStringLiteral("user.get"), QStringLiteral("sort=ID&order=DESC&ADMIN_MODE=Y"));
    QCOMPARE(r.json.value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("160"));
}

void TestSandboxUsers::userGetSelect() {
    const HttpResult r =
        call(QStringLiteral("user.get"), QStringLiteral("FILTER[ID]=1&select[]=EMAIL&select[]=bogus"));
    const QJsonObject row = r.json.value(QStringLiteral("result")).toArray().first().toObject();
    QCOMPARE(row.keys(), (QStringList{QStringLiteral("EMAIL"), QStringLiteral("ID")}));
}

void TestSandboxUsers::userGetExtranetVisibility() {
    const auto countExtranet = [&](const QString &query, bool employee) {
        int n = 0;
        for (int start = 0;; start += 50) {
            const HttpResult r =
                call(QStringLiteral("user.get"), query + u"&start=" + QString::number(start), employee);
            for (const QJsonValue &row : r.json.value(QStringLiteral("result")).toArray())
                n += row.toObject().value(QStringLiteral("USER_TYPE")).toString() == u"extranet";
            if (!r.json.contains(QStringLiteral("next")))
                break;
        }
        return n;
    };
    const int all = countExtranet(QStringLiteral("ADMIN_MODE=Y"), false);
    QVERIFY(all > 0);
    QVERIFY(countExtranet(QStringLiteral("ADMIN_MODE=0"), false) < all);
    // ADMIN_MODE is honoured for administrators only; "false" is truthy but an employee gets no admin mode.
    QVERIFY(countExtranet(QStringLiteral("ADMIN_MODE=Y"), true) < all);
    QCOMPARE(countExtranet(QStringLiteral("ADMIN_MODE=false"), false), all);
    QCOMPARE(countExtranet(QStringLiteral("ADMIN_MODE=N"), false), all); // "N" is truthy in PHP too
}

void TestSandboxUsers::userGetFilterReplacesTopLevel() {
    const HttpResult r = call(QStringLiteral("user.get"), QStringLiteral("ID=5&FILTER[ID]=6&ADMIN_MODE=Y"));
    QCOMPARE(r.json.value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("ID"))
                 .toString(),
             QStringLiteral("6"));
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 1);
}

void TestSandboxUsers::userSearch() {
    const QJsonObject admin =
        call(QStringLiteral("user.current")).json.value(QStringLiteral("result")).toObject();
    const QString lastName = admin.value(QStringLiteral("LAST_NAME")).toString();
    HttpResult r =
        post(QStringLiteral("user.search"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("FIND"), lastName.left(3)}}}});
    QCOMPARE(r.status, 200);
    bool found = false;
    for (const QJsonValue &row : r.json.value(QStringLiteral("result")).toArray())
        found = found || row.toObject().value(QStringLiteral("ID")).toString() == u"1";
    QVERIFY(found || r.json.value(QStringLiteral("next")).toInt() > 0);
    // Word-prefix, not substring: the middle of a word does not match.
    r = post(QStringLiteral("user.search"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("FIND"), QStringLiteral("xecutive")}}}});
    QVERIFY(r.json.value(QStringLiteral("result")).toArray().isEmpty());
    r = post(
        QStringLiteral("user.search"),
        {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("FIND"), QStringLiteral("Chief Exec")}}}});
    QVERIFY(!r.json.value(QStringLiteral("result")).toArray().isEmpty());
    // Department name is searched too.
    r = post(
        QStringLiteral("user.search"),
        {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("FIND"), QStringLiteral("nordlicht")}}}});
    QVERIFY(!r.json.value(QStringLiteral("result")).toArray().isEmpty());
    // CONFIRM_CODE: pending invitations (user.search only).
    r = post(QStringLiteral("user.search"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("!CONFIRM_CODE"), QStringLiteral("0")},
                                                     {QStringLiteral("ACTIVE"), QStringLiteral("Y")}}},
              {QStringLiteral("ADMIN_MODE"), true}});
    const QJsonArray pending = r.json.value(QStringLiteral("result")).toArray();
    QVERIFY(!pending.isEmpty());
    for (const QJsonValue &row : pending)
        QCOMPARE(row.toObject().value(QStringLiteral("LAST_LOGIN")).toString(), QString());
    const HttpResult viaGet =
        post(QStringLiteral("user.get"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("!CONFIRM_CODE"), QStringLiteral("0")}}},
              {QStringLiteral("ADMIN_MODE"), true}});
    QCOMPARE(viaGet.json.value(QStringLiteral("total")).toInt(), 160); // ignored by user.get
}

void TestSandboxUsers::userAddSuccessAndAccept() {
    HttpResult r = post(QStringLiteral("user.add"),
                        {{QStringLiteral("EMAIL"), QStringLiteral("nina.holt@example.com")},
                         {QStringLiteral("NAME"), QStringLiteral("Nina")},
                         {QStringLiteral("UF_DEPARTMENT"), QJsonArray{3}},
                         {QStringLiteral("MESSAGE_TEXT"), QStringLiteral("Welcome <b>aboard</b>")}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(QStringLiteral("result")).isDouble());
    const int id = r.json.value(QStringLiteral("result")).toInt();
    QCOMPARE(id, 161);
    r = call(QStringLiteral("user.get"), QStringLiteral("FILTER[%3DEMAIL]=nina.holt@example.com"));
    QJsonObject row = r.json.value(QStringLiteral("result")).toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("ACTIVE")).toBool(), true);
    QCOMPARE(row.value(QStringLiteral("LAST_LOGIN")).toString(), QString());
    QCOMPARE(row.value(QStringLiteral("UF_DEPARTMENT")).toArray(), QJsonArray{3});
    r = post(QStringLiteral("user.search"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("!CONFIRM_CODE"), QStringLiteral("0")},
                                                     {QStringLiteral("ID"), id}}}});
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject counters =
        m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters"))).json;
    QCOMPARE(counters.value(QStringLiteral("userAdds")).toInt(), 1);

    r = m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("accept")),
                          {{QStringLiteral("email"), QStringLiteral("NINA.HOLT@example.com")}});
    QCOMPARE(r.status, 200);
    row = call(QStringLiteral("user.get"), QStringLiteral("FILTER[ID]=161"))
              .json.value(QStringLiteral("result"))
              .toArray()
              .first()
              .toObject();
    QVERIFY(!row.value(QStringLiteral("LAST_LOGIN")).toString().isEmpty());
    r = post(QStringLiteral("user.search"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("!CONFIRM_CODE"), QStringLiteral("0")},
                                                     {QStringLiteral("ID"), id}}}});
    QVERIFY(!r.json.contains(QStringLiteral("total")));
    QCOMPARE(
        m_client
            .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("accept")), {{QStringLiteral("id"), id}})
            .status,
        400);
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("accept")),
                           {{QStringLiteral("id"), 99999}})
                 .status,
             404);
}

void TestSandboxUsers::userAddErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::newRow("no email") << QByteArray(R"({"UF_DEPARTMENT":[1]})") << "ERROR_ARGUMENT"
                              << "wrong_email";
    QTest::newRow("bad email") << QByteArray(R"({"EMAIL":"not an email","UF_DEPARTMENT":[1]})")
                               << "ERROR_ARGUMENT"
                               << "wrong_email";
    QTest::newRow("email as array") << QByteArray(R"({"EMAIL":["a@b.cz"],"UF_DEPARTMENT":[1]})")
                                    << "ERROR_ARGUMENT"
                                    << "wrong_email";
    QTest::newRow("duplicate") << QByteArray(
                                      R"({"EMAIL":"Maria.Tran@nordlicht.example","UF_DEPARTMENT":[1]})")
                               << "ERROR_ARGUMENT"
                               << "A user with this email already exists";
    QTest::newRow("no department") << QByteArray(R"({"EMAIL":"a@b.cz"})") << "ERROR_ARGUMENT"
                                   << "no_extranet_field";
    QTest::newRow("extranet without group")
        << QByteArray(R"({"EMAIL":"a@b.cz","EXTRANET":"Y"})") << "ERROR_GROUPID"
        << "Group code not specified";
    QTest::newRow("extranet bad group")
        << QByteArray(R"({"EMAIL":"a@b.cz","EXTRANET":"Y","SONET_GROUP_ID":[999]})") << "ERROR_NO_GROUP"
        << "Group is specified incorrectly";
    QTest::newRow("unknown department")
        << QByteArray(R"({"EMAIL":"a@b.cz","UF_DEPARTMENT":[999]})") << "ERROR_CORE"
        << "";
    QTest::newRow("order: group before email")
        << QByteArray(R"({"EMAIL":"bad","EXTRANET":"Y"})") << "ERROR_GROUPID"
        << "Group code not specified";
    QTest::newRow("order: email before department") << QByteArray(R"({"EMAIL":"bad"})") << "ERROR_ARGUMENT"
                                                    << "wrong_email";
}

void TestSandboxUsers::userAddErrors() {
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const HttpResult r = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")),
                                          body, "application/json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(), description);
    if (error == u"ERROR_ARGUMENT")
        QVERIFY(r.json.contains(QStringLiteral("argument")));
}

void TestSandboxUsers::userAddErrorCoreSwitch() {
    settings({{QStringLiteral("userAddErrorCore"), true}});
    HttpResult r = post(QStringLiteral("user.add"), {{QStringLiteral("EMAIL"), QStringLiteral("bad")}});
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_CORE"));
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(), QStringLiteral("wrong_email"));
    r = post(QStringLiteral("user.add"), {{QStringLiteral("EMAIL"), QStringLiteral("a@b.cz")},
                                          {QStringLiteral("EXTRANET"), QStringLiteral("Y")}});
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("no_sonet_group_for_extranet"));
    settings({{QStringLiteral("userAddErrorCore"), false}, {QStringLiteral("userLimit"), 10}});
    r = post(QStringLiteral("user.add"),
             {{QStringLiteral("EMAIL"), QStringLiteral("a@b.cz")}, {QStringLiteral("UF_DEPARTMENT"), 1}});
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_ARGUMENT"));
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("user_count_exceeded"));
    settings({{QStringLiteral("userLimit"), 0}});
    r = post(QStringLiteral("user.add"), {{QStringLiteral("EMAIL"), QStringLiteral("partner@b.cz")},
                                          {QStringLiteral("EXTRANET"), QStringLiteral("Y")},
                                          {QStringLiteral("SONET_GROUP_ID"), 2}});
    QCOMPARE(r.status, 200);
    const QJsonObject row =
        call(QStringLiteral("user.get"), QStringLiteral("FILTER[%3DEMAIL]=partner@b.cz&ADMIN_MODE=Y"))
            .json.value(QStringLiteral("result"))
            .toArray()
            .first()
            .toObject();
    QCOMPARE(row.value(QStringLiteral("USER_TYPE")).toString(), QStringLiteral("extranet"));
}

void TestSandboxUsers::userAddRights() {
    const QJsonObject body{{QStringLiteral("EMAIL"), QStringLiteral("e1@b.cz")},
                           {QStringLiteral("UF_DEPARTMENT"), 1}};
    HttpResult r = post(QStringLiteral("user.add"), body, true);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_CORE"));
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(), QStringLiteral("access_denied"));
    settings({{QStringLiteral("everyoneMayInvite"), true}});
    r = post(QStringLiteral("user.add"), body, true);
    QCOMPARE(r.status, 200);
}

void TestSandboxUsers::userAddFormEncoded() {
    const HttpResult r = m_client.postRaw(
        methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add.json")),
        "email=form%40b.cz&UF_DEPARTMENT[]=2&NAME=J%C3%BCrgen", "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 200);
    const QJsonObject row = call(QStringLiteral("user.get"), QStringLiteral("FILTER[%3DEMAIL]=form@b.cz"))
                                .json.value(QStringLiteral("result"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(row.value(QStringLiteral("NAME")).toString(), QStringLiteral("Jürgen"));
}

void TestSandboxUsers::userUpdate() {
    HttpResult r =
        post(QStringLiteral("user.update"), {{QStringLiteral("ID"), 5},
                                             {QStringLiteral("ACTIVE"), QStringLiteral("N")},
                                             {QStringLiteral("WORK_POSITION"), QStringLiteral("Alumnus")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result")), QJsonValue(true));
    QJsonObject row = call(QStringLiteral("user.get"), QStringLiteral("FILTER[ID]=5&ADMIN_MODE=Y"))
                          .json.value(QStringLiteral("result"))
                          .toArray()
                          .first()
                          .toObject();
    QCOMPARE(row.value(QStringLiteral("ACTIVE")).toBool(), false);
    QCOMPARE(row.value(QStringLiteral("WORK_POSITION")).toString(), QStringLiteral("Alumnus"));
    r = post(QStringLiteral("user.update"), {{QStringLiteral("ID"), 99999}});
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(), QStringLiteral("access_denied"));
    r = post(QStringLiteral("user.update"), {});
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(), QStringLiteral("access_denied"));
    r = post(QStringLiteral("user.update"), {{QStringLiteral("ID"), 5}}, true);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_CORE"));
    // Own profile: allowed, but ACTIVE and UF_DEPARTMENT are dropped silently.
    r = post(QStringLiteral("user.update"),
             {{QStringLiteral("ID"), 2},
              {QStringLiteral("ACTIVE"), QStringLiteral("N")},
              {QStringLiteral("UF_DEPARTMENT"), QJsonArray{9}},
              {QStringLiteral("NAME"), QStringLiteral("Zoë")}},
             true);
    QCOMPARE(r.status, 200);
    row = call(QStringLiteral("user.current"), {}, true).json.value(QStringLiteral("result")).toObject();
    QCOMPARE(row.value(QStringLiteral("NAME")).toString(), QStringLiteral("Zoë"));
    QCOMPARE(row.value(QStringLiteral("ACTIVE")).toBool(), true);
    QCOMPARE(row.value(QStringLiteral("UF_DEPARTMENT")).toArray(), QJsonArray{3});
}

void TestSandboxUsers::departments() {
    HttpResult r = call(QStringLiteral("department.get"));
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.json.value(QStringLiteral("result")).toArray();
    QVERIFY(all.size() >= 15);
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), all.size());
    QCOMPARE(all.first().toObject().value(QStringLiteral("ID")).toString(), QStringLiteral("1"));
    QVERIFY(!all.first().toObject().contains(QStringLiteral("PARENT")));
    QVERIFY(all.at(1).toObject().value(QStringLiteral("PARENT")).isString());
    QVERIFY(all.first().toObject().value(QStringLiteral("SORT")).isDouble());
    r = call(QStringLiteral("department.get"), QStringLiteral("sort=NAME&order=DESC"));
    QVERIFY(r.json.value(QStringLiteral("result"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("NAME"))
                .toString()
                .startsWith(QStringLiteral("Sales")));
    // The SORT trap: upper-case SORT is also a filter SORT = intval("NAME") = 0.
    r = call(QStringLiteral("department.get"), QStringLiteral("SORT=NAME&ORDER=ASC"));
    QVERIFY(r.json.value(QStringLiteral("result")).toArray().isEmpty());
    QCOMPARE(r.json.value(QStringLiteral("total")).toInt(-1), 0);
    // Filter keys are case-sensitive.
    QCOMPARE(call(QStringLiteral("department.get"), QStringLiteral("PARENT=2"))
                 .json.value(QStringLiteral("total"))
                 .toInt(),
             3);
    QCOMPARE(call(QStringLiteral("department.get"), QStringLiteral("parent=2"))
                 .json.value(QStringLiteral("total"))
                 .toInt(),
             all.size());
    QCOMPARE(call(QStringLiteral("department.get"), QStringLiteral("FILTER[ID]=3"))
                 .json.value(QStringLiteral("total"))
                 .toInt(),
             1);
    QCOMPARE(call(QStringLiteral("department.get"), QStringLiteral("start=49"))
                 .json.value(QStringLiteral("result"))
                 .toArray()
                 .size(),
             all.size());
    const QJsonObject fields =
        call(QStringLiteral("department.fields")).json.value(QStringLiteral("result")).toObject();
    QCOMPARE(fields.value(QStringLiteral("UF_HEAD")).toString(), QStringLiteral("Manager"));

    r = post(QStringLiteral("department.add"),
             {{QStringLiteral("NAME"), QStringLiteral("R&D")}, {QStringLiteral("PARENT"), 7}});
    QCOMPARE(r.status, 200);
    const int id = r.json.value(QStringLiteral("result")).toInt();
    QVERIFY(id > 16);
    QCOMPARE(post(QStringLiteral("department.update"),
                  {{QStringLiteral("ID"), id}, {QStringLiteral("NAME"), QStringLiteral("Research")}})
                 .json.value(QStringLiteral("result")),
             QJsonValue(true));
    QCOMPARE(call(QStringLiteral("department.get"), u"ID="_s + QString::number(id))
                 .json.value(QStringLiteral("result"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("NAME"))
                 .toString(),
             QStringLiteral("Research"));
    QCOMPARE(post(QStringLiteral("department.delete"), {{QStringLiteral("ID"), id}})
                 .json.value(QStringLiteral("result")),
             QJsonValue(true));
    QCOMPARE(post(QStringLiteral("department.delete"), {{QStringLiteral("ID"), id}})
                 .json.value(QStringLiteral("error_description"))
                 .toString(),
             QStringLiteral("Department not found"));
}

void TestSandboxUsers::departmentAddErrors() {
    HttpResult r = post(QStringLiteral("department.add"), {{QStringLiteral("PARENT"), 1}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Department name not provided.<br>"));
    QVERIFY(r.body.contains("\\u003Cbr\\u003E") || r.body.contains("<br>"));
    r = post(QStringLiteral("department.add"), {{QStringLiteral("NAME"), QStringLiteral("X")}});
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("There can only be one top-level department in the company structure"));
    r = post(QStringLiteral("department.add"),
             {{QStringLiteral("NAME"), QStringLiteral("X")}, {QStringLiteral("PARENT"), 1}}, true);
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(), QStringLiteral("Access denied"));
    r = post(QStringLiteral("department.update"), {{QStringLiteral("ID"), 999}});
    QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Department not found"));
}

void TestSandboxUsers::sonetGroups() {
    HttpResult r = call(QStringLiteral("sonet_group.get"));
    QCOMPARE(r.status, 200);
    const QJsonArray groups = r.json.value(QStringLiteral("result")).toArray();
    QVERIFY(groups.size() >= 2);
    QVERIFY(groups.first().toObject().value(QStringLiteral("ID")).toString().toInt() >
            groups.last().toObject().value(QStringLiteral("ID")).toString().toInt()); // default ID DESC
    r = post(QStringLiteral("sonet_group.get"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("IS_EXTRANET"), QStringLiteral("Y")}}},
              {QStringLiteral("IS_ADMIN"), QStringLiteral("Y")}});
    const QJsonArray extranet = r.json.value(QStringLiteral("result")).toArray();
    QCOMPARE(extranet.size(), 2);
    for (const QJsonValue &g : extranet)
        QCOMPARE(g.toObject().value(QStringLiteral("IS_EXTRANET")).toString(), QStringLiteral("Y"));
    // A hidden group is not visible to a non-member employee.
    r = post(QStringLiteral("sonet_group.get"),
             {{QStringLiteral("FILTER"), QJsonObject{{QStringLiteral("IS_EXTRANET"), QStringLiteral("Y")}}}},
             true);
    QCOMPARE(r.json.value(QStringLiteral("result")).toArray().size(), 1);
}

void TestSandboxUsers::scopeServerTimeProfileMethodGet() {
    HttpResult r = call(QStringLiteral("scope"));
    QVERIFY(r.json.value(QStringLiteral("result")).toArray().contains(QStringLiteral("user")));
    r = call(QStringLiteral("server.time"));
    QVERIFY(QDateTime::fromString(r.json.value(QStringLiteral("result")).toString(), Qt::ISODate).isValid());
    r = call(QStringLiteral("profile"), {}, true);
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("ADMIN")).toBool(),
             false);
    r = call(QStringLiteral("method.get"), QStringLiteral("name=user.add"));
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("isExisting")).toBool(),
             true);
    r = call(QStringLiteral("method.get"), QStringLiteral("name=crm.lead.add"));
    QCOMPARE(r.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("isExisting")).toBool(),
             false);
}

void TestSandboxUsers::authErrors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad secret") << "/rest/1/wrongsecret/user.current" << 401 << "INVALID_CREDENTIALS";
    QTest::newRow("unknown uid") << "/rest/77/whatever/user.current" << 401 << "INVALID_CREDENTIALS";
    QTest::newRow("non-numeric uid") << "/rest/x/y/user.current" << 401 << "INVALID_CREDENTIALS";
    QTest::newRow("no auth") << "/rest/user.current" << 401 << "NO_AUTH_FOUND";
    QTest::newRow("unknown token") << "/rest/user.current?auth=deadbeef" << 401 << "invalid_token";
    QTest::newRow("no method") << "/rest/" << 404 << "ERROR_METHOD_NOT_FOUND";
    QTest::newRow("unknown method") << "ADMIN/no.such.method" << 404 << "ERROR_METHOD_NOT_FOUND";
}

void TestSandboxUsers::authErrors() {
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, error);
    QUrl url = m_portal->baseUrl();
    if (path.startsWith(u"ADMIN/")) {
        url = methodUrl(m_portal->adminWebhookUrl(), path.mid(6));
    } else {
        url.setPath(path.section(u'?', 0, 0));
        url.setQuery(path.section(u'?', 1));
    }
    const HttpResult r = m_client.get(url);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    QVERIFY(r.json.contains(QStringLiteral("error_description")));
    if (error == u"ERROR_METHOD_NOT_FOUND")
        QCOMPARE(r.json.value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("Method not found!"));
}

void TestSandboxUsers::controlUsersAndJournal() {
    const QUrl base = m_portal->baseUrl();
    QCOMPARE(m_client.del(controlUrl(base, QStringLiteral("journal"))).status, 200);
    HttpResult r = m_client.postJson(
        controlUrl(base, QStringLiteral("users/add")),
        {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("EMAIL"), QStringLiteral("direct@b.cz")},
                                                {QStringLiteral("NAME"), QStringLiteral("Dora")}}}});
    QCOMPARE(r.status, 200);
    const int id = r.json.value(QStringLiteral("id")).toInt();
    QVERIFY(id > 0);
    QCOMPARE(m_client
                 .postJson(controlUrl(base, QStringLiteral("users/add")),
                           {{QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("EMAIL"), QStringLiteral("direct@b.cz")}}}})
                 .status,
             400);
    r = m_client.postJson(
        controlUrl(base, QStringLiteral("users/update")),
        {{QStringLiteral("id"), id},
         {QStringLiteral("fields"), QJsonObject{{QStringLiteral("LAST_NAME"), QStringLiteral("Ødegård")}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_client
                 .postJson(controlUrl(base, QStringLiteral("users/update")),
                           {{QStringLiteral("id"), 99999}, {QStringLiteral("fields"), QJsonObject{}}})
                 .status,
             404);
    const QJsonObject row = call(QStringLiteral("user.get"), u"FILTER[ID]="_s + QString::number(id))
                                .json.value(QStringLiteral("result"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(row.value(QStringLiteral("LAST_NAME")).toString(), QStringLiteral("Ødegård"));
    QVERIFY(!row.value(QStringLiteral("LAST_LOGIN")).toString().isEmpty());

    const QJsonArray journal = m_client.get(controlUrl(base, QStringLiteral("journal")))
                                   .json.value(QStringLiteral("requests"))
                                   .toArray();
    QCOMPARE(journal.size(), 1);
    const QJsonObject entry = journal.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("restMethod")).toString(), QStringLiteral("user.get"));
    QCOMPARE(entry.value(QStringLiteral("auth")).toString(), QStringLiteral("webhook:1"));
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(!entry.value(QStringLiteral("path"))
                 .toString()
                 .contains(m_portal->adminWebhookUrl().path().section(u'/', 3, 3)));
    QVERIFY(entry.value(QStringLiteral("params")).toObject().contains(QStringLiteral("FILTER")));

    const QJsonObject counters = m_client.get(controlUrl(base, QStringLiteral("counters"))).json;
    QVERIFY(counters.value(QStringLiteral("requests")).toInt() >= 1);
    QVERIFY(counters.value(QStringLiteral("byMethod")).toObject().value(QStringLiteral("user.get")).toInt() >=
            1);
    QVERIFY(counters.value(QStringLiteral("byStatus")).toObject().contains(QStringLiteral("200")));
    QCOMPARE(m_client.del(controlUrl(base, QStringLiteral("counters"))).status, 200);
    QCOMPARE(m_client.get(controlUrl(base, QStringLiteral("counters")))
                 .json.value(QStringLiteral("requests"))
                 .toInt(),
             0);

    // Settings: read, change, reject wrong types without changing anything.
    QCOMPARE(m_client.get(controlUrl(base, QStringLiteral("settings")))
                 .json.value(QStringLiteral("burst"))
                 .toInt(),
             50);
    r = m_client.postJson(
        controlUrl(base, QStringLiteral("settings")),
        {{QStringLiteral("burst"), QStringLiteral("many")}, {QStringLiteral("userLimit"), 5}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_ARGUMENT"));
    QCOMPARE(m_client.get(controlUrl(base, QStringLiteral("settings")))
                 .json.value(QStringLiteral("userLimit"))
                 .toInt(),
             0);
    QCOMPARE(
        m_client.postRaw(controlUrl(base, QStringLiteral("settings")), "{nope", "application/json").status,
        400);
    QCOMPARE(m_client.get(controlUrl(base, QStringLiteral("no-such"))).status, 404);

    // Registration link and join page.
    r = m_client.get(controlUrl(base, QStringLiteral("registration")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("mode")).toString(), QStringLiteral("public"));
    const QUrl link(r.json.value(QStringLiteral("link")).toString());
    QVERIFY(link.path().startsWith(QStringLiteral("/join/")));
    QVERIFY(r.json.value(QStringLiteral("trustedDomains")).isArray());
    const HttpResult page = m_client.get(link);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("<form"));
    QUrl wrong = link;
    wrong.setPath(QStringLiteral("/join/wrong"));
    QCOMPARE(m_client.get(wrong).status, 404);
    r = m_client.postJson(controlUrl(base, QStringLiteral("registration")),
                          {{QStringLiteral("mode"), QStringLiteral("moderated")}});
    QCOMPARE(r.json.value(QStringLiteral("mode")).toString(), QStringLiteral("moderated"));
    QCOMPARE(m_client.postRaw(link, "email=self%40outside.org&name=Sam", "application/x-www-form-urlencoded")
                 .status,
             200);
    const QJsonObject self =
        call(QStringLiteral("user.get"), QStringLiteral("FILTER[%3DEMAIL]=self@outside.org&ADMIN_MODE=Y"))
            .json.value(QStringLiteral("result"))
            .toArray()
            .first()
            .toObject();
    QCOMPARE(self.value(QStringLiteral("ACTIVE")).toBool(), false); // awaits approval
}

QTEST_GUILESS_MAIN(TestSandboxUsers)
#include "tst_sandbox_users.moc"
