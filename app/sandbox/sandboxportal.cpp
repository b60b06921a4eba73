#include "sandbox/sandboxportal.h"

#include "common/logging.h"
#include "sandbox/democompany.h"
#include "sandbox/envelope.h"
#include "sandbox/guardedserver.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxportal_p.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QString newControlToken() {
    QString token;
    for (int i = 0; i < 2; ++i)
        token += QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    return token;
}
} // namespace

// Outside any namespace, as Q_INIT_RESOURCE requires (the .qrc lives in a static library).
static void initSandboxTlsResource() {
    Q_INIT_RESOURCE(sandboxtls);
}

SandboxPortalPrivate::SandboxPortalPrivate(const SandboxOptions &opts)
    : options(opts)
    , faults(opts.seed)
    , methods(&directory, &options, &limiter)
    , controlToken(newControlToken()) {
    auth.setup(options.seed, 1, 2);
}

void SandboxPortalPrivate::resetState() {
    DemoCompany::generate(&directory, options.users, options.seed);
    auth.setup(options.seed, 1, 2);
    auth.setLimitedUserScope(options.limitedScope);
    faults = FaultInjector(options.seed);
    journal.clear();
    journal.clearCounters();
    limiter.resetBuckets();
    limiter.resetBudgets();
    methods.resetCounters();
    methods.methodCosts().clear();
    QRandomGenerator rng(options.seed ^ 0x10171u);
    registrationToken.clear();
    for (int i = 0; i < 24; ++i)
        registrationToken += QChar(u"abcdefghijklmnopqrstuvwxyz0123456789"[rng.bounded(36)]);
    registrationModerated = false;
    trustedDomains = {QStringLiteral("nordlicht.example")};
}

QUrl SandboxPortalPrivate::baseUrl() const {
    QUrl url;
    url.setScheme(options.https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(options.address.toString());
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString SandboxPortalPrivate::registrationLink() const {
    return baseUrl().toString() + u"join/" + registrationToken;
}

HttpReply SandboxPortalPrivate::json(int status, const QJsonObject &body) {
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpReply SandboxPortalPrivate::html(int status, const QString &body) {
    HttpReply r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body.toUtf8();
    return r;
}

QString SandboxPortalPrivate::clientOf(const QHttpServerRequest &request) {
    QHostAddress address = request.remoteAddress();
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok));
    return ok ? v4.toString() : address.toString();
}

void SandboxPortalPrivate::handle(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QString path = request.url().path();
    if (path.startsWith(u"/rest/") || path == u"/rest")
        handleRest(request, socket, path);
    else if (path.startsWith(u"/sandbox/"))
        handleControl(request, socket, path);
    else if (path == u"/oauth/authorize/" || path == u"/oauth/authorize")
        handleOAuthAuthorize(request, socket);
    else if (path == u"/oauth/token/" || path == u"/oauth/token")
        handleOAuthToken(request, socket);
    else if (path.startsWith(u"/join/"))
        handleJoin(request, socket, path.mid(6));
    else
        SandboxHttpServer::send(
            socket, html(404, QStringLiteral("<html><body><h1>404 Not Found</h1></body></html>")));
}

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
    QStringList parts = path.mid(6).split(u'/', Qt::SkipEmptyParts);
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

    QString method = parts.isEmpty() ? QString() : parts.last().toLower();
    if (method.endsWith(u".json"))
        method.chop(5);
    entry.restMethod = method;

    const QByteArray body = request.body();
    if (qint64(body.size()) > options.maxBodyBytes) {
        finish(
            json(413, Envelope::error(
                          QStringLiteral("REQUEST_TOO_LARGE"),
                          QStringLiteral("Request body is larger than %1 bytes").arg(options.maxBodyBytes))));
        return;
    }

    FaultInjector::Fault fault;
    const bool faulty = faults.take(method, &fault);
    if (faulty) {
        if (fault.kind == u"http500") {
            entry.error = QStringLiteral("fault:http500");
            HttpReply r =
                html(500, QStringLiteral("<html><head><title>500 Internal Server Error</title></head><body>"
                                         "<center><h1>500 Internal Server Error</h1></center><hr>"
                                         "<center>nginx</center></body></html>"));
            finish(r, fault.latencyMs);
            return;
        }
        if (fault.kind == u"ratelimit") {
            finish(json(fault.status, Envelope::error(QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                                      QStringLiteral("Too many requests"))),
                   fault.latencyMs);
            return;
        }
        if (fault.kind == u"operating") {
            finish(
                json(429, Envelope::error(QStringLiteral("OPERATION_TIME_LIMIT"),
                                          QStringLiteral("Method is blocked due to operation time limit."))),
                fault.latencyMs);
            return;
        }
        if (fault.kind == u"moved") {
            HttpReply r = html(302, QString());
            QString location = fault.location;
            while (location.endsWith(u'/'))
                location.chop(1);
            QByteArray target = location.toUtf8() + request.url().path(QUrl::FullyEncoded).toUtf8();
            if (request.url().hasQuery())
                target += '?' + request.url().query(QUrl::FullyEncoded).toUtf8();
            r.headers.append({"Location", target});
            finish(r);
            return;
        }
    }

    // PHP's max_input_vars, before anything is parsed: 30 000 `a[]=` would otherwise take seconds.
    const QByteArray contentType = request.value("Content-Type");
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toUtf8();
    const qsizetype variables =
        RequestParser::inputVariables(QByteArray(), query) + RequestParser::inputVariables(contentType, body);
    if (variables > RequestParser::MaxInputVariables) {
        finish(json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("ERROR_ARGUMENT")},
                                     {QStringLiteral("error_description"),
                                      QStringLiteral("Too many input variables: %1 (at most %2, PHP's "
                                                     "max_input_vars)")
                                          .arg(variables)
                                          .arg(RequestParser::MaxInputVariables)},
                                     {QStringLiteral("argument"), QStringLiteral("body")}}));
        return;
    }

    if (options.rateLimit && !limiter.admit(entry.client, options.ratePerSecond, options.burst,
                                            (clock ? clock : &SandboxClock::system())->nowMs())) {
        finish(json(503, Envelope::error(QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                         QStringLiteral("Too many requests"))));
        return;
    }

    // $_REQUEST: query first, then the body (body wins).
    RestCall call;
    call.method = method;
    call.params = RequestParser::parseQuery(query);
    QString parseError;
    if (!RequestParser::parseBody(contentType, body, &call.params, &parseError)) {
        finish(json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("ERROR_ARGUMENT")},
                                     {QStringLiteral("error_description"), parseError},
                                     {QStringLiteral("argument"), QStringLiteral("body")}}));
        return;
    }
    if (method == u"batch") {
        // More than 50 commands: refused before any runs, and before their order is worked out.
        const QJsonValue cmd = call.params.value(QStringLiteral("cmd"));
        const qsizetype commands =
            cmd.isArray() ? cmd.toArray().size() : (cmd.isObject() ? cmd.toObject().size() : 0);
        if (commands > RestMethods::MaxBatchCommands) {
            finish(json(400, Envelope::error(QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"),
                                             QStringLiteral("Max batch length exceeded"))));
            return;
        }
        const bool jsonBody = contentType.toLower().contains("json") && !body.trimmed().isEmpty();
        call.cmdOrder =
            RequestParser::cmdKeyOrder(jsonBody ? body : (body.isEmpty() ? query : body), jsonBody);
        if (call.cmdOrder.isEmpty() && !jsonBody)
            call.cmdOrder = RequestParser::cmdKeyOrder(query, false);
    }
    QString token = RequestParser::phpString(call.params.value(QStringLiteral("auth")));
    if (token.isEmpty())
        token = RequestParser::phpString(call.params.value(QStringLiteral("access_token")));
    if (token.isEmpty())
        token = bearerToken(request);
    call.params.remove(QStringLiteral("auth"));
    call.params.remove(QStringLiteral("access_token"));
    entry.params = call.params;

    if (parts.size() >= 3) {
        bool ok = false;
        const int uid = parts.at(0).toInt(&ok);
        if (!ok || auth.checkWebhook(uid, parts.at(1), &call.caller) != SandboxAuth::Status::Ok) {
            finish(json(401, Envelope::error(QStringLiteral("INVALID_CREDENTIALS"),
                                             QStringLiteral("Invalid request credentials"))));
            return;
        }
        entry.auth = call.caller.credentialKey; // webhook:<uid>, or webhook:<uid>:limited
    } else if (parts.size() == 1) {
        if (token.isEmpty()) {
            finish(json(401, Envelope::error(QStringLiteral("NO_AUTH_FOUND"),
                                             QStringLiteral("Wrong authorization data"))));
            return;
        }
        const SandboxAuth::Status status = auth.checkToken(token, &call.caller);
        if (status == SandboxAuth::Status::ExpiredToken) {
            finish(json(401, Envelope::error(QStringLiteral("expired_token"),
                                             QStringLiteral("The access token provided has expired"))));
            return;
        }
        if (status != SandboxAuth::Status::Ok) {
            finish(json(401, Envelope::error(QStringLiteral("invalid_token"),
                                             QStringLiteral("Token expired or invalid"))));
            return;
        }
        entry.auth = u"oauth:" + QString::number(call.caller.userId);
    } else {
        finish(json(404, Envelope::error(QStringLiteral("ERROR_METHOD_NOT_FOUND"),
                                         QStringLiteral("Method not found!"))));
        return;
    }

    if (faulty && fault.before && breakBeforeMethod(fault, socket, &entry))
        return;

    QJsonObject time;
    const RestOutcome outcome = methods.invoke(call, &time);
    HttpReply reply = outcome.isError ? json(outcome.status, Envelope::error(outcome))
                                      : json(200, Envelope::success(outcome, time));
    if (faulty && fault.kind == u"drop") {
        entry.status = 0;
        entry.error = QStringLiteral("fault:drop");
        journal.record(entry);
        SandboxHttpServer::drop(socket, fault.latencyMs, clock);
        return;
    }
    if (faulty && fault.kind == u"stall") {
        // Accepted, maybe done, never answered: the socket stays open until the client gives up.
        entry.status = 0;
        entry.error = QStringLiteral("fault:stall");
        journal.record(entry);
        return;
    }
    if (faulty && fault.kind == u"malformed") {
        reply.body = reply.body.left(reply.body.size() / 2) +
                     "<br />\n<b>Fatal error</b>: Allowed memory size exhausted";
        reply.status = 200;
        finish(reply, fault.latencyMs);
        return;
    }
    if (faulty && fault.kind == u"truncate") {
        finish(reply, fault.latencyMs, SandboxHttpServer::Delivery::Truncated);
        return;
    }
    finish(reply, faulty ? fault.latencyMs : 0);
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

bool SandboxPortalPrivate::loadTlsConfiguration(QSslConfiguration *configuration, QString *error) {
    initSandboxTlsResource();
    QByteArray certPem = options.tlsCertificatePem;
    QByteArray keyPem = options.tlsKeyPem;
    if (certPem.isEmpty() || keyPem.isEmpty()) {
        QFile certFile(QStringLiteral(":/sandbox/tls/cert.pem"));
        QFile keyFile(QStringLiteral(":/sandbox/tls/key.pem"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the sandbox's test certificate is missing from the resources");
            return false;
        }
        certPem = certFile.readAll();
        keyPem = keyFile.readAll();
    }
    const QSslCertificate cert(certPem, QSsl::Pem);
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("the sandbox's test certificate or key cannot be read (no TLS backend?)");
        return false;
    }
    *configuration = QSslConfiguration::defaultConfiguration();
    configuration->setLocalCertificate(cert);
    configuration->setPrivateKey(key);
    configuration->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    certificate = cert;
    return true;
}

SandboxPortal::SandboxPortal(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxPortalPrivate>(options)) {}

SandboxPortal::~SandboxPortal() = default;

bool SandboxPortal::start(QString *errorMessage) {
    stop();
    d->resetState();
    d->server = std::make_unique<SandboxHttpServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { d->handle(request, socket); });
    d->certificate = QSslCertificate();
    // Read at every decision, so that /sandbox/settings changes apply to open connections too.
    const ConnectionGuard::LimitsSource limits = [this] {
        return ConnectionGuard::Limits{d->options.maxBodyBytes, int(d->options.idleTimeoutSeconds * 1000)};
    };
    QTcpServer *tcp = nullptr;
    if (d->options.https) {
        // QSslServer hands over sockets once the handshake is done; bind() takes either kind.
        QSslConfiguration tls;
        QString tlsError;
        if (!QSslSocket::supportsSsl() || !d->loadTlsConfiguration(&tls, &tlsError)) {
            if (errorMessage)
                *errorMessage = tlsError.isEmpty() ? QStringLiteral("TLS is not available") : tlsError;
            d->server.reset();
            return false;
        }
        auto *ssl = new GuardedServer<QSslServer>(limits, d->server.get());
        ssl->setSslConfiguration(tls);
        tcp = ssl;
    } else {
        tcp = new GuardedServer<QTcpServer>(limits, d->server.get());
    }
    if (!tcp->listen(d->options.address, d->options.port)) {
        if (errorMessage)
            *errorMessage = tcp->errorString();
        d->server.reset();
        return false;
    }
    d->server->bind(tcp);
    d->port = tcp->serverPort();
    qCInfo(lcSandbox) << "sandbox portal listening on port" << d->port << "with" << d->options.users
                      << "users" << (d->options.https ? "(https, throw-away test certificate)" : "(http)");
    return true;
}

void SandboxPortal::stop() {
    d->server.reset();
    d->port = 0;
}

bool SandboxPortal::isListening() const {
    return d->server && d->port != 0;
}

quint16 SandboxPortal::port() const {
    return d->port;
}

QUrl SandboxPortal::baseUrl() const {
    return d->baseUrl();
}

QUrl SandboxPortal::adminWebhookUrl() const {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/rest/%1/%2/").arg(d->auth.adminUserId()).arg(d->auth.adminSecret()));
    return url;
}

QUrl SandboxPortal::employeeWebhookUrl() const {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/rest/%1/%2/").arg(d->auth.employeeUserId()).arg(d->auth.employeeSecret()));
    return url;
}

QUrl SandboxPortal::limitedWebhookUrl() const {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/rest/%1/%2/").arg(d->auth.adminUserId()).arg(d->auth.limitedSecret()));
    return url;
}

QString SandboxPortal::controlToken() const {
    return d->controlToken;
}

QSslCertificate SandboxPortal::certificate() const {
    return d->certificate;
}

QString SandboxPortal::oauthClientId() const {
    return d->auth.clientId();
}

QString SandboxPortal::oauthClientSecret() const {
    return d->auth.clientSecret();
}

QUrl SandboxPortal::oauthServerUrl() const {
    return baseUrl();
}

void SandboxPortal::setClock(const SandboxClock *clock) {
    d->clock = clock;
}

const SandboxOptions &SandboxPortal::options() const {
    return d->options;
}
