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
