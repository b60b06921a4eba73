#include "portal/portalcredentials.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// qint64(double) is undefined beyond qint64's range; a token answer may carry 1e300. Clamp, NaN is 0.
qint64 wholeNumber(double value) {
    if (std::isnan(value))
        return 0;
    if (value >= 9223372036854775807.0)
        return std::numeric_limits<qint64>::max();
    if (value <= -9223372036854775807.0)
        return std::numeric_limits<qint64>::min();
    return qint64(value);
}

PortalError addressError(const QString &problem, const QString &message) {
    // code = a stable problem token for tests and logs; description = the user's message.
    return PortalError(PortalError::Kind::InvalidAddress, problem, message);
}

} // namespace

bool PortalCredentials::isLoopbackHost(const QString &host) {
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString PortalCredentials::displayHost(const QString &hostAndPort) {
    QString host = hostAndPort;
    QString port;
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.startsWith(u'[')) {
        port = host.mid(colon);
        host.truncate(colon);
    }
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        return hostAndPort;
    const QString unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    if (unicode == QString::fromLatin1(ace))
        return hostAndPort; // plain ASCII: nothing can hide
    QList<QChar::Script> scripts;
    for (const QChar c : unicode) {
        const QChar::Script script = c.script();
        if (c.isLetter() && script != QChar::Script_Common && script != QChar::Script_Inherited &&
            !scripts.contains(script))
            scripts.append(script);
    }
    if (scripts.size() <= 1)
        return unicode + port;
    return QCoreApplication::translate("PortalCredentials", "%1 (%2)")
        .arg(unicode + port, QString::fromLatin1(ace) + port);
}

Result<QUrl> PortalCredentials::portalAddress(const QString &text) {
    QString input = text.trimmed();
    if (input.isEmpty())
        return addressError(
            u"empty"_s,
            QCoreApplication::translate("PortalCredentials", "Enter the address of your Bitrix24 portal."));
    if (!input.contains(u"://"_s))
        input.prepend(u"https://"_s);
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return addressError(u"not_a_url"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "This is not a web address. It should look like "
                                                        "https://company.bitrix24.com/."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return addressError(
            u"not_https"_s,
            QCoreApplication::translate("PortalCredentials", "The address must start with https://."));
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return addressError(
            u"not_https"_s,
            QCoreApplication::translate("PortalCredentials",
                                        "The address uses http://, which is not secure. Bitrix24 portals "
                                        "need https:// — use the https address."));
    if (url.port() == 0)
        return addressError(u"bad_port"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "The address names port 0, which no portal listens "
                                                        "on. Leave the port out or give the real one."));
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    base.setPath(u"/"_s);
    return base;
}

Result<PortalCredentials> PortalCredentials::fromWebhookUrl(const QString &text) {
    const QString input = text.trimmed();
    if (input.isEmpty())
        return addressError(u"empty"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "Paste the webhook address from Bitrix24 (Developer "
                                                        "resources → Inbound webhook)."));
    // "company.bitrix24.com/rest/1/abc/" as copied without its scheme: the portal's https address.
    static const QRegularExpression bareHost(u"^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]+)?(/\\S*)?$"_s);
    if (!input.contains(u"://"_s) && bareHost.match(input).hasMatch())
        return fromWebhookUrl(u"https://"_s + input);
    if (!input.contains(u"://"_s))
        return addressError(u"not_a_url"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "This is not a web address. A webhook address looks "
                                                        "like https://company.bitrix24.com/rest/1/abc123/."));
    Result<QUrl> base = portalAddress(input);
    if (!base)
        return base.error();
    const QUrl url(input);
    QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.first() != u"rest")
        return addressError(u"wrong_shape"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "This address is not a webhook: its path must start "
                                                        "with /rest/<user id>/<secret>/."));
    segments.removeFirst();
    if (!segments.isEmpty() && segments.first() == u"api")
        return addressError(u"wrong_shape"_s,
                            QCoreApplication::translate(
                                "PortalCredentials", "This is a REST 3.0 webhook address (/rest/api/…). "
                                                     "Use the classic address /rest/<user id>/<secret>/."));
    if (segments.isEmpty())
        return addressError(u"wrong_shape"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "The webhook address lacks the user id and secret "
                                                        "after /rest/."));
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!digits.match(segments.first()).hasMatch() || segments.first().toLongLong() <= 0)
        return addressError(u"bad_user_id"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "After /rest/ the webhook address must have the "
                                                        "numeric id of the user who created it."));
    const qint64 userId = segments.first().toLongLong();
    if (segments.size() < 2)
        return addressError(u"no_secret"_s,
                            QCoreApplication::translate(
                                "PortalCredentials", "The webhook address has no secret code after the user "
                                                     "id. Copy the whole address from Bitrix24."));
    const QString secret = segments.at(1);
    static const QRegularExpression secretShape(u"^[A-Za-z0-9_-]+$"_s);
    if (secret.contains(u'.') || !secretShape.match(secret).hasMatch())
        return addressError(u"no_secret"_s,
                            QCoreApplication::translate(
                                "PortalCredentials", "The webhook address has no valid secret code after the "
                                                     "user id. Copy the whole address from Bitrix24."));
    // Anything after the secret must be a single method name (user pasted an example call).
    if (segments.size() > 3 || (segments.size() == 3 && !segments.at(2).contains(u'.')))
        return addressError(u"wrong_shape"_s, QCoreApplication::translate(
                                                  "PortalCredentials",
                                                  "The webhook address has extra parts after the "
                                                  "secret. It should end with /rest/<user id>/<secret>/."));
    PortalCredentials credentials;
    credentials.m_method = Method::Webhook;
    credentials.m_webhookUserId = userId;
    credentials.m_webhookSecret = secret;
    QUrl rest = base.value();
    rest.setPath(u"/rest/%1/%2/"_s.arg(userId).arg(secret));
    credentials.m_restBase = rest;
    return credentials;
}

Result<PortalCredentials> PortalCredentials::forOAuth(const QString &portalAddressText,
                                                      const OAuthClient &client, const OAuthTokens &tokens) {
    Result<QUrl> base = portalAddress(portalAddressText);
    if (!base)
        return base.error();
    if (client.clientId.trimmed().isEmpty() || client.clientSecret.trimmed().isEmpty())
        return addressError(u"no_client"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "Enter the application's client id and client secret "
                                                        "from the application card in Bitrix24."));
    Result<QUrl> server = portalAddress(client.serverUrl.toString());
    if (!server)
        return addressError(u"bad_oauth_server"_s,
                            QCoreApplication::translate("PortalCredentials",
                                                        "The OAuth server address must be an https "
                                                        "address, e.g. https://oauth.bitrix.info/."));
    PortalCredentials credentials;
    credentials.m_method = Method::OAuth;
    QUrl rest = base.value();
    rest.setPath(u"/rest/"_s);
    credentials.m_restBase = rest;
    credentials.m_client = client;
    credentials.m_tokens = tokens;
    return credentials;
}

QUrl PortalCredentials::portalUrl() const {
    QUrl url = m_restBase;
    url.setPath(u"/"_s);
    return url;
}

QString PortalCredentials::host() const {
    if (m_restBase.port() > 0)
        return m_restBase.host() + u':' + QString::number(m_restBase.port());
    return m_restBase.host();
}

void PortalCredentials::moveTo(const QUrl &newPortalUrl) {
    m_restBase.setScheme(newPortalUrl.scheme());
    m_restBase.setHost(newPortalUrl.host());
    m_restBase.setPort(newPortalUrl.port());
}

QStringList PortalCredentials::secrets() const {
    QStringList list;
    for (const QString &s :
         {m_webhookSecret, m_client.clientSecret, m_tokens.accessToken, m_tokens.refreshToken}) {
        if (!s.isEmpty())
            list.append(s);
    }
    return list;
}

Result<OAuthTokens> OAuthTokens::fromTokenResponse(int httpStatus, const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        PortalError error(httpStatus >= 500 ? PortalError::Kind::Server
                                            : PortalError::Kind::MalformedResponse,
                          {}, {}, httpStatus);
        error.setDetail(u"token endpoint answer is not JSON"_s);
        return error;
    }
    const QJsonObject object = document.object();
    if (object.contains("error"_L1))
        return PortalError::fromPortal(httpStatus, object.value("error"_L1).toString(),
                                       object.value("error_description"_L1).toString());
    OAuthTokens tokens;
    tokens.accessToken = object.value("access_token"_L1).toString();
    tokens.refreshToken = object.value("refresh_token"_L1).toString();
    if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty()) {
        PortalError error(PortalError::Kind::MalformedResponse, {}, {}, httpStatus);
        error.setDetail(u"token answer without tokens"_s);
        return error;
    }
    const QJsonValue expires = object.value("expires"_L1);
    const qint64 expiresIn = wholeNumber(object.value("expires_in"_L1).toDouble(3600));
    tokens.expiresAt = expires.isDouble()
                           ? QDateTime::fromSecsSinceEpoch(wholeNumber(expires.toDouble()), Qt::UTC)
                           : QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    tokens.serverDomain = object.value("domain"_L1).toString();
    tokens.memberId = object.value("member_id"_L1).toString();
    tokens.scopes = object.value("scope"_L1).toString().split(u',', Qt::SkipEmptyParts);
    tokens.userId = qint64(object.value("user_id"_L1).toVariant().toLongLong());
    tokens.clientEndpoint = QUrl(object.value("client_endpoint"_L1).toString());
    return tokens;
}
