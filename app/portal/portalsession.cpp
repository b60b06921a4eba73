#include "portal/portalsession.h"

#include "common/appinfo.h"
#include "common/logging.h"
#include "portal/redaction.h"
#include "portal/restquery.h"
#include "portal/tokenrefresher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace {
// A request body that can be read once and never rewound (see PortalSession::send).
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the point of this class
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
} // namespace

PortalSession::PortalSession(const PortalCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_refresher(new TokenRefresher(m_network, this)) {
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_throttleTimer.setSingleShot(true);
    m_throttleTimer.setTimerType(Qt::PreciseTimer); // pacing at 2/s: coarse slack adds up
    connect(&m_throttleTimer, &QTimer::timeout, this, &PortalSession::schedule);
    qCInfo(lcPortal) << "session for" << m_credentials.host()
                     << (m_credentials.method() == PortalCredentials::Method::Webhook ? "(webhook)"
                                                                                      : "(OAuth)");
}

PortalSession::~PortalSession() {
    // Every job ends exactly once, also when the session goes away first.
    const QList<SessionRequest> queued = std::exchange(m_queue, {});
    for (const SessionRequest &request : queued) {
        if (request.call)
            request.call->finish(PortalError(PortalError::Kind::Canceled, u"SESSION_CLOSED"_s));
    }
    const auto calls = findChildren<PortalCall *>(Qt::FindDirectChildrenOnly);
    for (PortalCall *call : calls) {
        if (!call->isFinished())
            call->finish(PortalError(PortalError::Kind::Canceled, u"SESSION_CLOSED"_s));
    }
}

PortalCall *PortalSession::call(const QString &method, const QJsonObject &params) {
    return call(method, params, RestQuery::isReadMethod(method));
}

PortalCall *PortalSession::call(const QString &method, const QJsonObject &params, bool idempotent) {
    return callWithBody(method, QJsonDocument(params).toJson(QJsonDocument::Compact), idempotent);
}

PortalCall *PortalSession::callWithBody(const QString &method, const QByteArray &jsonBody, bool idempotent) {
    auto *job = new PortalCall(method, this);
    SessionRequest request;
    request.call = job;
    request.method = method;
    request.body = jsonBody;
    request.idempotent = idempotent;
    if (m_signInRequired) {
        // Do not fire requests with a credential we know is dead; the caller keeps its work.
        QTimer::singleShot(
            0, job, [job] { job->finish(PortalError(PortalError::Kind::AuthInvalid, u"invalid_grant"_s)); });
        return job;
    }
    enqueue(std::move(request));
    return job;
}

void PortalSession::enqueue(SessionRequest request, bool front) {
    if (front)
        m_queue.prepend(std::move(request));
    else
        m_queue.append(std::move(request));
    // Start from the event loop so the caller can connect to finished() first.
    QTimer::singleShot(0, this, &PortalSession::schedule);
}

void PortalSession::schedule() {
    while (!m_queue.isEmpty() && m_inFlight < m_maxInFlight) {
        if (m_refresher->isRefreshing())
            return; // resumes when the refresh ends
        if (!m_queue.first().call || m_queue.first().call->isFinished()) {
            m_queue.removeFirst(); // aborted while waiting
            continue;
        }
        const qint64 delay = m_bucket.delayMs();
        if (delay > 0) {
            if (!m_heldBack.isValid())
                m_heldBack.start();
            if (!m_throttleTimer.isActive() || m_throttleTimer.remainingTime() > delay)
                m_throttleTimer.start(int(delay));
            return;
        }
        if (m_heldBack.isValid()) {
            m_stats.throttleWaitMs += m_heldBack.elapsed();
            m_heldBack.invalidate();
        }
        send(m_queue.takeFirst());
    }
}

QByteArray PortalSession::bodyWithAuth(const QByteArray &body) const {
    if (m_credentials.method() != PortalCredentials::Method::OAuth)
        return body;
    // Token in the body, not in the URL, so that no proxy or access log records it.
    const QByteArray token =
        QJsonDocument(QJsonArray{m_credentials.tokens().accessToken}).toJson(QJsonDocument::Compact);
    QByteArray withAuth = "{\"auth\":" + token.mid(1, token.size() - 2);
    const QByteArray rest = body.trimmed().mid(1); // after '{'
    if (rest.trimmed() != "}")
        withAuth += ',';
    return withAuth + rest;
}

void PortalSession::send(SessionRequest request) {
    QUrl url = m_credentials.restBase();
    url.setPath(url.path() + request.method);
    QNetworkRequest httpRequest(url);
    httpRequest.setTransferTimeout(m_transferTimeoutMs);
    httpRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    httpRequest.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    httpRequest.setRawHeader("Accept", "application/json");
    httpRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCa);
        httpRequest.setSslConfiguration(tls);
    }
    request.tokenUsed = m_credentials.tokens().accessToken;

    m_bucket.consume();
    ++m_stats.requestsSent;
    ++m_inFlight;
    ++request.call->m_attempts;
    QNetworkReply *reply = nullptr;
    if (request.idempotent) {
        reply = m_network->post(httpRequest, bodyWithAuth(request.body));
    } else {
        // Qt's HTTP stack silently re-sends a request whose connection closed before any answer
        // byte arrived. For user.add that would invite twice. A one-shot, non-rewindable body
        // makes Qt fail such a re-send (ContentReSendError) instead, so we see a lost answer.
        auto *body = new OneShotBody(bodyWithAuth(request.body));
        httpRequest.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        httpRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->post(httpRequest, body);
        body->setParent(reply);
    }
    request.call->m_reply = reply;
    qCDebug(lcPortal) << "->" << request.method << "at" << m_credentials.host();
    connect(reply, &QNetworkReply::finished, this,
            [this, request = std::move(request), reply]() mutable { onReply(std::move(request), reply); });
}

PortalError PortalSession::networkError(QNetworkReply *reply) const {
    using Kind = PortalError::Kind;
    Kind kind = Kind::Network;
    bool sent = true;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TimeoutError:
        kind = Kind::Timeout;
        break;
    case QNetworkReply::ContentReSendError: // Qt wanted to re-send a write after a lost answer
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        kind = Kind::Tls;
        sent = false;
        break;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        sent = false;
        break;
    default:
        break;
    }
    PortalError error(kind, {}, {}, 0);
    error.setDetail(Redaction::text(reply->errorString(), m_credentials.secrets()));
    error.setOutcomeUnknown(sent);
    return error;
}

void PortalSession::onReply(SessionRequest request, QNetworkReply *reply) {
    reply->deleteLater();
    --m_inFlight;
    QTimer::singleShot(0, this, &PortalSession::schedule);
    if (!request.call || request.call->isFinished())
        return;
    request.call->m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        PortalError error = networkError(reply);
        if (error.kind() != PortalError::Kind::Tls && request.idempotent &&
            request.readRetries < m_policy.maxReadRetries) {
            qCInfo(lcPortal) << request.method << "network failure, retrying:" << error.logText();
            retryLater(std::move(request), m_policy.backoffMs(request.readRetries++));
            return;
        }
        fail(request, error);
        return;
    }
    if (status >= 300 && status < 400 && handleRedirect(request, reply))
        return;

    Result<PortalReply> result = PortalParse::envelope(status, reply->readAll());
    if (result) {
        if (result.value().time.operatingResetAt)
            m_operatingResetAt.insert(request.method, *result.value().time.operatingResetAt);
        request.call->finish(std::move(result));
        return;
    }
    PortalError error = result.error();
    using Kind = PortalError::Kind;
    switch (error.kind()) {
    case Kind::RateLimited:
        ++m_stats.rateLimitAnswers;
        m_bucket.markFull();
        // Rejected before it ran: safe to repeat for every method, writes included.
        if (error.code() == u"QUERY_LIMIT_EXCEEDED" &&
            request.rateLimitRetries < m_policy.maxRateLimitRetries) {
            qCInfo(lcPortal) << request.method << "rate limited, backing off";
            retryLater(std::move(request), m_policy.backoffMs(request.rateLimitRetries++));
            return;
        }
        break;
    case Kind::OperationLimit: {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        qint64 resetAt = error.resetAt() ? error.resetAt() : m_operatingResetAt.value(request.method);
        if (resetAt <= now)
            resetAt = now + m_policy.operatingFallbackSeconds;
        error.setResetAt(resetAt);
        if (request.operatingRetries < m_policy.maxOperatingRetries &&
            resetAt - now <= m_policy.maxOperatingWaitSeconds) {
            ++request.operatingRetries;
            qCInfo(lcPortal) << request.method << "blocked by the operating limit for" << (resetAt - now)
                             << "s";
            retryLater(std::move(request), int((resetAt - now) * 1000));
            return;
        }
        break;
    }
    case Kind::AuthExpired:
        if (m_credentials.method() == PortalCredentials::Method::OAuth && !request.refreshedOnce) {
            handleAuthExpired(std::move(request));
            return;
        }
        break;
    case Kind::Server:
    case Kind::MalformedResponse:
        if (request.idempotent && request.readRetries < m_policy.maxReadRetries) {
            qCInfo(lcPortal) << request.method << "bad answer, retrying:" << error.logText();
            retryLater(std::move(request), m_policy.backoffMs(request.readRetries++));
            return;
        }
        error.setOutcomeUnknown(true);
        break;
    default:
        break;
    }
    fail(request, error);
}

void PortalSession::retryLater(SessionRequest request, int delayMs) {
    ++m_stats.retries;
    QTimer::singleShot(delayMs, this, [this, request = std::move(request)]() mutable {
        if (request.call && !request.call->isFinished())
            enqueue(std::move(request), true);
    });
}

bool PortalSession::handleRedirect(SessionRequest &request, QNetworkReply *reply) {
    const QUrl location = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    if (!location.isValid() || location.host().isEmpty())
        return false;
    const QUrl current = m_credentials.restBase();
    const bool sameHost = location.host().compare(current.host(), Qt::CaseInsensitive) == 0 &&
                          location.port(-1) == current.port(-1);
    if (sameHost || request.redirects >= 3) {
        // e.g. an expired-licence page on the same host: an error, never a loop (spec §2.4).
        PortalError error(PortalError::Kind::Server, u"REDIRECT_SAME_HOST"_s, {},
                          reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        error.setDetail(Redaction::url(location));
        fail(request, error);
        return true;
    }
    if (location.scheme() != u"https" && !PortalCredentials::isLoopbackHost(location.host())) {
        PortalError error(PortalError::Kind::Tls, u"REDIRECT_NOT_HTTPS"_s);
        error.setDetail(Redaction::url(location));
        fail(request, error);
        return true;
    }
    QUrl moved;
    moved.setScheme(location.scheme());
    moved.setHost(location.host());
    moved.setPort(location.port(-1));
    moved.setPath(u"/"_s);
    qCInfo(lcPortal) << "portal moved from" << m_credentials.host() << "to" << moved.toString();
    m_credentials.moveTo(moved);
    ++request.redirects;
    Q_EMIT portalMoved(moved);
    enqueue(std::move(request), true); // the same request again: POST stays POST, body kept
    return true;
}

void PortalSession::handleAuthExpired(SessionRequest request) {
    request.refreshedOnce = true;
    const bool alreadyRenewed = request.tokenUsed != m_credentials.tokens().accessToken;
    enqueue(std::move(request), true);
    if (alreadyRenewed || m_refresher->isRefreshing())
        return;
    ++m_stats.tokenRefreshes;
    m_refresher->setTransferTimeout(m_transferTimeoutMs);
    m_refresher->refresh(m_credentials.oauthClient(), m_credentials.tokens(),
                         [this](const Result<OAuthTokens> &result) {
                             if (result) {
                                 OAuthTokens tokens = result.value();
                                 if (tokens.clientEndpoint.isEmpty())
                                     tokens.clientEndpoint = m_credentials.restBase();
                                 m_credentials.setTokens(tokens);
                                 Q_EMIT tokensChanged(tokens);
                                 schedule();
                                 return;
                             }
                             PortalError error = result.error();
                             if (error.kind() == PortalError::Kind::AuthInvalid) {
                                 m_signInRequired = true;
                                 Q_EMIT signInRequired(error);
                             }
                             // Everything waiting on the refresh fails now; callers keep their work.
                             const QList<SessionRequest> queued = std::exchange(m_queue, {});
                             for (SessionRequest waiting : queued)
                                 fail(waiting, error);
                         });
}

void PortalSession::fail(SessionRequest &request, PortalError error) {
    if (!request.call || request.call->isFinished())
        return;
    qCInfo(lcPortal) << request.method
                     << "failed:" << Redaction::text(error.logText(), m_credentials.secrets());
    request.call->finish(std::move(error));
}
