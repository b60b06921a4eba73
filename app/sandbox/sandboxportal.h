#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

// Options of the built-in simulated Bitrix24 portal. Every field can also be changed at run time
// through POST /sandbox/settings (same names, JSON).
struct SandboxOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                   // 0: any free port
    int users = 300;                    // demo company size, up to 100 000 (more is allowed for benchmarks)
    quint32 seed = 1;                   // the demo company is a pure function of (users, seed)
    bool rateLimit = true;              // leaky bucket per client address
    double ratePerSecond = 2;           // drain rate (Enterprise: 5)
    int burst = 50;                     // bucket size (Enterprise: 250)
    double operatingLimitSeconds = 480; // per (credential, method) over a sliding 10 minutes
    bool everyoneMayInvite = false;     // portal setting: may employees invite?
    int userLimit = 0;                  // plan's user limit, 0 = unlimited
    bool userAddErrorCore = false;      // user.add argument errors as ERROR_CORE instead of ERROR_ARGUMENT
    int accessTokenLifetimeSeconds = 3600;
    // Lifetime of access tokens issued by a refresh_token grant; -1: accessTokenLifetimeSeconds.
    // 0 issues tokens that are already expired (to test "expired again right after a refresh").
    int refreshedTokenLifetimeSeconds = -1;
    qint64 maxBodyBytes = 8 * 1024 * 1024; // larger bodies get 413, as soon as that is known
    // A connection with no request in progress and no answer owed is closed after this long (nginx's
    // keepalive_timeout, as in front of a real portal).
    double idleTimeoutSeconds = 75;
    bool https = false; // TLS with the throw-away test certificate (SandboxPortal::certificate())
    // With https: serve this certificate and key (PEM; RSA or EC) instead of the built-in test one,
    // e.g. a self-signed certificate a test generated.
    QByteArray tlsCertificatePem;
    QByteArray tlsKeyPem;
    // The limited webhook's user scope: "user_brief" or "user_basic" (spec §6.6).
    QString limitedScope = QStringLiteral("user_brief");
    // insufficient_scope of user.add/user.update as 200 {"result":{"error":…}} (the UNVERIFIED
    // variant of spec §6.6) instead of a top-level 403.
    bool scopeErrorInResult = false;
    // Fault switch: a user.get/user.search filter on TIMESTAMP_X finds nobody (what a portal does with a
    // date it cannot parse, spec §6.5), while every other filter works.
    bool timestampFilterEmpty = false;
};

class SandboxClock;
class SandboxPortalPrivate;

// A faithful, self-contained Bitrix24-like portal on loopback (QtHttpServer). See DESIGN.md,
// spec §9 and app/sandbox/README.md. Lives in the thread that creates it; never blocks it.
class SandboxPortal : public QObject {
    Q_OBJECT
public:
    explicit SandboxPortal(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxPortal() override;

    // Generates the demo company and starts listening. Returns false with a reason on failure.
    bool start(QString *errorMessage = nullptr);
    void stop();
    bool isListening() const;

    quint16 port() const;
    QUrl baseUrl() const;            // http://127.0.0.1:<port>/ (https:// when options().https)
    QUrl adminWebhookUrl() const;    // http://127.0.0.1:<port>/rest/1/<secret>/   (portal administrator)
    QUrl employeeWebhookUrl() const; // http://127.0.0.1:<port>/rest/<uid>/<secret>/ (ordinary employee)
    QUrl limitedWebhookUrl() const;  // http://127.0.0.1:<port>/rest/1/<secret>/   (administrator, scopes
                                     // `department` + options().limitedScope only)
    QString oauthClientId() const;
    QString oauthClientSecret() const;
    QUrl oauthServerUrl() const; // base of /oauth/token/ and /oauth/authorize/ (here: baseUrl())
    // The self-signed throw-away test certificate served when options().https is on (null
    // otherwise); a test adds it to a request's CA list to trust the sandbox.
    QSslCertificate certificate() const;
    // The control endpoints (/sandbox/...) answer only requests that carry this per-run random token
    // in the ControlTokenHeader header, name a loopback Host and, with a body, a JSON content type:
    // a web page in a browser on the same computer can do none of that. invitedesk-sandbox prints it.
    QString controlToken() const;
    static constexpr char ControlTokenHeader[] = "X-Sandbox-Control-Token";

    const SandboxOptions &options() const;
    // The clock injected latency and delayed faults are measured by (tests move time themselves);
    // null: the system clock. Not owned; it must outlive its use here.
    void setClock(const SandboxClock *clock);

private:
    std::unique_ptr<SandboxPortalPrivate> d;
};
