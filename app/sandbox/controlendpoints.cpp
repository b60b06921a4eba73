// The sandbox-only control endpoints under /sandbox/ (see README.md).
#include "common/logging.h"
#include "sandbox/democompany.h"
#include "sandbox/envelope.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxportal_p.h"
#include "sandbox/userquery.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool readNumber(const QJsonObject &json, const QString &key, double min, double max, double *out,
                QString *error) {
    if (!json.contains(key))
        return true;
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        *error = QStringLiteral("%1 must be a number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = v.toDouble();
    return true;
}

// The Host header names this computer: 127.0.0.0/8, ::1 or localhost, with or without a port. A
// page served from elsewhere that rebinds its own name to 127.0.0.1 still sends its own name.
bool isLoopbackHost(const QByteArray &host) {
    QByteArray name = host.trimmed();
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = name.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        name = name.mid(1, close - 1);
    } else if (name.count(':') == 1) {
        name = name.left(name.indexOf(':'));
    }
    if (name.compare("localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(QString::fromLatin1(name));
    return !address.isNull() && address.isLoopback();
}

// application/json, or any type with a +json suffix; parameters (charset) allowed.
bool isJsonType(const QByteArray &contentType) {
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

bool readBool(const QJsonObject &json, const QString &key, bool *out, QString *error) {
    if (!json.contains(key))
        return true;
    if (!json.value(key).isBool()) {
        *error = key + u" must be true or false";
        return false;
    }
    *out = json.value(key).toBool();
    return true;
}

} // namespace

QJsonObject SandboxPortalPrivate::settingsJson() const {
    QJsonObject costs;
    for (auto it = methods.methodCosts().constBegin(); it != methods.methodCosts().constEnd(); ++it)
        costs.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("users"), options.users},
        {QStringLiteral("seed"), double(options.seed)},
        {QStringLiteral("rateLimit"), options.rateLimit},
        {QStringLiteral("ratePerSecond"), options.ratePerSecond},
        {QStringLiteral("burst"), options.burst},
        {QStringLiteral("operatingLimitSeconds"), options.operatingLimitSeconds},
        {QStringLiteral("everyoneMayInvite"), options.everyoneMayInvite},
        {QStringLiteral("userLimit"), options.userLimit},
        {QStringLiteral("userAddErrorCore"), options.userAddErrorCore},
        {QStringLiteral("accessTokenLifetimeSeconds"), options.accessTokenLifetimeSeconds},
        {QStringLiteral("refreshedTokenLifetimeSeconds"), options.refreshedTokenLifetimeSeconds},
        {QStringLiteral("maxBodyBytes"), double(options.maxBodyBytes)},
        {QStringLiteral("idleTimeoutSeconds"), options.idleTimeoutSeconds},
        {QStringLiteral("limitedScope"), options.limitedScope},
        {QStringLiteral("scopeErrorInResult"), options.scopeErrorInResult},
        {QStringLiteral("timestampFilterEmpty"), options.timestampFilterEmpty},
        {QStringLiteral("https"), options.https},
        {QStringLiteral("methodCostSeconds"), costs}};
}

bool SandboxPortalPrivate::applySettings(const QJsonObject &json, QString *error) {
    // Validate everything first, then apply: a bad request changes nothing.
    SandboxOptions next = options;
    double rate = next.ratePerSecond, burst = next.burst, operating = next.operatingLimitSeconds;
    double userLimit = next.userLimit, lifetime = next.accessTokenLifetimeSeconds,
           maxBody = double(next.maxBodyBytes), refreshedLifetime = next.refreshedTokenLifetimeSeconds,
           idle = next.idleTimeoutSeconds;
    if (!readBool(json, QStringLiteral("rateLimit"), &next.rateLimit, error) ||
        !readBool(json, QStringLiteral("everyoneMayInvite"), &next.everyoneMayInvite, error) ||
        !readBool(json, QStringLiteral("userAddErrorCore"), &next.userAddErrorCore, error) ||
        !readBool(json, QStringLiteral("scopeErrorInResult"), &next.scopeErrorInResult, error) ||
        !readBool(json, QStringLiteral("timestampFilterEmpty"), &next.timestampFilterEmpty, error) ||
        !readNumber(json, QStringLiteral("ratePerSecond"), 0, 1e6, &rate, error) ||
        !readNumber(json, QStringLiteral("burst"), 1, 1e6, &burst, error) ||
        !readNumber(json, QStringLiteral("operatingLimitSeconds"), 0, 1e9, &operating, error) ||
        !readNumber(json, QStringLiteral("userLimit"), 0, 1e9, &userLimit, error) ||
        !readNumber(json, QStringLiteral("accessTokenLifetimeSeconds"), 1, 1e9, &lifetime, error) ||
        !readNumber(json, QStringLiteral("refreshedTokenLifetimeSeconds"), -1, 1e9, &refreshedLifetime,
                    error) ||
        !readNumber(json, QStringLiteral("maxBodyBytes"), 1, 1e10, &maxBody, error) ||
        !readNumber(json, QStringLiteral("idleTimeoutSeconds"), 0.01, 86400, &idle, error))
        return false;
    if (json.contains(QStringLiteral("limitedScope"))) {
        const QString scope = json.value(QStringLiteral("limitedScope")).toString();
        if (scope != u"user_brief" && scope != u"user_basic") {
            *error = QStringLiteral("limitedScope must be \"user_brief\" or \"user_basic\"");
            return false;
        }
        next.limitedScope = scope;
    }
    QHash<QString, double> costs = methods.methodCosts();
    if (json.contains(QStringLiteral("methodCostSeconds"))) {
        if (!json.value(QStringLiteral("methodCostSeconds")).isObject()) {
            *error = QStringLiteral("methodCostSeconds must be an object {method: seconds}");
            return false;
        }
        costs.clear();
        const QJsonObject o = json.value(QStringLiteral("methodCostSeconds")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            costs.insert(it.key().toLower(), it.value().toDouble());
    }
    next.ratePerSecond = rate;
    next.burst = int(burst);
    next.operatingLimitSeconds = operating;
    next.userLimit = int(userLimit);
    next.accessTokenLifetimeSeconds = int(lifetime);
    next.refreshedTokenLifetimeSeconds = int(refreshedLifetime);
    next.maxBodyBytes = qint64(maxBody);
    next.idleTimeoutSeconds = idle;
    if (next.rateLimit != options.rateLimit || next.burst != options.burst ||
        next.ratePerSecond != options.ratePerSecond)
        limiter.resetBuckets();
    options = next;
    auth.setLimitedUserScope(options.limitedScope);
    methods.methodCosts() = costs;
    return true;
}

std::optional<HttpReply> SandboxPortalPrivate::refuseControl(const QHttpServerRequest &request) const {
    if (!isLoopbackHost(request.value("Host")))
        return json(403, Envelope::error(QStringLiteral("ACCESS_DENIED"),
                                         QStringLiteral("Control endpoints answer only a loopback Host")));
    if (!SandboxAuth::sameSecret(QString::fromLatin1(request.value(SandboxPortal::ControlTokenHeader)),
                                 controlToken))
        return json(403, Envelope::error(QStringLiteral("ACCESS_DENIED"),
                                         QStringLiteral("Control endpoints need the control token "
                                                        "(printed at start) in the %1 header")
                                             .arg(QLatin1StringView(SandboxPortal::ControlTokenHeader))));
    const bool hasBody = !request.body().isEmpty();
    if ((request.method() == QHttpServerRequest::Method::Post || hasBody) &&
        !isJsonType(request.value("Content-Type")))
        return json(415, Envelope::error(QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                                         QStringLiteral("Control endpoints take application/json")));
    return std::nullopt;
}

void SandboxPortalPrivate::handleControl(const QHttpServerRequest &request, QTcpSocket *socket,
                                         const QString &rawPath) {
    QString path = rawPath.mid(9); // after "/sandbox/"
    while (path.endsWith(u'/'))
        path.chop(1);
    if (const std::optional<HttpReply> refusal = refuseControl(request)) {
        qCInfo(lcSandbox) << "control request refused:" << path << refusal->status;
        SandboxHttpServer::send(socket, *refusal);
        return;
    }
    QJsonObject body;
    if (request.method() == QHttpServerRequest::Method::Post && !request.body().trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            SandboxHttpServer::send(socket, controlError(400, QStringLiteral("ERROR_ARGUMENT"),
                                                         QStringLiteral("The body must be a JSON object")));
            return;
        }
        body = doc.object();
    }
    SandboxHttpServer::send(socket, controlAnswer(path, request.method(), body));
}

HttpReply SandboxPortalPrivate::controlError(int status, const QString &code, const QString &text) {
    return json(status, Envelope::error(code, text));
}

HttpReply SandboxPortalPrivate::controlAnswer(const QString &path, QHttpServerRequest::Method method,
                                              const QJsonObject &body) {
    const bool isGet = method == QHttpServerRequest::Method::Get;
    const bool isPost = method == QHttpServerRequest::Method::Post;
    const bool isDelete = method == QHttpServerRequest::Method::Delete;
    const HttpReply ok = json(200, QJsonObject{{QStringLiteral("ok"), true}});
    QString error;
    if (path == u"settings" && isGet)
        return json(200, settingsJson());
    if (path == u"settings" && isPost)
        return applySettings(body, &error) ? json(200, settingsJson())
                                           : controlError(400, QStringLiteral("ERROR_ARGUMENT"), error);
    if (path == u"faults" && isPost && !faults.add(body, &error))
        return controlError(400, QStringLiteral("ERROR_ARGUMENT"), error);
    if (path == u"faults" && (isPost || isGet))
        return json(200, QJsonObject{{QStringLiteral("faults"), faults.toJson()}});
    if (path == u"faults" && isDelete) {
        faults.clear();
        return ok;
    }
    if (path == u"journal" && isGet)
        return json(200, journal.journalJson());
    if (path == u"journal" && isDelete) {
        journal.clear();
        return ok;
    }
    if (path == u"counters" && isGet)
        return json(200, journal.countersJson(methods.userAdds()));
    if (path == u"counters" && isDelete) {
        journal.clearCounters();
        methods.resetCounters();
        return ok;
    }
    if (path == u"accept" && isPost)
        return acceptInvitation(body);
    if (path == u"expire-tokens" && isPost) {
        auth.expireAllAccessTokens();
        return ok;
    }
    if (path == u"users/update" && isPost)
        return updateUser(body);
    if (path == u"users/remove" && isPost) {
        if (!directory.removeUser(int(RequestParser::phpInt(body.value(QStringLiteral("id"))))))
            return controlError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such user"));
        return ok;
    }
    if (path == u"users/add" && isPost)
        return addRegisteredUser(body);
    if (path == u"registration" && isGet)
        return json(200, registrationJson());
    if (path == u"registration" && isPost)
        return changeRegistration(body);
    if (path == u"reset" && isPost) {
        resetState();
        return ok;
    }
    return controlError(404, QStringLiteral("NOT_FOUND"),
                        QStringLiteral("Unknown control endpoint or HTTP method"));
}

HttpReply SandboxPortalPrivate::acceptInvitation(const QJsonObject &body) {
    SandboxUser *u = nullptr;
    if (body.contains(QStringLiteral("id")))
        u = directory.user(int(RequestParser::phpInt(body.value(QStringLiteral("id")))));
    else if (const SandboxUser *byEmail =
                 directory.userByEmail(body.value(QStringLiteral("email")).toString()))
        u = directory.user(byEmail->id);
    if (!u)
        return controlError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("No such user"));
    if (u->confirmCode.isEmpty())
        return controlError(400, QStringLiteral("NOT_PENDING"),
                            QStringLiteral("The user has no pending invitation"));
    u->confirmCode.clear();
    u->lastLogin = Envelope::isoDate(QDateTime::currentDateTime());
    u->isOnline = QStringLiteral("Y");
    return json(200,
                QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), UserQuery::toJson(*u)}});
}

HttpReply SandboxPortalPrivate::updateUser(const QJsonObject &body) {
    SandboxUser *u = directory.user(int(RequestParser::phpInt(body.value(QStringLiteral("id")))));
    if (!u || !body.value(QStringLiteral("fields")).isObject()) {
        return controlError(u ? 400 : 404, QStringLiteral("ERROR_ARGUMENT"),
                            QStringLiteral("Need an existing id and a fields object"));
    }
    const QJsonObject fields = RequestParser::upperKeys(body.value(QStringLiteral("fields")).toObject());
    if (fields.contains(QStringLiteral("EMAIL")))
        directory.setEmail(u->id, fields.value(QStringLiteral("EMAIL")).toString());
    if (fields.contains(QStringLiteral("LAST_LOGIN")))
        u->lastLogin = fields.value(QStringLiteral("LAST_LOGIN")).toString();
    if (fields.contains(QStringLiteral("USER_TYPE")))
        u->userType = fields.value(QStringLiteral("USER_TYPE")).toString();
    RestMethods::applyFields(u, fields);
    return json(200,
                QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), UserQuery::toJson(*u)}});
}

HttpReply SandboxPortalPrivate::addRegisteredUser(const QJsonObject &body) {
    if (!body.value(QStringLiteral("fields")).isObject())
        return controlError(400, QStringLiteral("ERROR_ARGUMENT"), QStringLiteral("Need a fields object"));
    const int id = methods.addRegisteredUser(body.value(QStringLiteral("fields")).toObject());
    if (id == 0)
        return controlError(400, QStringLiteral("ERROR_ARGUMENT"),
                            QStringLiteral("A user with this email already exists"));
    return json(200, QJsonObject{{QStringLiteral("id"), id}});
}

QJsonObject SandboxPortalPrivate::registrationJson() const {
    return QJsonObject{{QStringLiteral("link"), registrationLink()},
                       {QStringLiteral("mode"),
                        registrationModerated ? QStringLiteral("moderated") : QStringLiteral("public")},
                       {QStringLiteral("trustedDomains"), QJsonArray::fromStringList(trustedDomains)}};
}

HttpReply SandboxPortalPrivate::changeRegistration(const QJsonObject &body) {
    const QString mode =
        body.value(QStringLiteral("mode"))
            .toString(registrationModerated ? QStringLiteral("moderated") : QStringLiteral("public"));
    if (mode != u"public" && mode != u"moderated")
        return controlError(400, QStringLiteral("ERROR_ARGUMENT"),
                            QStringLiteral("mode must be public or moderated"));
    registrationModerated = mode == u"moderated";
    if (body.value(QStringLiteral("trustedDomains")).isArray()) {
        trustedDomains.clear();
        for (const QJsonValue &v : body.value(QStringLiteral("trustedDomains")).toArray())
            trustedDomains.append(v.toString().toLower());
    }
    return json(200, registrationJson());
}
