// The REST endpoint /rest/…: a request meets the body limit, injected faults, PHP's input limit, the
// rate limit, parsing and authentication in that order, then runs its method (restmethods.cpp).
#include "sandbox/envelope.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxportal_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace {

QString maskedPath(const QStringList &parts) {
    // /rest/<uid>/<secret>/<method>: never journal the secret.
    if (parts.size() >= 3)
        return u"/rest/" + parts.at(0) + u"/***/" + parts.mid(2).join(u'/');
    return u"/rest/" + parts.join(u'/');
}

QString bearerToken(const QHttpServerRequest &request) {
    const QByteArray header = request.value("Authorization");
    if (header.toLower().startsWith("bearer "))
        return QString::fromUtf8(header.mid(7).trimmed());
    return QString();
}

QByteArray httpMethodName(const QHttpServerRequest &request) {
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

void SandboxPortalPrivate::handleRest(const QHttpServerRequest &request, QTcpSocket *socket,
                                      const QString &path) {
    const QStringList parts = path.mid(6).split(u'/', Qt::SkipEmptyParts);
    RequestJournal::Entry entry;
    entry.path = maskedPath(parts);
    entry.httpMethod = QString::fromLatin1(httpMethodName(request));
    entry.client = clientOf(request);
    const auto finish = [&](const HttpReply &reply, int delayMs = 0,
                            SandboxHttpServer::Delivery delivery = SandboxHttpServer::Delivery::Normal) {
        entry.status = reply.status;
        // Every 200 here is a success envelope (no top-level `error`) or a malformed body, so only
        // the (small) error answers are read back; a 2 500-user answer is not parsed again.
        if (reply.status != 200) {
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            if (body.contains(QStringLiteral("error")))
                entry.error = body.value(QStringLiteral("error")).toString();
        }
        journal.record(entry);
        SandboxHttpServer::send(socket, reply, delayMs, delivery, clock);
    };

    RestCall call;
    call.method = parts.isEmpty() ? QString() : parts.last().toLower();
    if (call.method.endsWith(u".json"))
        call.method.chop(5);
    entry.restMethod = call.method;

    if (const auto tooLarge = refuseLargeBody(request)) {
        finish(*tooLarge);
        return;
    }
    FaultInjector::Fault fault;
    const bool faulty = faults.take(call.method, &fault);
    if (faulty) {
        if (const auto early = answerEarlyFault(fault, request, &entry)) {
            finish(*early, fault.kind == u"moved" ? 0 : fault.latencyMs);
            return;
        }
    }
    QString token;
    if (const auto refused = readCall(request, entry.client, &call, &token)) {
        finish(*refused);
        return;
    }
    entry.params = call.params;
    if (const auto refused = authenticate(parts, token, &call, &entry)) {
        finish(*refused);
        return;
    }
    if (faulty && fault.before && breakBeforeMethod(fault, socket, &entry))
        return;

    QJsonObject time;
    const RestOutcome outcome = methods.invoke(call, &time);
    const HttpReply reply = outcome.isError ? json(outcome.status, Envelope::error(outcome))
                                            : json(200, Envelope::success(outcome, time));
    if (faulty) {
        answerWithFault(fault, reply, socket, &entry, finish);
        return;
    }
    finish(reply);
}

std::optional<HttpReply> SandboxPortalPrivate::refuseLargeBody(const QHttpServerRequest &request) const {
    if (qint64(request.body().size()) <= options.maxBodyBytes)
        return std::nullopt;
    return json(413, Envelope::error(
                         QStringLiteral("REQUEST_TOO_LARGE"),
                         QStringLiteral("Request body is larger than %1 bytes").arg(options.maxBodyBytes)));
}

std::optional<HttpReply> SandboxPortalPrivate::answerEarlyFault(const FaultInjector::Fault &fault,
                                                                const QHttpServerRequest &request,
                                                                RequestJournal::Entry *entry) const {
    if (fault.kind == u"http500") {
        entry->error = QStringLiteral("fault:http500");
        return html(500, QStringLiteral("<html><head><title>500 Internal Server Error</title></head><body>"
                                        "<center><h1>500 Internal Server Error</h1></center><hr>"
                                        "<center>nginx</center></body></html>"));
    }
    if (fault.kind == u"ratelimit")
        return json(fault.status, Envelope::error(QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                                  QStringLiteral("Too many requests")));
    if (fault.kind == u"operating")
        return json(429, Envelope::error(QStringLiteral("OPERATION_TIME_LIMIT"),
                                         QStringLiteral("Method is blocked due to operation time limit.")));
    if (fault.kind == u"moved") {
        HttpReply r = html(302, QString());
        QString location = fault.location;
        while (location.endsWith(u'/'))
            location.chop(1);
        QByteArray target = location.toUtf8() + request.url().path(QUrl::FullyEncoded).toUtf8();
        if (request.url().hasQuery())
            target += '?' + request.url().query(QUrl::FullyEncoded).toUtf8();
        r.headers.append({"Location", target});
        return r;
    }
    return std::nullopt;
}

std::optional<HttpReply> SandboxPortalPrivate::readCall(const QHttpServerRequest &request,
                                                        const QString &client, RestCall *call,
                                                        QString *token) {
    // PHP's max_input_vars, before anything is parsed: 30 000 `a[]=` would otherwise take seconds.
    const QByteArray body = request.body();
    const QByteArray contentType = request.value("Content-Type");
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toUtf8();
    const qsizetype variables =
        RequestParser::inputVariables(QByteArray(), query) + RequestParser::inputVariables(contentType, body);
    if (variables > RequestParser::MaxInputVariables) {
        return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("ERROR_ARGUMENT")},
                                     {QStringLiteral("error_description"),
                                      QStringLiteral("Too many input variables: %1 (at most %2, PHP's "
                                                     "max_input_vars)")
                                          .arg(variables)
                                          .arg(RequestParser::MaxInputVariables)},
                                     {QStringLiteral("argument"), QStringLiteral("body")}});
    }
    if (options.rateLimit && !limiter.admit(client, options.ratePerSecond, options.burst,
                                            (clock ? clock : &SandboxClock::system())->nowMs())) {
        return json(503, Envelope::error(QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                         QStringLiteral("Too many requests")));
    }
    // $_REQUEST: query first, then the body (body wins).
    call->params = RequestParser::parseQuery(query);
    QString parseError;
    if (!RequestParser::parseBody(contentType, body, &call->params, &parseError)) {
        return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("ERROR_ARGUMENT")},
                                     {QStringLiteral("error_description"), parseError},
                                     {QStringLiteral("argument"), QStringLiteral("body")}});
    }
    if (call->method == u"batch") {
        if (const auto refused = orderBatchCommands(contentType, body, query, call))
            return refused;
    }
    *token = RequestParser::phpString(call->params.value(QStringLiteral("auth")));
    if (token->isEmpty())
        *token = RequestParser::phpString(call->params.value(QStringLiteral("access_token")));
    if (token->isEmpty())
        *token = bearerToken(request);
    call->params.remove(QStringLiteral("auth"));
    call->params.remove(QStringLiteral("access_token"));
    return std::nullopt;
}

std::optional<HttpReply> SandboxPortalPrivate::orderBatchCommands(const QByteArray &contentType,
                                                                  const QByteArray &body,
                                                                  const QByteArray &query, RestCall *call) {
    // More than 50 commands: refused before any runs, and before their order is worked out.
    const QJsonValue cmd = call->params.value(QStringLiteral("cmd"));
    const qsizetype commands =
        cmd.isArray() ? cmd.toArray().size() : (cmd.isObject() ? cmd.toObject().size() : 0);
    if (commands > RestMethods::MaxBatchCommands) {
        return json(400, Envelope::error(QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"),
                                         QStringLiteral("Max batch length exceeded")));
    }
    const bool jsonBody = contentType.toLower().contains("json") && !body.trimmed().isEmpty();
    call->cmdOrder = RequestParser::cmdKeyOrder(jsonBody ? body : (body.isEmpty() ? query : body), jsonBody);
    if (call->cmdOrder.isEmpty() && !jsonBody)
        call->cmdOrder = RequestParser::cmdKeyOrder(query, false);
    return std::nullopt;
}

std::optional<HttpReply> SandboxPortalPrivate::authenticate(const QStringList &parts, const QString &token,
                                                            RestCall *call, RequestJournal::Entry *entry) {
    if (parts.size() >= 3) {
        bool ok = false;
        const int uid = parts.at(0).toInt(&ok);
        if (!ok || auth.checkWebhook(uid, parts.at(1), &call->caller) != SandboxAuth::Status::Ok) {
            return json(401, Envelope::error(QStringLiteral("INVALID_CREDENTIALS"),
                                             QStringLiteral("Invalid request credentials")));
        }
        entry->auth = call->caller.credentialKey; // webhook:<uid>, or webhook:<uid>:limited
        return std::nullopt;
    }
    if (parts.size() != 1) {
        return json(404, Envelope::error(QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                         QStringLiteral("Method not found!")));
    }
    if (token.isEmpty()) {
        return json(401, Envelope::error(QStringLiteral("NO_AUTH_FOUND"),
                                         QStringLiteral("Wrong authorization data")));
    }
    const SandboxAuth::Status status = auth.checkToken(token, &call->caller);
    if (status == SandboxAuth::Status::ExpiredToken) {
        return json(401, Envelope::error(QStringLiteral("expired_token"),
                                         QStringLiteral("The access token provided has expired")));
    }
    if (status != SandboxAuth::Status::Ok) {
        return json(401, Envelope::error(QStringLiteral("invalid_token"),
                                         QStringLiteral("Token expired or invalid")));
    }
    entry->auth = u"oauth:" + QString::number(call->caller.userId);
    return std::nullopt;
}

void SandboxPortalPrivate::answerWithFault(const FaultInjector::Fault &fault, HttpReply reply,
                                           QTcpSocket *socket, RequestJournal::Entry *entry,
                                           const Finish &finish) {
    if (fault.kind == u"drop") {
        entry->status = 0;
        entry->error = QStringLiteral("fault:drop");
        journal.record(*entry);
        SandboxHttpServer::drop(socket, fault.latencyMs, clock);
        return;
    }
    if (fault.kind == u"stall") {
        // Accepted, maybe done, never answered: the socket stays open until the client gives up.
        entry->status = 0;
        entry->error = QStringLiteral("fault:stall");
        journal.record(*entry);
        return;
    }
    if (fault.kind == u"malformed") {
        reply.body = reply.body.left(reply.body.size() / 2) +
                     "<br />\n<b>Fatal error</b>: Allowed memory size exhausted";
        reply.status = 200;
        finish(reply, fault.latencyMs, SandboxHttpServer::Delivery::Normal);
        return;
    }
    finish(reply, fault.latencyMs,
           fault.kind == u"truncate" ? SandboxHttpServer::Delivery::Truncated
                                     : SandboxHttpServer::Delivery::Normal);
}

bool SandboxPortalPrivate::breakBeforeMethod(const FaultInjector::Fault &fault, QTcpSocket *socket,
                                             RequestJournal::Entry *entry) {
    // "The request never arrived": the connection breaks (or garbage comes back) and the method
    // does not run, so a retry is safe. The journal still shows the attempt.
    entry->status = 0;
    entry->error = u"fault:" + fault.kind + u":before";
    if (fault.kind == u"drop") {
        journal.record(*entry);
        SandboxHttpServer::drop(socket, fault.latencyMs, clock);
        return true;
    }
    if (fault.kind == u"stall") {
        journal.record(*entry);
        return true; // never answered, the socket stays open
    }
    HttpReply reply;
    if (fault.kind == u"malformed") {
        reply.body = "<br />\n<b>Fatal error</b>: Maximum execution time of 30 seconds exceeded in "
                     "<b>/home/bitrix/www/bitrix/modules/main/lib/db/connection.php</b>";
    } else if (fault.kind == u"truncate") {
        reply.body = QJsonDocument(QJsonObject{{QStringLiteral("result"), QJsonObject()},
                                               {QStringLiteral("padding"), QString(128, u'x')}})
                         .toJson(QJsonDocument::Compact);
    } else {
        return false;
    }
    entry->status = 200;
    journal.record(*entry);
    SandboxHttpServer::send(socket, reply, fault.latencyMs,
                            fault.kind == u"truncate" ? SandboxHttpServer::Delivery::Truncated
                                                      : SandboxHttpServer::Delivery::Normal,
                            clock);
    return true;
}
