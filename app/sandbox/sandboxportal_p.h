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
