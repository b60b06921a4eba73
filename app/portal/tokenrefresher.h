#pragma once

#include "portal/portalcredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

// Talks to the OAuth server's /oauth/token/ endpoint. Bitrix24 wants a GET with the parameters in
// the query (spec §1.2), which QOAuth2AuthorizationCodeFlow cannot send (it always POSTs and its
// requestAccessToken() is not virtual), so the exchange and the refresh are done here.
// Single flight: while a refresh runs, further refresh() calls join it.
class TokenRefresher : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<OAuthTokens> &)>;

    TokenRefresher(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    // The same bounds as every portal call (PortalSession): a total deadline per request and a cap
    // on the answer. A token answer is well under 4 KB; 1 MiB is generous.
    void setRequestDeadline(int ms) { m_deadlineMs = qMax(1, ms); }
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = qMax<qint64>(1, bytes); }
    bool isRefreshing() const { return m_refreshing; }

    void refresh(const OAuthClient &client, const OAuthTokens &current, Done done);
    void exchangeCode(const OAuthClient &client, const QString &code, Done done);

    // The token endpoint for a client: the configured server, or the region server named in the
    // last token answer (`domain`) when the configured one is the public default.
    static QUrl tokenEndpoint(const OAuthClient &client, const OAuthTokens &last = {});

private:
    void request(const QUrl &url, Done done);

    QPointer<QNetworkAccessManager> m_network;
    QList<Done> m_waiting;
    bool m_refreshing = false;
    int m_timeoutMs = 30'000;
    int m_deadlineMs = 60'000;
    qint64 m_maxAnswerBytes = 1024 * 1024;
};
