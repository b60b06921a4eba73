#include "sandbox/sandboxauth.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace {

QString randomString(QRandomGenerator &rng, int length, bool hexOnly) {
    static const char16_t alphabet[] = u"0123456789abcdefghijklmnopqrstuvwxyz";
    const int n = hexOnly ? 16 : 36;
    QString s(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        s[i] = QChar(alphabet[rng.bounded(n)]);
    return s;
}

} // namespace

void SandboxAuth::setup(quint32 seed, int adminUserId, int employeeUserId) {
    // Stable across runs with the same seed, so `invitedesk-sandbox` prints the same URLs.
    QRandomGenerator rng(seed ^ 0x5eedb24u);
    m_adminUserId = adminUserId;
    m_employeeUserId = employeeUserId;
    m_adminSecret = randomString(rng, 16, false);
    m_employeeSecret = randomString(rng, 16, false);
    m_clientId =
        u"local." + randomString(rng, 14, true) + u'.' + QString::number(10000000 + rng.bounded(89999999));
    m_clientSecret = randomString(rng, 50, false);
    m_memberId = randomString(rng, 32, true);
    m_limitedSecret = randomString(rng, 16, false); // drawn last: the other secrets stay as they were
    m_codes.clear();
    m_access.clear();
    m_refresh.clear();
}

QStringList SandboxAuth::grantedScopes() {
    return {QStringLiteral("department"), QStringLiteral("sonet_group"), QStringLiteral("user")};
}

QStringList SandboxAuth::limitedScopes() const {
    return {QStringLiteral("department"), m_limitedUserScope};
}

SandboxCaller SandboxAuth::callerFor(int userId, const QString &credentialKey,
                                     const QStringList &scopes) const {
    SandboxCaller c;
    c.userId = userId;
    c.admin = userId == m_adminUserId;
    c.credentialKey = credentialKey;
    c.scopes = scopes;
    return c;
}

bool SandboxAuth::sameSecret(QStringView presented, QStringView expected) {
    const QByteArray a = presented.toUtf8();
    const QByteArray b = expected.toUtf8();
    // Every byte of the expected secret is visited and every difference is or-ed in: no early exit.
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < b.size(); ++i)
        difference |= unsigned(uchar(i < a.size() ? a.at(i) : 0) ^ uchar(b.at(i)));
    return difference == 0;
}

SandboxAuth::Status SandboxAuth::checkWebhook(int userId, const QString &secret,
                                              SandboxCaller *caller) const {
    // All three secrets are compared, whatever the user id, in constant time each.
    const bool admin = sameSecret(secret, m_adminSecret);
    const bool employee = sameSecret(secret, m_employeeSecret);
    const bool limited = sameSecret(secret, m_limitedSecret);
    if ((userId == m_adminUserId && admin) || (userId == m_employeeUserId && employee)) {
        *caller = callerFor(userId, u"webhook:" + QString::number(userId));
        return Status::Ok;
    }
    if (userId == m_adminUserId && limited) {
        *caller = callerFor(userId, u"webhook:" + QString::number(userId) + u":limited", limitedScopes());
        return Status::Ok;
    }
    return Status::BadCredentials;
}

SandboxAuth::Status SandboxAuth::checkToken(const QString &accessToken, SandboxCaller *caller) const {
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.constEnd())
        return Status::InvalidToken;
    if (it->expiresAtMs <= QDateTime::currentMSecsSinceEpoch())
        return Status::ExpiredToken;
    *caller = callerFor(it->userId, u"oauth:" + m_clientId + u':' + QString::number(it->userId));
    return Status::Ok;
}

QString SandboxAuth::issueCode(int userId) {
    const QString code = randomString(*QRandomGenerator::global(), 32, true);
    m_codes.insert(code, {userId, QDateTime::currentMSecsSinceEpoch() + 30000});
    return code;
}

SandboxAuth::TokenPair SandboxAuth::issue(int userId, int lifetimeSeconds) {
    TokenPair pair;
    pair.accessToken = randomString(*QRandomGenerator::global(), 32, true);
    pair.refreshToken = randomString(*QRandomGenerator::global(), 32, true);
    pair.expiresIn = lifetimeSeconds;
    pair.userId = userId;
    m_access.insert(pair.accessToken,
                    {userId, QDateTime::currentMSecsSinceEpoch() + qint64(lifetimeSeconds) * 1000});
    m_refresh.insert(pair.refreshToken, userId);
    return pair;
}

bool SandboxAuth::exchangeCode(const QString &code, int lifetimeSeconds, TokenPair *pair) {
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd())
        return false;
    const Code c = *it;
    m_codes.erase(it); // a code works once
    if (c.expiresAtMs <= QDateTime::currentMSecsSinceEpoch())
        return false;
    *pair = issue(c.userId, lifetimeSeconds);
    return true;
}

bool SandboxAuth::refresh(const QString &refreshToken, int lifetimeSeconds, TokenPair *pair) {
    const auto it = m_refresh.constFind(refreshToken);
    if (it == m_refresh.constEnd())
        return false;
    const int userId = *it;
    m_refresh.erase(it); // rotation: the old refresh token dies now
    *pair = issue(userId, lifetimeSeconds);
    return true;
}

void SandboxAuth::expireAllAccessTokens() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_access.begin(); it != m_access.end(); ++it)
        it->expiresAtMs = std::min(it->expiresAtMs, now);
}
