#include "portal/portalerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = PortalError::Kind;

// The error mapping table of spec §1.3, §2.3, §5 and §6.7, row by row.
class TestPortalError : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");

        auto row = [](const char *name, int status, const char *code, const char *description, Kind kind,
                      bool transient) {
            QTest::newRow(name) << status << QString::fromUtf8(code) << QString::fromUtf8(description)
                                << int(kind) << transient;
        };
        // Auth (§1.3): both "bad credentials" codes alike; expired/invalid token refresh once.
        row("NO_AUTH_FOUND", 401, "NO_AUTH_FOUND", "Wrong authorization data", Kind::AuthInvalid, false);
        row("INVALID_CREDENTIALS", 401, "INVALID_CREDENTIALS", "Invalid request credentials",
            Kind::AuthInvalid, false);
        row("INVALID_CREDENTIALS 403", 403, "INVALID_CREDENTIALS", "Invalid request credentials",
            Kind::AuthInvalid, false);
        row("expired_token", 401, "expired_token", "The access token provided has expired", Kind::AuthExpired,
            false);
        row("invalid_token", 401, "invalid_token", "Token expired or invalid", Kind::AuthExpired, false);
        row("authorization_error", 401, "authorization_error", "Unable to authorize user", Kind::AuthInvalid,
            false);
        row("APPLICATION_NOT_FOUND", 401, "APPLICATION_NOT_FOUND", "", Kind::AuthInvalid, false);
        row("user_access_error", 403, "user_access_error", "", Kind::AuthInvalid, false);
        row("invalid_grant", 400, "invalid_grant", "", Kind::AuthInvalid, false);
        row("invalid_client", 401, "invalid_client", "", Kind::AuthInvalid, false);
        row("insufficient_scope 403", 403, "insufficient_scope", "The request requires higher privileges",
            Kind::InsufficientScope, false);
        row("insufficient_scope 401", 401, "insufficient_scope", "", Kind::InsufficientScope, false);
        row("ACCESS_DENIED", 403, "ACCESS_DENIED", "REST API is available only on commercial plans",
            Kind::AccessDenied, false);
        row("WRONG_AUTH_TYPE", 403, "WRONG_AUTH_TYPE", "", Kind::AccessDenied, false);
        row("METHOD_CONFIRM_WAITING", 401, "METHOD_CONFIRM_WAITING", "", Kind::AccessDenied, false);
        row("PAYMENT_REQUIRED", 402, "PAYMENT_REQUIRED", "", Kind::AccessDenied, false);
        row("https required", 400, "INVALID_REQUEST", "Https required", Kind::Tls, false);
        // Limits (§5): 429 and 503 alike.
        row("QUERY_LIMIT 503", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests", Kind::RateLimited, true);
        row("QUERY_LIMIT 429", 429, "QUERY_LIMIT_EXCEEDED", "Too many requests", Kind::RateLimited, true);
        row("OVERLOAD_LIMIT", 503, "OVERLOAD_LIMIT", "REST API is blocked due to overload", Kind::RateLimited,
            true);
        row("OPERATION_TIME_LIMIT", 429, "OPERATION_TIME_LIMIT",
            "Method is blocked due to operation time limit.", Kind::OperationLimit, true);
        // System (§2.3).
        row("method not found", 404, "ERROR_METHOD_NOT_FOUND", "Method not found!", Kind::NotFound, false);
        row("PORTAL_DELETED", 500, "PORTAL_DELETED", "Portal was deleted", Kind::NotFound, false);
        row("INTERNAL_SERVER_ERROR", 500, "INTERNAL_SERVER_ERROR", "", Kind::Server, true);
        row("ERROR_UNEXPECTED_ANSWER", 500, "ERROR_UNEXPECTED_ANSWER", "", Kind::Server, true);
        row("SQL error", 500, "ERROR_CORE", "SQL query error!", Kind::Server, true);
        row("batch length", 400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded", Kind::Other,
            false);
        row("batch method", 405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage",
            Kind::Other, false);
        // user.add (§6.7): ERROR_ARGUMENT and ERROR_CORE variants by description token.
        row("wrong_email ARG", 400, "ERROR_ARGUMENT", "wrong_email", Kind::InvalidEmail, false);
        row("wrong_email CORE", 400, "ERROR_CORE", "wrong_email", Kind::InvalidEmail, false);
        row("duplicate ARG", 400, "ERROR_ARGUMENT", "A user with this email already exists",
            Kind::DuplicateEmail, false);
        row("duplicate CORE multiline", 400, "ERROR_CORE",
            "Login invalid.<br>User with this e-mail already exists.", Kind::DuplicateEmail, false);
        row("access_denied CORE", 400, "ERROR_CORE", "access_denied", Kind::AccessDenied, false);
        row("access_denied ARG", 400, "ERROR_ARGUMENT", "access_denied", Kind::AccessDenied, false);
        row("user_count ARG", 400, "ERROR_ARGUMENT", "user_count_exceeded", Kind::UserLimit, false);
        row("user_count CORE", 400, "ERROR_CORE", "user_count_exceeded", Kind::UserLimit, false);
        row("no_extranet_field ARG", 400, "ERROR_ARGUMENT", "no_extranet_field", Kind::DepartmentRequired,
            false);
        row("no_extranet_field CORE", 400, "ERROR_CORE", "no_extranet_field", Kind::DepartmentRequired,
            false);
        row("ERROR_GROUPID", 400, "ERROR_GROUPID", "Group code not specified", Kind::ExtranetGroupRequired,
            false);
        row("no_sonet_group CORE", 400, "ERROR_CORE", "no_sonet_group_for_extranet",
            Kind::ExtranetGroupRequired, false);
        row("ERROR_NO_GROUP", 400, "ERROR_NO_GROUP", "Group is specified incorrectly",
            Kind::ExtranetGroupRequired, false);
        row("ERROR_CORE empty", 400, "ERROR_CORE", "", Kind::Other, false);
        // Empty error codes (§8.3) and department errors (§6.9).
        row("empty code wrong group", 400, "", "Wrong group ID", Kind::NotFound, false);
        row("empty code no permission", 400, "", "No permissions to add users", Kind::AccessDenied, false);
        row("department access", 400, "ERROR_CORE", "Access denied!", Kind::AccessDenied, false);
        row("department not found", 400, "ERROR_CORE", "Department not found", Kind::NotFound, false);
        // Status-only fallbacks.
        row("bare 401", 401, "SOMETHING_NEW", "", Kind::AuthInvalid, false);
        row("bare 502", 502, "", "", Kind::Server, true);
        row("bare 503 gateway", 503, "", "", Kind::Server, true);
    }

    void classify() {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, description);
        QFETCH(int, kind);
        QFETCH(bool, transient);
        const PortalError error = PortalError::fromPortal(status, code, description);
        QCOMPARE(PortalError::kindName(error.kind()), PortalError::kindName(Kind(kind)));
        QCOMPARE(error.isTransient(), transient);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.description(), description);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(!error.userMessage().isEmpty());
    }

    void argumentKept() {
        const PortalError error =
            PortalError::fromPortal(400, u"ERROR_ARGUMENT"_s, u"wrong_email"_s, u"EMAIL"_s);
        QCOMPARE(error.argument(), u"EMAIL"_s);
        QVERIFY(error.logText().contains(u"argument=EMAIL"_s));
    }

    void messagesNameTheDetail() {
        PortalError scope(Kind::InsufficientScope, u"insufficient_scope"_s);
        scope.setDetail(u"department"_s);
        QVERIFY(scope.userMessage().contains(u"department"_s));
        for (int k = 0; k <= int(Kind::Other); ++k)
            QVERIFY2(!PortalError(Kind(k)).userMessage().isEmpty(),
                     qPrintable(PortalError::kindName(Kind(k))));
    }
};

QTEST_GUILESS_MAIN(TestPortalError)
#include "tst_portalerror.moc"
