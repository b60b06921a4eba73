#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestjournal.h"
#include "sandbox/restmethods.h"
#include "sandbox/sandboxauth.h"
#include "sandbox/sandboxdirectory.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxportal.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

// The parts of SandboxPortal: directory, limits, credentials, faults, journal, methods, and the
// HTTP routing over them (REST in sandboxportal.cpp, /sandbox/ in controlendpoints.cpp,
// /oauth/ and /join/ in oauthendpoints.cpp).
class SandboxPortalPrivate {
public:
    explicit SandboxPortalPrivate(const SandboxOptions &options);

    void resetState(); // the demo company and every counter as after start()
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleRest(const QHttpServerRequest &request, QTcpSocket *socket, const QString &path);
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket, const QString &path);
    void handleOAuthAuthorize(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleOAuthToken(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleJoin(const QHttpServerRequest &request, QTcpSocket *socket, const QString &token);

    // The parts of handleRest, in the order a request meets them; each gives the refusal to send, if any.
    using Finish = std::function<void(const HttpReply &, int delayMs, SandboxHttpServer::Delivery)>;
    std::optional<HttpReply> refuseLargeBody(const QHttpServerRequest &request) const;
    // http500, ratelimit, operating and moved answer before the request is read.
    std::optional<HttpReply> answerEarlyFault(const FaultInjector::Fault &fault,
                                              const QHttpServerRequest &request,
                                              RequestJournal::Entry *entry) const;
    // PHP's input limit, the rate limit, then the parameters and the token of the call.
    std::optional<HttpReply> readCall(const QHttpServerRequest &request, const QString &client,
                                      RestCall *call, QString *token);
    std::optional<HttpReply> orderBatchCommands(const QByteArray &contentType, const QByteArray &body,
                                                const QByteArray &query, RestCall *call);
    // A webhook (/rest/<uid>/<secret>/<method>) or a token (/rest/<method>).
    std::optional<HttpReply> authenticate(const QStringList &parts, const QString &token, RestCall *call,
                                          RequestJournal::Entry *entry);
    // After the method ran: drop, stall, malformed or truncate its answer.
    void answerWithFault(const FaultInjector::Fault &fault, HttpReply reply, QTcpSocket *socket,
                         RequestJournal::Entry *entry, const Finish &finish);
    // Applies a `before` fault (drop, malformed, truncate, stall) instead of running the method.
    bool breakBeforeMethod(const FaultInjector::Fault &fault, QTcpSocket *socket,
                           RequestJournal::Entry *entry);
    // The throw-away test certificate and key from sandboxtls.qrc; sets `certificate`.
    bool loadTlsConfiguration(QSslConfiguration *configuration, QString *error);

    QJsonObject settingsJson() const;
    bool applySettings(const QJsonObject &json, QString *error);
    QUrl baseUrl() const;
    QString registrationLink() const;

    static HttpReply json(int status, const QJsonObject &body);
    static HttpReply html(int status, const QString &body);
    static QString clientOf(const QHttpServerRequest &request);
    // The answers of the control endpoints, by path and HTTP method.
    HttpReply controlAnswer(const QString &path, QHttpServerRequest::Method method, const QJsonObject &body);
    static HttpReply controlError(int status, const QString &code, const QString &text);
    HttpReply acceptInvitation(const QJsonObject &body); // a pending user accepts the invitation
    HttpReply updateUser(const QJsonObject &body);
    HttpReply addRegisteredUser(const QJsonObject &body);
    QJsonObject registrationJson() const;
    HttpReply changeRegistration(const QJsonObject &body);
    // Why a control request is refused (the token, the Host, the content type), or nothing.
    std::optional<HttpReply> refuseControl(const QHttpServerRequest &request) const;

    SandboxOptions options;
    SandboxDirectory directory;
    RateLimiter limiter;
    SandboxAuth auth;
    FaultInjector faults;
    RequestJournal journal;
    RestMethods methods;
    std::unique_ptr<SandboxHttpServer> server;
    quint16 port = 0;
    QSslCertificate certificate; // null unless serving https
    QString registrationToken;
    const QString controlToken; // per run, from the system's random source; survives /sandbox/reset
    bool registrationModerated = false;
    QStringList trustedDomains;
    const SandboxClock *clock = nullptr; // null: the system clock
};
