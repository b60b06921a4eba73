#pragma once

#include "portal/result.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

// The application registered in the portal (local or market app) and where tokens are issued.
struct OAuthClient {
    QString clientId;
    QString clientSecret;
    QUrl serverUrl = defaultServerUrl(); // base of /oauth/token/; a setting (the sandbox's own)

    static QUrl defaultServerUrl() { return QUrl(QStringLiteral("https://oauth.bitrix.info/")); }
};

// One OAuth token pair with what the token response said about it (spec §1.2).
struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;  // informational only: refresh happens on expired_token, never on a timer
    QString serverDomain; // `domain`: host of the authorization server that issued the pair
    QString memberId;
    QStringList scopes;
    qint64 userId = 0;
    QUrl clientEndpoint; // portal REST base, e.g. https://portal/rest/

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // Parses a token-endpoint answer; an OAuth error body becomes a PortalError (invalid_grant ⇒
    // AuthInvalid).
    static Result<OAuthTokens> fromTokenResponse(int httpStatus, const QByteArray &body);
};

// How InviteDesk reaches one portal: an inbound webhook or an OAuth application with tokens.
// Holds secrets in memory only; persistence is app/credentials' job.
class PortalCredentials {
public:
    enum class Method { Webhook, OAuth };

    PortalCredentials() = default;

    // Validates a pasted webhook URL: https (loopback may use http), /rest/<uid>/<secret>/ shape,
    // a secret present. A trailing method name (…/profile.json) is tolerated and dropped.
    static Result<PortalCredentials> fromWebhookUrl(const QString &text);
    // portalAddress: "company.bitrix24.com" or "https://company.bitrix24.com/".
    static Result<PortalCredentials> forOAuth(const QString &portalAddress, const OAuthClient &client,
                                              const OAuthTokens &tokens = {});
    // The portal's base address (scheme, host, port) from what the user typed; https enforced.
    static Result<QUrl> portalAddress(const QString &text);
    static bool isLoopbackHost(const QString &host);
    // A host (optionally host:port) as shown to people: internationalized names in Unicode, and when
    // their letters mix scripts (a Cyrillic "а" in "аpple", or Cyrillic labels beside Latin ones)
    // followed by the punycode form, so that a look-alike cannot pass for the real name:
    // "аpple.com (xn--pple-43d.com)".
    static QString displayHost(const QString &host);

    Method method() const { return m_method; }
    QUrl restBase() const { return m_restBase; } // ends with '/'; method names are appended
    QUrl portalUrl() const;                      // scheme://host[:port]/
    QString host() const;                        // host[:port] for keys, settings and logs
    qint64 webhookUserId() const { return m_webhookUserId; }
    QString webhookSecret() const { return m_webhookSecret; }
    const OAuthClient &oauthClient() const { return m_client; }
    const OAuthTokens &tokens() const { return m_tokens; }
    void setTokens(const OAuthTokens &tokens) { m_tokens = tokens; }
    void setOAuthClient(const OAuthClient &client) { m_client = client; }
    // After a portal move: the same credential on another host.
    void moveTo(const QUrl &newPortalUrl);
    // Every secret value this credential holds, for log redaction.
    QStringList secrets() const;

private:
    Method m_method = Method::Webhook;
    QUrl m_restBase;
    qint64 m_webhookUserId = 0;
    QString m_webhookSecret;
    OAuthClient m_client;
    OAuthTokens m_tokens;
};
