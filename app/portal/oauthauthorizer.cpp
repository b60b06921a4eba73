#include "portal/oauthauthorizer.h"

#include "common/logging.h"
#include "portal/redaction.h"
#include "portal/tokenrefresher.h"

#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

using namespace Qt::StringLiterals;

OAuthAuthorizer::OAuthAuthorizer(const QUrl &portalUrl, const OAuthClient &client, QObject *parent)
    : QObject(parent)
    , m_portalUrl(portalUrl)
    , m_client(client)
    , m_network(new QNetworkAccessManager(this))
    , m_refresher(new TokenRefresher(m_network, this)) {}

OAuthAuthorizer::~OAuthAuthorizer() = default;

quint16 OAuthAuthorizer::callbackPort() const {
    return m_handler ? m_handler->port() : 0;
}

bool OAuthAuthorizer::start(quint16 port) {
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, port, this);
    if (!m_handler->isListening()) {
        fail(PortalError(PortalError::Kind::Network, u"LOOPBACK_LISTEN_FAILED"_s));
        return false;
    }
    m_handler->setCallbackText(tr("InviteDesk received the sign-in. You can close this window."));
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    QUrl authorize = m_portalUrl;
    authorize.setPath(u"/oauth/authorize/"_s);
    m_flow->setAuthorizationUrl(authorize);
    m_flow->setAccessTokenUrl(TokenRefresher::tokenEndpoint(m_client));
    m_flow->setClientIdentifier(m_client.clientId);
    m_flow->setReplyHandler(m_handler);
    // The flow would exchange the code with a POST; Bitrix24 wants a GET (spec §1.2). Take the
    // callback away from the flow and handle it here.
    disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow, nullptr);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthAuthorizer::onCallback);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthAuthorizer::openBrowser);
    qCInfo(lcPortal) << "OAuth sign-in for" << m_portalUrl.host() << "listening on port" << m_handler->port();
    m_flow->grant();
    return true;
}

void OAuthAuthorizer::cancel() {
    fail(PortalError(PortalError::Kind::Canceled, u"CANCELED"_s));
}

void OAuthAuthorizer::onCallback(const QVariantMap &values) {
    if (m_done)
        return;
    if (values.contains(u"error"_s)) {
        fail(PortalError::fromPortal(0, values.value(u"error"_s).toString(),
                                     values.value(u"error_description"_s).toString()));
        return;
    }
    if (values.value(u"state"_s).toString() != m_flow->state()) {
        fail(PortalError(PortalError::Kind::AuthInvalid, u"STATE_MISMATCH"_s));
        return;
    }
    const QString code = values.value(u"code"_s).toString();
    if (code.isEmpty()) {
        fail(PortalError(PortalError::Kind::AuthInvalid, u"NO_CODE"_s));
        return;
    }
    // The code lives 30 s: exchange at once.
    m_refresher->exchangeCode(m_client, code, [this](const Result<OAuthTokens> &result) {
        if (m_done)
            return;
        if (!result) {
            fail(result.error());
            return;
        }
        QString portal = m_portalUrl.toString();
        if (result.value().clientEndpoint.isValid() && !result.value().clientEndpoint.host().isEmpty()) {
            QUrl endpoint = result.value().clientEndpoint;
            endpoint.setPath(u"/"_s);
            portal = endpoint.toString();
        }
        Result<PortalCredentials> credentials = PortalCredentials::forOAuth(portal, m_client, result.value());
        if (!credentials) {
            fail(credentials.error());
            return;
        }
        m_done = true;
        if (m_handler)
            m_handler->close();
        qCInfo(lcPortal) << "OAuth sign-in done for user" << result.value().userId << "at"
                         << credentials.value().host();
        Q_EMIT succeeded(credentials.value());
    });
}

void OAuthAuthorizer::fail(const PortalError &error) {
    if (m_done)
        return;
    m_done = true;
    if (m_handler)
        m_handler->close();
    qCWarning(lcPortal) << "OAuth sign-in failed:" << error.logText();
    Q_EMIT failed(error);
}
