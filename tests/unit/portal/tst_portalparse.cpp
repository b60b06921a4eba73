#include "portal/portalcredentials.h"
#include "portal/portalreply.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Kind = PortalError::Kind;

// Every example response of ../shared/spec/bitrix24-rest.md (copied into spec-examples/, plus the
// inline ones of §2.2, §3, §5, §6.6, §6.10, §6.11) read by the pure parsers.
class TestPortalParse : public QObject {
    Q_OBJECT

private:
    static QByteArray example(const QString &name) {
        QFile file(QStringLiteral(INVITEDESK_TEST_DATA_DIR) + u"/spec-examples/"_s + name + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing example");
        return file.readAll();
    }

private Q_SLOTS:
    void everyExampleIsCovered() {
        const QDir dir(QStringLiteral(INVITEDESK_TEST_DATA_DIR) + u"/spec-examples"_s);
        QCOMPARE(dir.entryList({u"*.json"_s}, QDir::Files).size(), 29);
    }

    void envelope_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("resultType");

        const int none = -1;
        auto row = [](const char *name, int status, bool ok, int kind, int type) {
            QTest::newRow(name) << QString::fromLatin1(name) << status << ok << kind << type;
        };
        row("s2.2-envelope-shape", 200, true, none, QJsonValue::Object);
        row("s2.3-error-envelope", 400, false, int(Kind::AccessDenied), none);
        row("s2.3-wrong-encoding", 400, false, int(Kind::Other), none);
        row("s3-user-get-empty-no-total", 200, true, none, QJsonValue::Array);
        row("s3-user-get-start-minus-one", 200, true, none, QJsonValue::Array);
        row("s4-batch", 200, true, none, QJsonValue::Object);
        row("s4-batch-halt-error", 200, true, none, QJsonValue::Object);
        row("s4-batch-numeric-ids", 200, true, none, QJsonValue::Object);
        row("s5.1-query-limit", 503, false, int(Kind::RateLimited), none);
        row("s5.2-operation-time-limit", 429, false, int(Kind::OperationLimit), none);
        row("s6.1-user-current", 200, true, none, QJsonValue::Object);
        row("s6.2-user-admin", 200, true, none, QJsonValue::Bool);
        row("s6.4-user-fields", 200, true, none, QJsonValue::Object);
        row("s6.5-user-get", 200, true, none, QJsonValue::Array);
        row("s6.5b-user-search", 200, true, none, QJsonValue::Array);
        row("s6.6-result-with-error", 200, false, int(Kind::InsufficientScope), none);
        row("s6.7-user-add", 200, true, none, QJsonValue::Double);
        row("s6.7-user-add-wrong-email", 400, false, int(Kind::InvalidEmail), none);
        row("s6.8-user-update-denied", 400, false, int(Kind::AccessDenied), none);
        row("s6.9-department-get", 200, true, none, QJsonValue::Array);
        row("s6.9-department-fields", 200, true, none, QJsonValue::Object);
        row("s6.9-department-add", 200, true, none, QJsonValue::Double);
        row("s6.10-sonet-group-get", 200, true, none, QJsonValue::Array);
        row("s6.10-sonet-user-add-empty-error", 400, false, int(Kind::NotFound), none);
        row("s6.11-scope", 200, true, none, QJsonValue::Array);
        row("s6.11-method-get", 200, true, none, QJsonValue::Object);
        // An event body and token answers are not REST envelopes.
        row("s6.12-onuseradd-event", 200, false, int(Kind::MalformedResponse), none);
        row("s1.2-oauth-refresh", 200, false, int(Kind::MalformedResponse), none);
        row("s1.2-oauth-invalid-grant", 400, false, int(Kind::AuthInvalid), none);
    }

    void envelope() {
        QFETCH(QString, name);
        QFETCH(int, status);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, resultType);
        const Result<PortalReply> result = PortalParse::envelope(status, example(name));
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(int(result.value().result.type()), resultType);
        else
            QCOMPARE(PortalError::kindName(result.error().kind()), PortalError::kindName(Kind(kind)));
    }

    void envelopeDetails() {
        const auto users = PortalParse::envelope(200, example(u"s6.5-user-get"_s));
        QVERIFY(users.ok());
        QCOMPARE(users.value().total.value_or(-1), 2);
        QVERIFY(!users.value().next);
        const QJsonArray rows = users.value().result.toArray();
        QCOMPARE(PortalParse::idValue(rows.at(1).toObject().value("ID"_L1)), 7);
        QCOMPARE(rows.at(0).toObject().value("UF_DEPARTMENT"_L1).toArray().at(0).toInt(), 1);
        QCOMPARE(users.value().time.operating.value_or(-1), 0.0);

        const auto shape = PortalParse::envelope(200, example(u"s2.2-envelope-shape"_s));
        QCOMPARE(shape.value().next.value_or(-1), 50);
        QCOMPARE(shape.value().time.operatingResetAt.value_or(0), 1757425271);

        const auto empty = PortalParse::envelope(200, example(u"s3-user-get-empty-no-total"_s));
        QVERIFY(!empty.value().total); // missing total: the caller reads it as 0

        const auto wrongEmail = PortalParse::envelope(400, example(u"s6.7-user-add-wrong-email"_s));
        QCOMPARE(wrongEmail.error().code(), u"ERROR_ARGUMENT"_s);
        QCOMPARE(wrongEmail.error().description(), u"wrong_email"_s);
        QCOMPARE(wrongEmail.error().httpStatus(), 400);

        const auto emptyCode = PortalParse::envelope(400, example(u"s6.10-sonet-user-add-empty-error"_s));
        QCOMPARE(emptyCode.error().code(), QString());
        QCOMPARE(emptyCode.error().description(), u"Wrong group ID"_s);
    }

    void nonJsonBodies_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("nginx 502") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                   << int(Kind::Server);
        QTest::newRow("504 empty") << 504 << QByteArray() << int(Kind::Server);
        QTest::newRow("200 truncated")
            << 200 << QByteArray("{\"result\":[{\"ID\":\"1\"") << int(Kind::MalformedResponse);
        QTest::newRow("200 html") << 200 << QByteArray("<!DOCTYPE html><html></html>")
                                  << int(Kind::MalformedResponse);
        QTest::newRow("404 html") << 404 << QByteArray("<html>Not Found</html>") << int(Kind::NotFound);
        QTest::newRow("json array") << 200 << QByteArray("[1,2]") << int(Kind::MalformedResponse);
        QTest::newRow("no result") << 200 << QByteArray("{\"time\":{}}") << int(Kind::MalformedResponse);
        QTest::newRow("xml") << 200 << QByteArray("<response><result>1</result></response>")
                             << int(Kind::MalformedResponse);
    }

    void nonJsonBodies() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto result = PortalParse::envelope(status, body);
        QVERIFY(!result.ok());
        QCOMPARE(PortalError::kindName(result.error().kind()), PortalError::kindName(Kind(kind)));
        QCOMPARE(result.error().isTransient(), Kind(kind) != Kind::NotFound);
    }

    void batchSuccess() {
        const auto outer = PortalParse::envelope(200, example(u"s4-batch"_s));
        const auto outcomes = PortalParse::batch(outer.value().result, {u"me"_s, u"deps"_s});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).outcome && outcomes.at(0).outcome->ok());
        QCOMPARE(outcomes.at(0).outcome->value().result.toObject().value("NAME"_L1).toString(), u"Anna"_s);
        QVERIFY(!outcomes.at(0).outcome->value().total);
        QCOMPARE(outcomes.at(1).outcome->value().total.value_or(-1), 1);
        QVERIFY(outcomes.at(1).outcome->value().time.duration > 0);
    }

    void batchHaltError() {
        const auto outer = PortalParse::envelope(200, example(u"s4-batch-halt-error"_s));
        const auto outcomes = PortalParse::batch(outer.value().result, {u"me"_s, u"deps"_s});
        QVERIFY(outcomes.at(0).executed);
        QCOMPARE(outcomes.at(0).outcome->error().kind(), Kind::InsufficientScope);
        QVERIFY(!outcomes.at(1).executed); // halted: absent from every sub-map
        QVERIFY(!outcomes.at(1).outcome);
    }

    void batchSubMapsAsArraysOrObjects() {
        const auto outer = PortalParse::envelope(200, example(u"s4-batch-numeric-ids"_s));
        const auto outcomes = PortalParse::batch(outer.value().result, {u"0"_s, u"1"_s});
        QVERIFY(outcomes.at(0).outcome->ok());
        QCOMPARE(outcomes.at(1).outcome->error().kind(), Kind::AccessDenied);

        // result as object with numeric keys, totals/nexts as arrays, a result carrying `error`.
        const QByteArray body = R"({"result":{"result":{"0":[{"ID":"1"}],"1":{"error":"insufficient_scope"}},
            "result_error":[],"result_total":[5],"result_next":[50],"result_time":{"0":{"duration":0.1}}}})";
        const auto outer2 = PortalParse::envelope(200, body);
        const auto outcomes2 = PortalParse::batch(outer2.value().result, {u"0"_s, u"1"_s, u"2"_s});
        QCOMPARE(outcomes2.at(0).outcome->value().total.value_or(-1), 5);
        QCOMPARE(outcomes2.at(0).outcome->value().next.value_or(-1), 50);
        QCOMPARE(outcomes2.at(1).outcome->error().kind(), Kind::InsufficientScope);
        QVERIFY(!outcomes2.at(2).executed);
    }

    void tokenResponses() {
        const auto tokens = OAuthTokens::fromTokenResponse(200, example(u"s1.2-oauth-refresh"_s));
        QVERIFY(tokens.ok());
        QCOMPARE(tokens.value().refreshToken, u"9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"_s);
        QCOMPARE(tokens.value().userId, 1);
        QCOMPARE(tokens.value().scopes, QStringList({u"user"_s, u"department"_s, u"sonet_group"_s}));
        QCOMPARE(tokens.value().expiresAt.toSecsSinceEpoch(), 1780319382);
        QCOMPARE(tokens.value().serverDomain, u"oauth.bitrix.info"_s);

        const auto invalid = OAuthTokens::fromTokenResponse(400, example(u"s1.2-oauth-invalid-grant"_s));
        QCOMPARE(invalid.error().kind(), Kind::AuthInvalid);
        QCOMPARE(invalid.error().code(), u"invalid_grant"_s);
        QCOMPARE(OAuthTokens::fromTokenResponse(502, "<html/>").error().kind(), Kind::Server);
    }

    void idValues() {
        QCOMPARE(PortalParse::idValue(QJsonValue(u"42"_s)), 42);
        QCOMPARE(PortalParse::idValue(QJsonValue(42)), 42);
        QCOMPARE(PortalParse::idValue(QJsonValue()), 0);
        QCOMPARE(PortalParse::idValue(QJsonValue(u"x"_s)), 0);
    }

    // Numbers beyond qint64 (caught by fuzz_portalreply, UBSan: converting 1e300 was undefined behaviour)
    // are clamped, never undefined.
    void outOfRangeNumbers_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("resetAt");
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QTest::newRow("fuzz crash: total 1e300")
            << QByteArray(
                   R"({"result":[],"total":1e300,"next":"50","time":{"operating_reset_at":"1724916919"}})")
            << max << qint64(1724916919);
        QTest::newRow("total -1e300, reset 1e300")
            << QByteArray(R"({"result":[],"total":-1e300,"time":{"operating_reset_at":1e300}})") << min
            << max;
        QTest::newRow("batch total 1e300")
            << QByteArray(
                   R"({"result":{"result":[[]],"result_total":[1e300],"result_next":[-1e300]},"total":0})")
            << qint64(0) << qint64(0);
    }

    void outOfRangeNumbers() {
        QFETCH(QByteArray, body);
        QFETCH(qint64, total);
        QFETCH(qint64, resetAt);
        const auto reply = PortalParse::envelope(200, body);
        QVERIFY(reply.ok());
        QCOMPARE(reply.value().total.value_or(-1), total);
        QCOMPARE(reply.value().time.operatingResetAt.value_or(0), resetAt);
        const auto outcomes = PortalParse::batch(reply.value().result, {u"0"_s});
        if (outcomes.at(0).executed) {
            QCOMPARE(outcomes.at(0).outcome->value().total.value_or(-1), std::numeric_limits<qint64>::max());
            QCOMPARE(outcomes.at(0).outcome->value().next.value_or(-1), std::numeric_limits<qint64>::min());
        }
        const auto tokens = OAuthTokens::fromTokenResponse(
            200, R"({"access_token":"a","refresh_token":"r","expires":1e300,"expires_in":1e300})");
        QVERIFY(tokens.ok());
    }
};

QTEST_GUILESS_MAIN(TestPortalParse)
#include "tst_portalparse.moc"
