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

QString RestMethods::requiredScope(const QString &method) {
    if (method.startsWith(u"user.") && method != u"user.admin" && method != u"user.access")
        return QStringLiteral("user");
    if (method.startsWith(u"department."))
        return QStringLiteral("department");
    if (method.startsWith(u"sonet_group."))
        return QStringLiteral("sonet_group");
    return QString();
}

RestOutcome RestMethods::invoke(const RestCall &call, QJsonObject *time) {
    const auto handler = handlers().constFind(call.method);
    if (handler == handlers().constEnd())
        return RestOutcome::fail(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                 QStringLiteral("Method not found!"));
    const QString scopeName = requiredScope(call.method);
    if (!scopeName.isEmpty() && !call.caller.scopes.contains(scopeName))
        return RestOutcome::fail(
            403, QStringLiteral("insufficient_scope"),
            QStringLiteral("The request requires higher privileges than provided by the webhook token"));
    const QString &credential = call.caller.credentialKey;
    if (m_limiter->overBudget(credential, call.method, m_options->operatingLimitSeconds))
        return RestOutcome::fail(429, QStringLiteral("OPERATION_TIME_LIMIT"),
                                 QStringLiteral("Method is blocked due to operation time limit."));
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    RestOutcome outcome = (this->*(*handler))(call);
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
    const QString scopeName = requiredScope(name);
    return RestOutcome::ok(
        QJsonObject{{QStringLiteral("isExisting"), existing},
                    {QStringLiteral("isAvailable"),
                     existing && (scopeName.isEmpty() || call.caller.scopes.contains(scopeName))}});
}

RestOutcome RestMethods::serverTime(const RestCall &) {
    return RestOutcome::ok(Envelope::isoDate(QDateTime::currentDateTime()));
}
