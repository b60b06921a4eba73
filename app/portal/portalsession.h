#pragma once

#include "portal/certificatepin.h"
#include "portal/leakybucket.h"
#include "portal/portalcall.h"
#include "portal/portalcredentials.h"
#include "portal/sessionrequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class BatchBuilder;
class PortalBatchJob;
class IdentifyJob;
class ListEnumeration;
class EmailLookupJob;
class TokenRefresher;

// Figures a session keeps for diagnostics and benchmarks.
struct SessionStats {
    int requestsSent = 0;     // HTTP requests that left (retries and redirects included)
    int rateLimitAnswers = 0; // 503/429 QUERY_LIMIT_EXCEEDED received
    int retries = 0;
    int tokenRefreshes = 0;
    qint64 throttleWaitMs = 0; // time requests were held back by the client-side bucket
};

// One connection to one portal: owns the QNetworkAccessManager, the credential (webhook or OAuth
// with single-flight refresh) and the leaky-bucket throttle that every call shares. Calls are
// asynchronous jobs; nothing here blocks or spins an event loop. See app/portal/README.md.
class PortalSession : public QObject {
    Q_OBJECT
public:
    explicit PortalSession(const PortalCredentials &credentials, QObject *parent = nullptr);
    ~PortalSession() override;

    const PortalCredentials &credentials() const { return m_credentials; }
    QString host() const { return m_credentials.host(); }

    void setThrottle(ThrottleLimits limits) { m_bucket.setLimits(limits); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Silence: a request fails when no byte moved for this long (Qt's transfer timeout).
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    // Total: a request fails when its answer is not complete this long after it left, however
    // steadily bytes trickle in (a drip of one byte every few seconds never trips the silence
    // timeout). Reads are repeated per the retry policy like any timeout; writes are looked up.
    static constexpr int DefaultRequestDeadlineMs = 120'000;
    void setRequestDeadline(int ms) { m_requestDeadlineMs = qMax(1, ms); }
    // Size: InviteDesk stops reading an answer larger than this (an announced Content-Length is
    // refused before any body byte is read). The largest real answer is a 50-command batch of
    // 50-row user.get pages, 2 500 users at a few KB each: well under 10 MB.
    static constexpr qint64 DefaultMaxAnswerBytes = 32 * 1024 * 1024;
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = qMax<qint64>(1, bytes); }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    // Extra trusted CAs (a self-hosted portal's private CA, the sandbox's test certificate). The
    // system store still applies; certificate errors are never ignored.
    void addCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa += certificates; }
    // The certificate the user trusts for this portal's host (see CertificatePin); null: none.
    void setPinnedCertificate(const QSslCertificate &certificate);
    QSslCertificate pinnedCertificate() const { return m_pin.certificate(); }
    const SessionStats &stats() const { return m_stats; }

    // One REST method. `idempotent` defaults to RestQuery::isReadMethod(method).
    PortalCall *call(const QString &method, const QJsonObject &params = {});
    PortalCall *call(const QString &method, const QJsonObject &params, bool idempotent);
    // A prepared JSON body (used by batch, whose command order must survive).
    PortalCall *callWithBody(const QString &method, const QByteArray &jsonBody, bool idempotent);

    PortalBatchJob *batch(const BatchBuilder &builder);
    IdentifyJob *connectAndIdentify();
    ListEnumeration *enumerateUsers(const QJsonObject &filter = {}, const QStringList &select = {});
    ListEnumeration *enumerateDepartments();
    EmailLookupJob *findUsersByEmail(const QStringList &emails);

    // The user confirmed a move that moveProposed() reported: later calls go to `newPortalUrl`
    // (scheme://host[:port]/; https, or http on loopback). Emits portalMoved(). False when the
    // address is not acceptable.
    bool acceptMove(const QUrl &newPortalUrl);

Q_SIGNALS:
    // The portal redirected a call to another origin (a domain change, spec §2.4). The call failed
    // with Kind::Moved and nothing was sent there: ask the user, then acceptMove().
    void moveProposed(const QUrl &newPortalUrl);
    // The credential now points at a new address (after acceptMove()). Persist it.
    void portalMoved(const QUrl &newPortalUrl);
    // A refresh rotated the token pair: store the new pair (write new before dropping the old).
    void tokensChanged(const OAuthTokens &tokens);
    // The refresh token is no longer accepted (invalid_grant): the user must sign in again.
    void signInRequired(const PortalError &error);

private:
    void enqueue(SessionRequest request, bool front = false);
    void schedule();
    void send(SessionRequest request);
    void onReply(SessionRequest request, QNetworkReply *reply);
    // An error envelope: retried when the portal's limits or a refreshed token allow it, else failed.
    void onPortalError(SessionRequest request, PortalError error);
    void retryLater(SessionRequest request, int delayMs);
    bool handleRedirect(SessionRequest &request, QNetworkReply *reply);
    void watchBounds(QNetworkReply *reply);
    PortalError boundError(const QString &code) const;
    void handleAuthExpired(SessionRequest request);
    void fail(SessionRequest &request, PortalError error);
    QByteArray bodyWithAuth(const QByteArray &body) const;
    PortalError networkError(QNetworkReply *reply) const;
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    PortalCredentials m_credentials;
    QNetworkAccessManager *m_network = nullptr;
    TokenRefresher *m_refresher = nullptr;
    LeakyBucket m_bucket;
    RetryPolicy m_policy;
    QList<SessionRequest> m_queue;
    QTimer m_throttleTimer;
    QElapsedTimer m_heldBack;
    QList<QSslCertificate> m_extraCa;
    CertificatePin m_pin;
    QSslCertificate m_lastUntrusted;           // shown by the last refused handshake, if only untrusted
    QHash<QString, qint64> m_operatingResetAt; // method -> Unix time, from replies
    SessionStats m_stats;
    int m_inFlight = 0;
    int m_maxInFlight = 4;
    int m_transferTimeoutMs = 60'000;
    int m_requestDeadlineMs = DefaultRequestDeadlineMs;
    qint64 m_maxAnswerBytes = DefaultMaxAnswerBytes;
    bool m_signInRequired = false;
};
