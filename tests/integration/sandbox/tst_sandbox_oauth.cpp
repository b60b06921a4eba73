// OAuth 2.0 on the sandbox portal: authorize redirect, code exchange, token use, expiry,
// rotating refresh tokens and invalid_grant on reuse.
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTest>

class TestSandboxOAuth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void authorizeRedirects();
    void authorizeRejectsUnknownClient();
    void codeExchangeAndUse();
    void codeWorksOnce();
    void refreshRotates();
    void expiry();
    void tokenErrors_data();
    void tokenErrors();

private:
    QString authorize(const QString &extra = QString());
    HttpResult token(const QString &query);
    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxOAuth::initTestCase() {
    SandboxOptions options;
    options.users = 40;
    options.rateLimit = false;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
    QVERIFY(m_portal->oauthClientId().startsWith(QStringLiteral("local.")));
    QVERIFY(!m_portal->oauthClientSecret().isEmpty());
    QCOMPARE(m_portal->oauthServerUrl(), m_portal->baseUrl());
}

QString TestSandboxOAuth::authorize(const QString &extra) {
    QUrl url = m_portal->oauthServerUrl();
    url.setPath(QStringLiteral("/oauth/authorize/"));
    url.setQuery(u"client_id=" + m_portal->oauthClientId() +
                 u"&state=xyz&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb" + extra);
    const HttpResult r = m_client.get(url);
    if (r.status != 302)
        return QString();
    return QUrlQuery(QUrl(QString::fromUtf8(r.location))).queryItemValue(QStringLiteral("code"));
}

HttpResult TestSandboxOAuth::token(const QString &query) {
    QUrl url = m_portal->oauthServerUrl();
    url.setPath(QStringLiteral("/oauth/token/"));
    url.setQuery(u"client_id=" + m_portal->oauthClientId() + u"&client_secret=" +
                 m_portal->oauthClientSecret() + u'&' + query);
    return m_client.get(url);
}

void TestSandboxOAuth::authorizeRedirects() {
    QUrl url = m_portal->oauthServerUrl();
    url.setPath(QStringLiteral("/oauth/authorize/"));
    url.setQuery(u"client_id=" + m_portal->oauthClientId() +
                 u"&state=s%201&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb");
    const HttpResult r = m_client.get(url);
    QCOMPARE(r.status, 302);
    const QUrl target(QString::fromUtf8(r.location));
    QCOMPARE(target.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(target.port(), 9);
    QCOMPARE(target.path(), QStringLiteral("/cb"));
    const QUrlQuery query(target);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s 1"));
    for (const char *key : {"code", "domain", "member_id", "scope", "server_domain"})
        QVERIFY2(!query.queryItemValue(QLatin1String(key)).isEmpty(), key);
}

void TestSandboxOAuth::authorizeRejectsUnknownClient() {
    QUrl url = m_portal->oauthServerUrl();
    url.setPath(QStringLiteral("/oauth/authorize/"));
    url.setQuery(QStringLiteral("client_id=nope&state=1"));
    const HttpResult r = m_client.get(url);
    QCOMPARE(r.status, 400);
    QVERIFY(r.location.isEmpty());
}

void TestSandboxOAuth::codeExchangeAndUse() {
    const QString code = authorize();
    QVERIFY(!code.isEmpty());
    const HttpResult r = token(u"grant_type=authorization_code&code=" + code);
    QCOMPARE(r.status, 200);
    for (const char *key : {"access_token", "refresh_token", "expires_in", "expires", "client_endpoint",
                            "server_endpoint", "domain", "member_id", "scope", "status", "user_id"})
        QVERIFY2(r.json.contains(QLatin1String(key)), key);
    QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(), 3600);
    const QUrl endpoint(r.json.value(QStringLiteral("client_endpoint")).toString());
    QCOMPARE(endpoint.port(), int(m_portal->port()));
    QCOMPARE(endpoint.path(), QStringLiteral("/rest/"));
    const QString access = r.json.value(QStringLiteral("access_token")).toString();

    HttpResult me = m_client.get(methodUrl(endpoint, QStringLiteral("user.current"), u"auth=" + access));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("result")).toObject().value(QStringLiteral("ID")).toString(),
             QStringLiteral("1"));
    // auth in a JSON body and as a Bearer header work too.
    me = m_client.postJson(methodUrl(endpoint, QStringLiteral("user.admin.json")),
                           {{QStringLiteral("auth"), access}});
    QCOMPARE(me.json.value(QStringLiteral("result")), QJsonValue(true));
    QNetworkRequest req = SandboxTestClient::request(methodUrl(endpoint, QStringLiteral("user.current")));
    req.setRawHeader("Authorization", "Bearer " + access.toUtf8());
    QCOMPARE(m_client.finish(m_client.nam.get(req)).status, 200);
    const QJsonArray journal = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("journal")))
                                   .json.value(QStringLiteral("requests"))
                                   .toArray();
    QCOMPARE(journal.last().toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("oauth:1"));
    QVERIFY(!QJsonDocument(journal).toJson().contains(access.toUtf8()));

    // Another user may be chosen for the authorize step (sandbox extension).
    const QString code2 = authorize(QStringLiteral("&user_id=2"));
    const HttpResult r2 = token(u"grant_type=authorization_code&code=" + code2);
    QCOMPARE(r2.json.value(QStringLiteral("user_id")).toInt(), 2);
}

void TestSandboxOAuth::codeWorksOnce() {
    const QString code = authorize();
    QCOMPARE(token(u"grant_type=authorization_code&code=" + code).status, 200);
    const HttpResult again = token(u"grant_type=authorization_code&code=" + code);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::refreshRotates() {
    const int before = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters")))
                           .json.value(QStringLiteral("tokenRefreshes"))
                           .toInt();
    const HttpResult first = token(u"grant_type=authorization_code&code=" + authorize());
    const QString refresh1 = first.json.value(QStringLiteral("refresh_token")).toString();
    const HttpResult second = token(u"grant_type=refresh_token&refresh_token=" + refresh1);
    QCOMPARE(second.status, 200);
    const QString refresh2 = second.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(refresh2 != refresh1);
    QVERIFY(second.json.value(QStringLiteral("access_token")).toString() !=
            first.json.value(QStringLiteral("access_token")).toString());
    const HttpResult reuse = token(u"grant_type=refresh_token&refresh_token=" + refresh1);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(token(u"grant_type=refresh_token&refresh_token=" + refresh2).status, 200);
    const int after = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters")))
                          .json.value(QStringLiteral("tokenRefreshes"))
                          .toInt();
    QCOMPARE(after - before, 2);
}

void TestSandboxOAuth::expiry() {
    const HttpResult t = token(u"grant_type=authorization_code&code=" + authorize());
    const QString access = t.json.value(QStringLiteral("access_token")).toString();
    const QUrl endpoint(t.json.value(QStringLiteral("client_endpoint")).toString());
    QCOMPARE(m_client.get(methodUrl(endpoint, QStringLiteral("user.current"), u"auth=" + access)).status,
             200);
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("expire-tokens")), {}).status,
             200);
    const HttpResult expired =
        m_client.get(methodUrl(endpoint, QStringLiteral("user.current"), u"auth=" + access));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json.value(QStringLiteral("error")).toString(), QStringLiteral("expired_token"));
    // A refresh gives a working token again; a short lifetime setting expires it by itself.
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                           {{QStringLiteral("accessTokenLifetimeSeconds"), 1}})
                 .status,
             200);
    const HttpResult renewed = token(u"grant_type=refresh_token&refresh_token=" +
                                     t.json.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(renewed.json.value(QStringLiteral("expires_in")).toInt(), 1);
    const QString access2 = renewed.json.value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_client.get(methodUrl(endpoint, QStringLiteral("user.current"), u"auth=" + access2)).status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client.get(methodUrl(endpoint, QStringLiteral("user.current"), u"auth=" + access2)).status, 401,
        3000);
    QCOMPARE(m_client
                 .postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                           {{QStringLiteral("accessTokenLifetimeSeconds"), 3600}})
                 .status,
             200);
}

void TestSandboxOAuth::tokenErrors_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("withClient");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("no grant") << "" << true << 400 << "invalid_request";
    QTest::newRow("unknown grant") << "grant_type=password" << true << 400 << "invalid_request";
    QTest::newRow("bad client") << "grant_type=refresh_token&refresh_token=x&client_id=a&client_secret=b"
                                << false << 401 << "invalid_client";
    QTest::newRow("bad code") << "grant_type=authorization_code&code=nope" << true << 400 << "invalid_grant";
    QTest::newRow("bad refresh") << "grant_type=refresh_token&refresh_token=nope" << true << 400
                                 << "invalid_grant";
}

void TestSandboxOAuth::tokenErrors() {
    QFETCH(QString, query);
    QFETCH(bool, withClient);
    QFETCH(int, status);
    QFETCH(QString, error);
    HttpResult r;
    if (withClient) {
        r = token(query);
    } else {
        QUrl url = m_portal->oauthServerUrl();
        url.setPath(QStringLiteral("/oauth/token/"));
        url.setQuery(query);
        r = m_client.get(url);
    }
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), error);
    QVERIFY(r.json.contains(QStringLiteral("error_description")));
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
