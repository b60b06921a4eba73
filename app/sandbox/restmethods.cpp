#include "sandbox/restmethods.h"

#include "sandbox/envelope.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxdirectory.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

RestMethods::RestMethods(SandboxDirectory *directory, SandboxOptions *options, RateLimiter *limiter)
    : m_directory(directory)
    , m_options(options)
    , m_limiter(limiter) {}

const QHash<QString, RestMethods::Handler> &RestMethods::handlers() {
    static const QHash<QString, Handler> table = {
        {QStringLiteral("user.current"), &RestMethods::userCurrent},
        {QStringLiteral("user.admin"), &RestMethods::userAdmin},
        {QStringLiteral("user.access"), &RestMethods::userAccess},
        {QStringLiteral("user.fields"), &RestMethods::userFields},
        {QStringLiteral("user.get"), &RestMethods::userGet},
        {QStringLiteral("user.search"), &RestMethods::userSearch},
        {QStringLiteral("user.add"), &RestMethods::userAdd},
        {QStringLiteral("user.update"), &RestMethods::userUpdate},
        {QStringLiteral("profile"), &RestMethods::profile},
        {QStringLiteral("department.get"), &RestMethods::departmentGet},
        {QStringLiteral("department.fields"), &RestMethods::departmentFields},
        {QStringLiteral("department.add"), &RestMethods::departmentAdd},
        {QStringLiteral("department.update"), &RestMethods::departmentUpdate},
        {QStringLiteral("department.delete"), &RestMethods::departmentDelete},
        {QStringLiteral("sonet_group.get"), &RestMethods::sonetGroupGet},
        {QStringLiteral("scope"), &RestMethods::scope},
        {QStringLiteral("method.get"), &RestMethods::methodGet},
        {QStringLiteral("server.time"), &RestMethods::serverTime},
        {QStringLiteral("batch"), &RestMethods::batch},
    };
    return table;
}

bool RestMethods::exists(const QString &method) {
    return handlers().contains(method);
}

QStringList RestMethods::requiredScopes(const QString &method) {
    // user.add and user.update need the full `user` scope; the reading methods accept the
    // reduced user scopes too, with smaller field sets (spec §6.6).
    if (method == u"user.add" || method == u"user.update")
        return {QStringLiteral("user")};
    if (method.startsWith(u"user.") && method != u"user.admin" && method != u"user.access")
        return {QStringLiteral("user"), QStringLiteral("user_basic"), QStringLiteral("user_brief")};
    if (method.startsWith(u"department."))
        return {QStringLiteral("department")};
    if (method.startsWith(u"sonet_group."))
        return {QStringLiteral("sonet_group")};
    return {};
}

bool RestMethods::hasScopeFor(const SandboxCaller &caller, const QString &method) {
    const QStringList needed = requiredScopes(method);
    if (needed.isEmpty())
        return true;
    for (const QString &scope : needed) {
        if (caller.scopes.contains(scope))
            return true;
    }
    return false;
}

RestOutcome RestMethods::invoke(const RestCall &call, QJsonObject *time) {
    const auto handler = handlers().constFind(call.method);
    if (handler == handlers().constEnd())
        return RestOutcome::fail(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                 QStringLiteral("Method not found!"));
    // user.add/user.update under user_basic/user_brief: the portal's handler refuses them itself
    // (spec §6.6), as a top-level 403 or, with scopeErrorInResult, inside a 200 result.
    const bool reducedUserScope = (call.method == u"user.add" || call.method == u"user.update") &&
                                  !call.caller.scopes.contains(QStringLiteral("user")) &&
                                  (call.caller.scopes.contains(QStringLiteral("user_basic")) ||
                                   call.caller.scopes.contains(QStringLiteral("user_brief")));
    if (!reducedUserScope && !hasScopeFor(call.caller, call.method))
        return RestOutcome::fail(
            403, QStringLiteral("insufficient_scope"),
            QStringLiteral("The request requires higher privileges than provided by the webhook token"));
    if (reducedUserScope && !m_options->scopeErrorInResult)
        return RestOutcome::fail(
            403, QStringLiteral("insufficient_scope"),
            QStringLiteral("The request requires higher privileges than provided by the access token"));
    const QString &credential = call.caller.credentialKey;
    if (m_limiter->overBudget(credential, call.method, m_options->operatingLimitSeconds))
        return RestOutcome::fail(429, QStringLiteral("OPERATION_TIME_LIMIT"),
                                 QStringLiteral("Method is blocked due to operation time limit."));
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    RestOutcome outcome =
        reducedUserScope
            ? RestOutcome::ok(QJsonObject{
                  {QStringLiteral("error"), QStringLiteral("insufficient_scope")},
                  {QStringLiteral("error_description"),
                   QStringLiteral(
                       "The request requires higher privileges than provided by the access token")}})
            : (this->*(*handler))(call);
    const double processing = double(timer.nsecsElapsed()) / 1e9;
    // The outer batch is not billed; its commands are billed to their own methods (spec §4).
    if (call.method != u"batch")
        m_limiter->charge(credential, call.method, processing + m_methodCosts.value(call.method));
    if (time)
        *time = Envelope::time(startMs, QDateTime::currentMSecsSinceEpoch(), processing,
                               m_limiter->operating(credential, call.method),
                               m_limiter->operatingResetAt(credential, call.method));
    return outcome;
}

RestOutcome RestMethods::scope(const RestCall &call) {
    QStringList scopes = call.caller.scopes;
    if (RequestParser::phpTruthy(RequestParser::upperKeys(call.params).value(QStringLiteral("FULL"))))
        scopes = {QStringLiteral("basic"), QStringLiteral("department"), QStringLiteral("sonet_group"),
                  QStringLiteral("user"),  QStringLiteral("user_basic"), QStringLiteral("user_brief")};
    return RestOutcome::ok(QJsonArray::fromStringList(scopes));
}

RestOutcome RestMethods::methodGet(const RestCall &call) {
    const QString name = RequestParser::phpString(call.params.value(QStringLiteral("name"))).toLower();
    const bool existing = exists(name);
    return RestOutcome::ok(
        QJsonObject{{QStringLiteral("isExisting"), existing},
                    {QStringLiteral("isAvailable"), existing && hasScopeFor(call.caller, name)}});
}

RestOutcome RestMethods::serverTime(const RestCall &) {
    return RestOutcome::ok(Envelope::isoDate(QDateTime::currentDateTime()));
}
