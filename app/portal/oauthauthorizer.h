#pragma once

#include "portal/portalcredentials.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class TokenRefresher;

// Signs in with OAuth 2.0 (spec §1.2): the system browser opens the portal's /oauth/authorize/,
// the portal redirects to a loopback listener, the code is exchanged for a token pair.
// QOAuth2AuthorizationCodeFlow builds the authorization URL and the state, and
// QOAuthHttpServerReplyHandler runs the loopback listener; the exchange itself is a GET done by
// TokenRefresher because Bitrix24 does not accept the POST the flow would send.
// No widgets here: the UI connects openBrowser() to QDesktopServices::openUrl.
class OAuthAuthorizer : public QObject {
    Q_OBJECT
public:
    OAuthAuthorizer(const QUrl &portalUrl, const OAuthClient &client, QObject *parent = nullptr);
    ~OAuthAuthorizer() override;

    // Starts listening on 127.0.0.1 (port 0 = any) and asks for the browser. Returns false with
    // openBrowser() not emitted if the listener cannot start.
    bool start(quint16 port = 0);
    void cancel();
    quint16 callbackPort() const;

Q_SIGNALS:
    void openBrowser(const QUrl &authorizationUrl);
    // Ends exactly once: credentials ready for a PortalSession, or an error.
    void succeeded(const PortalCredentials &credentials);
    void failed(const PortalError &error);

private:
    void onCallback(const QVariantMap &values);
    void fail(const PortalError &error);

    QUrl m_portalUrl;
    OAuthClient m_client;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    TokenRefresher *m_refresher = nullptr;
    bool m_done = false;
};
