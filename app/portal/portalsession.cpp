#include "portal/portalsession.h"

#include "common/appinfo.h"
#include "common/logging.h"
#include "portal/redaction.h"
#include "portal/restquery.h"
#include "portal/tokenrefresher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
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
// Set on a reply that InviteDesk itself ended (a bound was hit): the code of the PortalError.
constexpr char kBoundProperty[] = "invitedesk_bound";
// The certificate of a refused handshake that only lacked a trusted authority (see onSslErrors).
constexpr char kUntrustedProperty[] = "invitedesk_untrusted_certificate";
const QString kAnswerTooLarge = u"ANSWER_TOO_LARGE"_s;
const QString kRequestDeadline = u"REQUEST_DEADLINE"_s;

int defaultPort(const QUrl &url) {
    return url.port(url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80);
}

// RFC 6454: same scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

// scheme://host[:port]/ of a URL: what a move proposal shows and stores (never a path, which may
// carry a webhook secret).
QUrl originOf(const QUrl &url) {
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host());
    origin.setPort(url.port(-1));
    origin.setPath(u"/"_s);
    return origin;
}
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
    if (request.target.isValid())
        url = request.target; // a same-origin 307/308 (checked in handleRedirect)
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
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    watchBounds(reply);
    qCDebug(lcPortal) << "->" << request.method << "at" << m_credentials.host();
    connect(reply, &QNetworkReply::finished, this,
            [this, request = std::move(request), reply]() mutable { onReply(std::move(request), reply); });
}

void PortalSession::watchBounds(QNetworkReply *reply) {
    const auto stop = [reply](const QString &code) {
        if (reply->property(kBoundProperty).isValid())
            return;
        // Also when the last bytes already arrived (loopback can deliver it all at once): onReply()
        // reads the property either way.
        reply->setProperty(kBoundProperty, code);
        if (!reply->isFinished())
            reply->abort(); // emits finished()
    };
    const qint64 maxBytes = m_maxAnswerBytes;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, stop] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            stop(kAnswerTooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [maxBytes, stop](qint64 received, qint64) {
        if (received > maxBytes)
            stop(kAnswerTooLarge);
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [stop] { stop(kRequestDeadline); });
    deadline->start(m_requestDeadlineMs);
}

PortalError PortalSession::boundError(const QString &code) const {
    PortalError error;
    if (code == kRequestDeadline) {
        error = PortalError(PortalError::Kind::Timeout, code);
        error.setDetail(tr("%n second(s)", nullptr, qMax(1, m_requestDeadlineMs / 1000)));
    } else {
        error = PortalError(PortalError::Kind::ProtocolViolation, code);
        error.setDetail(QLocale().formattedDataSize(m_maxAnswerBytes));
    }
    error.setOutcomeUnknown(true); // the request had left: a write may have run
    return error;
}

void PortalSession::setPinnedCertificate(const QSslCertificate &certificate) {
    m_pin = CertificatePin(m_credentials.host(), certificate);
}

// A certificate no trusted authority vouches for: let it through only if it is the pinned one;
// otherwise remember it, so that the error can show it and offer to pin it.
void PortalSession::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors) {
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    const QString host = reply->url().port() > 0
                             ? u"%1:%2"_s.arg(reply->url().host()).arg(reply->url().port())
                             : reply->url().host();
    if (m_pin.accepts(host, peer, errors)) {
        m_lastUntrusted = QSslCertificate();
        reply->ignoreSslErrors(errors);
        return;
    }
    // Requests queued on the same connection fail with the handshake but get no sslErrors() of their
    // own: they name the certificate the last refused handshake showed.
    m_lastUntrusted = CertificatePin::onlyUntrusted(errors) ? peer : QSslCertificate();
    if (!m_lastUntrusted.isNull())
        reply->setProperty(kUntrustedProperty, QVariant::fromValue(peer));
    qCInfo(lcPortal) << "certificate of" << host << "refused:" << errors.size()
                     << "problem(s), first:" << (errors.isEmpty() ? QString() : errors.first().errorString());
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
    QVariant untrusted = reply->property(kUntrustedProperty);
    if (!untrusted.isValid() && reply->error() == QNetworkReply::SslHandshakeFailedError &&
        !m_lastUntrusted.isNull())
        untrusted = QVariant::fromValue(m_lastUntrusted);
    PortalError error(
        kind, kind == Kind::Tls && untrusted.isValid() ? PortalError::untrustedCertificateCode() : QString(),
        {}, 0);
    if (error.code() == PortalError::untrustedCertificateCode())
        error.setUntrustedCertificate(untrusted.value<QSslCertificate>());
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

    if (const QVariant bound = reply->property(kBoundProperty); bound.isValid()) {
        const PortalError error = boundError(bound.toString());
        qCInfo(lcPortal) << request.method << "stopped by InviteDesk's bounds:" << error.logText();
        if (error.kind() == PortalError::Kind::Timeout && request.idempotent &&
            request.readRetries < m_policy.maxReadRetries) {
            retryLater(std::move(request), m_policy.backoffMs(request.readRetries++));
            return;
        }
        fail(request, error);
        return;
    }

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
    onPortalError(std::move(request), result.error());
}

void PortalSession::onPortalError(SessionRequest request, PortalError error) {
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

// Redirects (spec §2.4). A call carries the webhook secret in its path, an OAuth token and
// invitee data in its body, so it never follows a redirect to another origin: the call fails with
// Kind::Moved, moveProposed() asks the user, and only acceptMove() points the session elsewhere.
// Within the same origin, 307 and 308 are followed (HTTP keeps method and body for them); 301, 302
// and 303 are not, because HTTP lets them turn the POST into a GET without its parameters, which
// would be a different call (an expired-licence page on the same host is the usual case).
// Non-http(s) targets, plain http off loopback and more than kMaxRedirects hops are refused.
bool PortalSession::handleRedirect(SessionRequest &request, QNetworkReply *reply) {
    constexpr int kMaxRedirects = 3;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The raw header: QNetworkRequest::LocationHeader drops a relative reference (RFC 7231 allows it).
    const QByteArray rawLocation = reply->rawHeader("Location").trimmed();
    const QUrl location =
        rawLocation.isEmpty() ? QUrl() : reply->url().resolved(QUrl::fromEncoded(rawLocation));
    const auto refuse = [&](PortalError::Kind kind, const QString &code, const QString &detail) {
        PortalError error(kind, code, {}, status);
        error.setDetail(detail);
        fail(request, error);
        return true;
    };
    if (!location.isValid() || location.host().isEmpty()) {
        const QString scheme = location.scheme().toLower();
        if (location.isValid() && !scheme.isEmpty() && scheme != u"http" && scheme != u"https")
            return refuse(PortalError::Kind::Server, u"REDIRECT_SCHEME_REFUSED"_s, scheme + u':');
        return false; // no usable Location: the body decides (usually a malformed answer)
    }
    const QString scheme = location.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return refuse(PortalError::Kind::Server, u"REDIRECT_SCHEME_REFUSED"_s, scheme + u':');
    if (scheme != u"https" && !PortalCredentials::isLoopbackHost(location.host()))
        return refuse(PortalError::Kind::Tls, u"REDIRECT_NOT_HTTPS"_s, Redaction::url(originOf(location)));
    if (!sameOrigin(location, reply->url())) {
        const QUrl proposed = originOf(location);
        qCInfo(lcPortal) << "portal at" << m_credentials.host() << "redirects to another origin,"
                         << proposed.toString() << "- not followed, asking the user";
        PortalError error(PortalError::Kind::Moved, u"PORTAL_MOVED"_s, {}, status);
        error.setDetail(proposed.toString());
        fail(request, error);
        Q_EMIT moveProposed(proposed);
        return true;
    }
    if ((status != 307 && status != 308) || request.redirects >= kMaxRedirects) {
        // e.g. an expired-licence page on the same host: an error, never a loop (spec §2.4).
        return refuse(PortalError::Kind::Server, u"REDIRECT_SAME_HOST"_s, Redaction::url(location));
    }
    ++request.redirects;
    request.target = location;
    enqueue(std::move(request), true); // same origin, same method, same body
    return true;
}

bool PortalSession::acceptMove(const QUrl &newPortalUrl) {
    const QString scheme = newPortalUrl.scheme().toLower();
    if (!newPortalUrl.isValid() || newPortalUrl.host().isEmpty() ||
        (scheme != u"https" &&
         !(scheme == u"http" && PortalCredentials::isLoopbackHost(newPortalUrl.host()))))
        return false;
    const QUrl moved = originOf(newPortalUrl);
    qCInfo(lcPortal) << "portal moved from" << m_credentials.host() << "to" << moved.toString()
                     << "(confirmed)";
    m_credentials.moveTo(moved);
    Q_EMIT portalMoved(moved);
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
    m_refresher->setRequestDeadline(m_requestDeadlineMs);
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
