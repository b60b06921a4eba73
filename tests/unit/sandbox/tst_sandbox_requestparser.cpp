// RequestParser (PHP parse_str, bodies, truthiness) and DemoCompany (deterministic, realistic).
#include "sandbox/democompany.h"
#include "sandbox/requestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

class TestSandboxRequestParser : public QObject {
    Q_OBJECT
private slots:
    void parseQuery_data();
    void parseQuery();
    void parseBody_data();
    void parseBody();
    void truthiness_data();
    void truthiness();
    void phpInt();
    void cmdOrder();
    void demoCompanyDeterministic();
    void demoCompanyContents();
};

void TestSandboxRequestParser::parseQuery_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("flat") << QByteArray("a=1&b=x+y") << QByteArray(R"({"a":"1","b":"x y"})");
    QTest::newRow("brackets") << QByteArray("FILTER[%3EID]=5&FILTER[ACTIVE]=Y")
                              << QByteArray(R"({"FILTER":{">ID":"5","ACTIVE":"Y"}})");
    QTest::newRow("unencoded >") << QByteArray("FILTER[>ID]=5") << QByteArray(R"({"FILTER":{">ID":"5"}})");
    QTest::newRow("append") << QByteArray("select[]=ID&select[]=NAME")
                            << QByteArray(R"({"select":["ID","NAME"]})");
    QTest::newRow("deep") << QByteArray("fields[PHONE][0][VALUE]=112233")
                          << QByteArray(R"({"fields":{"PHONE":[{"VALUE":"112233"}]}})");
    QTest::newRow("batch cmd") << QByteArray("cmd[a]=user.get%3Fstart%3D50")
                               << QByteArray(R"({"cmd":{"a":"user.get?start=50"}})");
    QTest::newRow("later wins") << QByteArray("a=1&a=2") << QByteArray(R"({"a":"2"})");
    QTest::newRow("no value") << QByteArray("flag&x=") << QByteArray(R"({"flag":"","x":""})");
    QTest::newRow("utf8") << QByteArray("NAME=J%C3%BCrgen") << QByteArray(R"({"NAME":"Jürgen"})");
    QTest::newRow("sparse numeric stays map")
        << QByteArray("a[1]=x&a[3]=y") << QByteArray(R"({"a":{"1":"x","3":"y"}})");
    QTest::newRow("empty") << QByteArray("") << QByteArray("{}");
    QTest::newRow("= in a key must be encoded")
        << QByteArray("F[%3DID]=7") << QByteArray(R"({"F":{"=ID":"7"}})");
    QTest::newRow("unclosed bracket") << QByteArray("a[b=1") << QByteArray(R"({"a[b":"1"})");
    // Caught by fuzz_requestparser (UBSan): the append index overflowed int (undefined behaviour) ...
    QTest::newRow("fuzz: append after int max")
        << QByteArray("a[2147483647]=1&a[]=2") << QByteArray(R"({"a":{"2147483647":"1","2147483648":"2"}})");
    // ... and a[][][]… thousands deep overflowed the stack; deeper than PHP's
    // max_input_nesting_level (64) the variable is dropped, as PHP does.
    QTest::newRow("fuzz: nesting deeper than 64 dropped")
        << QByteArray("a") + QByteArray("[]").repeated(8000) + QByteArray("=1&b=2")
        << QByteArray(R"({"b":"2"})");
    QTest::newRow("nesting of 64 kept")
        << QByteArray("a") + QByteArray("[x]").repeated(63) + QByteArray("[y]=1")
        << QByteArray("{\"a\":") + QByteArray("{\"x\":").repeated(63) + QByteArray("{\"y\":\"1\"}") +
               QByteArray("}").repeated(64);
}

void TestSandboxRequestParser::parseQuery() {
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);
    QCOMPARE(RequestParser::parseQuery(query), QJsonDocument::fromJson(expected).object());
}

void TestSandboxRequestParser::parseBody_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("json") << QByteArray("application/json") << QByteArray(R"({"A":[1,2]})") << true
                          << QByteArray(R"({"A":[1,2],"q":"1"})");
    QTest::newRow("json charset") << QByteArray("application/json; charset=utf-8")
                                  << QByteArray(R"({"q":"2"})") << true << QByteArray(R"({"q":"2"})");
    QTest::newRow("malformed json") << QByteArray("application/json") << QByteArray("{") << false
                                    << QByteArray();
    QTest::newRow("json array") << QByteArray("application/json") << QByteArray("[1]") << false
                                << QByteArray();
    QTest::newRow("empty json array")
        << QByteArray("application/json") << QByteArray("[]") << true << QByteArray(R"({"q":"1"})");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QByteArray("b[]=1") << true
                          << QByteArray(R"({"b":["1"],"q":"1"})");
    QTest::newRow("multipart")
        << QByteArray("multipart/form-data; boundary=\"b1\"")
        << QByteArray("--b1\r\nContent-Disposition: form-data; name=\"x[y]\"\r\n\r\nv\r\n--b1--\r\n") << true
        << QByteArray(R"({"x":{"y":"v"},"q":"1"})");
    QTest::newRow("multipart nested too deep")
        << QByteArray("multipart/form-data; boundary=b1")
        << QByteArray("--b1\r\nContent-Disposition: form-data; name=\"x") + QByteArray("[]").repeated(5000) +
               QByteArray("\"\r\n\r\nv\r\n--b1--\r\n")
        << true << QByteArray(R"({"q":"1"})");
    QTest::newRow("empty body") << QByteArray("application/json") << QByteArray("  ") << true
                                << QByteArray(R"({"q":"1"})");
}

void TestSandboxRequestParser::parseBody() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    QJsonObject params{{QStringLiteral("q"), QStringLiteral("1")}};
    QString error;
    QCOMPARE(RequestParser::parseBody(contentType, body, &params, &error), ok);
    if (ok)
        QCOMPARE(params, QJsonDocument::fromJson(expected).object());
    else
        QVERIFY(!error.isEmpty());
}

void TestSandboxRequestParser::truthiness_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("truthy");
    QTest::newRow("'false'") << QJsonValue(QStringLiteral("false")) << true;
    QTest::newRow("'N'") << QJsonValue(QStringLiteral("N")) << true;
    QTest::newRow("'0'") << QJsonValue(QStringLiteral("0")) << false;
    QTest::newRow("''") << QJsonValue(QString()) << false;
    QTest::newRow("0") << QJsonValue(0) << false;
    QTest::newRow("1") << QJsonValue(1) << true;
    QTest::newRow("false") << QJsonValue(false) << false;
    QTest::newRow("true") << QJsonValue(true) << true;
    QTest::newRow("null") << QJsonValue() << false;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("[]") << QJsonValue(QJsonArray()) << false;
    QTest::newRow("[0]") << QJsonValue(QJsonArray{0}) << true;
}

void TestSandboxRequestParser::truthiness() {
    QFETCH(QJsonValue, value);
    QFETCH(bool, truthy);
    QCOMPARE(RequestParser::phpTruthy(value), truthy);
}

void TestSandboxRequestParser::phpInt() {
    QCOMPARE(RequestParser::phpInt(QStringLiteral("12abc")), 12);
    QCOMPARE(RequestParser::phpInt(QStringLiteral("-1")), -1);
    QCOMPARE(RequestParser::phpInt(QStringLiteral("NAME")), 0);
    QCOMPARE(RequestParser::phpInt(3.7), 3);
    QCOMPARE(RequestParser::phpInt(QJsonObject()), 0);
    QCOMPARE(RequestParser::phpString(true), QStringLiteral("1"));
    QCOMPARE(RequestParser::phpString(false), QString());
    QCOMPARE(RequestParser::phpString(50), QStringLiteral("50"));
    // Caught by fuzz_requestparser (UBSan): a JSON body's 1e300 made the conversion undefined behaviour.
    QCOMPARE(RequestParser::phpInt(1e300), std::numeric_limits<qint64>::max());
    QCOMPARE(RequestParser::phpInt(-1e300), std::numeric_limits<qint64>::min());
    QCOMPARE(RequestParser::phpString(1e300), QStringLiteral("1e+300"));
}

void TestSandboxRequestParser::cmdOrder() {
    const QByteArray json =
        "{\"halt\":0,\"x\":{\"cmd\":1},\"cmd\":{\"z\":\"a?b={\\\"}\",\"a\":\"b\",\"10\":\"c\",\"2\":\"d\"}}";
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    QCOMPARE(
        RequestParser::cmdKeyOrder(json, true),
        (QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("10"), QStringLiteral("2")}));
    QCOMPARE(RequestParser::cmdKeyOrder("cmd[z]=1&cmd[a]=2&cmd[z]=3&halt=1", false),
             (QStringList{QStringLiteral("z"), QStringLiteral("a")}));
    QVERIFY(RequestParser::cmdKeyOrder("{broken", true).isEmpty());
}

void TestSandboxRequestParser::demoCompanyDeterministic() {
    SandboxDirectory a;
    SandboxDirectory b;
    SandboxDirectory c;
    DemoCompany::generate(&a, 500, 7);
    DemoCompany::generate(&b, 500, 7);
    DemoCompany::generate(&c, 500, 8);
    QCOMPARE(a.users().size(), size_t(500));
    bool sameAsB = true;
    bool sameAsC = true;
    for (size_t i = 0; i < a.users().size(); ++i) {
        sameAsB =
            sameAsB && a.users()[i].email == b.users()[i].email && a.users()[i].name == b.users()[i].name;
        sameAsC = sameAsC && a.users()[i].email == c.users()[i].email;
    }
    QVERIFY(sameAsB);
    QVERIFY(!sameAsC);
}

void TestSandboxRequestParser::demoCompanyContents() {
    SandboxDirectory d;
    DemoCompany::generate(&d, 2000, 1);
    QVERIFY(d.departments().size() >= 15);
    int roots = 0;
    for (const SandboxDepartment &dep : d.departments())
        roots += dep.parent == 0;
    QCOMPARE(roots, 1);
    QVERIFY(d.department(1)->head == 1);
    int dismissed = 0, extranet = 0, pending = 0, cyrillic = 0, diacritics = 0;
    QSet<QString> emails;
    for (const SandboxUser &u : d.users()) {
        dismissed += !u.active;
        extranet += u.userType == u"extranet";
        pending += u.active && u.lastLogin.isEmpty() && !u.confirmCode.isEmpty();
        const QString full = u.name + u.lastName;
        cyrillic += full.contains(QChar(0x0410)) || std::any_of(full.begin(), full.end(), [](QChar ch) {
                        return ch.script() == QChar::Script_Cyrillic;
                    });
        diacritics += std::any_of(full.begin(), full.end(), [](QChar ch) {
            return ch.unicode() > 0xBF && ch.script() == QChar::Script_Latin;
        });
        emails.insert(u.email.toLower());
        QVERIFY(d.userByEmail(u.email.toUpper()));
    }
    QCOMPARE(emails.size(), 2000);
    QVERIFY(dismissed > 0);
    QVERIFY(extranet > 0);
    QVERIFY(pending > 0);
    QVERIFY(cyrillic > 0);
    QVERIFY(diacritics > 0);
    QVERIFY(d.users()[0].active && d.users()[1].active);
    QCOMPARE(d.users()[1].userType, QStringLiteral("employee"));
    int extranetGroups = 0;
    for (const SandboxGroup &g : d.groups())
        extranetGroups += g.extranet;
    QVERIFY(d.groups().size() >= 2);
    QVERIFY(extranetGroups >= 1);
}

QTEST_GUILESS_MAIN(TestSandboxRequestParser)
#include "tst_sandbox_requestparser.moc"
