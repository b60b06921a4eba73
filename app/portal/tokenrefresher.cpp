#include "portal/tokenrefresher.h"

#include "common/appinfo.h"
#include "common/logging.h"
#include "portal/redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

TokenRefresher::TokenRefresher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

QUrl TokenRefresher::tokenEndpoint(const OAuthClient &client, const OAuthTokens &last) {
    QUrl base = client.serverUrl;
    if (base == OAuthClient::defaultServerUrl() && !last.serverDomain.isEmpty() &&
        !last.serverDomain.contains(u'/')) {
        base = QUrl(u"https://"_s + last.serverDomain + u'/');
    }
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + u"oauth/token/"_s);
    return base;
}

void TokenRefresher::refresh(const OAuthClient &client, const OAuthTokens &current, Done done) {
    m_waiting.append(std::move(done));
    if (m_refreshing)
        return; // joins the refresh in flight
    m_refreshing = true;
    QUrl url = tokenEndpoint(client, current);
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    query.addQueryItem(u"client_id"_s, client.clientId);
    query.addQueryItem(u"client_secret"_s, client.clientSecret);
    query.addQueryItem(u"refresh_token"_s, current.refreshToken);
    url.setQuery(query);
    qCInfo(lcPortal) << "refreshing the OAuth token at" << Redaction::url(url);
    request(url, [this](const Result<OAuthTokens> &result) {
        m_refreshing = false;
        const QList<Done> waiting = std::exchange(m_waiting, {});
        for (const Done &callback : waiting)
            callback(result);
    });
}

void TokenRefresher::exchangeCode(const OAuthClient &client, const QString &code, Done done) {
    QUrl url = tokenEndpoint(client);
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    query.addQueryItem(u"client_id"_s, client.clientId);
    query.addQueryItem(u"client_secret"_s, client.clientSecret);
    query.addQueryItem(u"code"_s, code);
    url.setQuery(query);
    qCInfo(lcPortal) << "exchanging the authorization code at" << Redaction::url(url);
    request(url, std::move(done));
}

void TokenRefresher::request(const QUrl &url, Done done) {
    if (!m_network) {
        done(PortalError(PortalError::Kind::Canceled));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    // Bounds: stop reading past the cap, and end the request at the deadline however
    // steadily bytes trickle in.
    const auto stop = [reply](const char *code) {
        if (reply->property("invitedesk_bound").isValid())
            return;
        reply->setProperty("invitedesk_bound", QString::fromLatin1(code));
        if (!reply->isFinished())
            reply->abort();
    };
    const qint64 maxBytes = m_maxAnswerBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [maxBytes, stop](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes)
            stop("ANSWER_TOO_LARGE");
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [stop] { stop("REQUEST_DEADLINE"); });
    deadline->start(m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (const QVariant bound = reply->property("invitedesk_bound"); bound.isValid()) {
            PortalError error(bound.toString() == u"REQUEST_DEADLINE" ? PortalError::Kind::Timeout
                                                                      : PortalError::Kind::ProtocolViolation,
                              bound.toString());
            qCWarning(lcPortal) << "token endpoint stopped:" << error.logText();
            done(error);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
                                 reply->error() == QNetworkReply::TimeoutError;
            const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
            PortalError error(timeout ? PortalError::Kind::Timeout
                              : tls   ? PortalError::Kind::Tls
                                      : PortalError::Kind::Network);
            error.setDetail(Redaction::text(reply->errorString()));
            done(error);
            return;
        }
        Result<OAuthTokens> result = OAuthTokens::fromTokenResponse(status, reply->readAll());
        if (!result)
            qCWarning(lcPortal) << "token endpoint failed:" << result.error().logText();
        done(result);
    });
}
