#pragma once

#include "sandbox/restcall.h"

#include <QHash>
#include <QString>

// Credentials of the sandbox portal: three incoming webhooks (the administrator, user 1; an
// ordinary employee; and a scope-limited one of the administrator with only `department` and
// `user_brief` or `user_basic`, spec §6.6), one local OAuth application, authorization codes (30 s), access
// tokens that expire and rotating refresh tokens (spec §1).
class SandboxAuth {
public:
    enum class Status { Ok, BadCredentials, InvalidToken, ExpiredToken };
    struct TokenPair {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        int userId = 0;
    };

    void setup(quint32 seed, int adminUserId, int employeeUserId);

    int adminUserId() const { return m_adminUserId; }
    int employeeUserId() const { return m_employeeUserId; }
    QString adminSecret() const { return m_adminSecret; }
    QString employeeSecret() const { return m_employeeSecret; }
    QString limitedSecret() const { return m_limitedSecret; }
    // The user scope of the limited webhook: "user_brief" or "user_basic".
    void setLimitedUserScope(const QString &scope) { m_limitedUserScope = scope; }
    QStringList limitedScopes() const;
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString memberId() const { return m_memberId; }
    static QStringList grantedScopes();
    // Compares a presented secret with the expected one in time that depends only on the lengths,
    // never on where they first differ (no byte-by-byte guessing over the network).
    static bool sameSecret(QStringView presented, QStringView expected);

    Status checkWebhook(int userId, const QString &secret, SandboxCaller *caller) const;
    Status checkToken(const QString &accessToken, SandboxCaller *caller) const;

    QString issueCode(int userId);
    // authorization_code: false when the code is unknown, used or older than 30 s.
    bool exchangeCode(const QString &code, int lifetimeSeconds, TokenPair *pair);
    // refresh_token: false when the token is unknown or was already rotated away.
    bool refresh(const QString &refreshToken, int lifetimeSeconds, TokenPair *pair);
    void expireAllAccessTokens();

private:
    struct Code {
        int userId = 0;
        qint64 expiresAtMs = 0;
    };
    struct Access {
        int userId = 0;
        qint64 expiresAtMs = 0;
    };
    TokenPair issue(int userId, int lifetimeSeconds);
    SandboxCaller callerFor(int userId, const QString &credentialKey,
                            const QStringList &scopes = grantedScopes()) const;

    int m_adminUserId = 1;
    int m_employeeUserId = 2;
    QString m_adminSecret;
    QString m_employeeSecret;
    QString m_limitedSecret;
    QString m_limitedUserScope = QStringLiteral("user_brief");
    QString m_clientId;
    QString m_clientSecret;
    QString m_memberId;
    QHash<QString, Code> m_codes;
    QHash<QString, Access> m_access;
    QHash<QString, int> m_refresh; // live refresh token -> user
};
