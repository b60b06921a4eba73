#include "portal/portalcredentials.h"
#include "portal/redaction.h"
#include "portal/tokenrefresher.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Webhook URL validation (precise problem per input), OAuth settings and log redaction.
class TestPortalCredentials : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void webhookUrl_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("problem"); // empty = valid
        QTest::addColumn<QString>("restBase");

        auto ok = [](const char *name, const char *input, const char *base) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString() << QString::fromUtf8(base);
        };
        auto bad = [](const char *name, const char *input, const char *problem) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(problem) << QString();
        };
        ok("canonical", "https://acme.bitrix24.com/rest/1/8g9l071eismy9q2l/",
           "https://acme.bitrix24.com/rest/1/8g9l071eismy9q2l/");
        ok("no trailing slash", "https://acme.bitrix24.com/rest/1/8g9l071eismy9q2l",
           "https://acme.bitrix24.com/rest/1/8g9l071eismy9q2l/");
        ok("with method", "https://acme.bitrix24.com/rest/12/abc123/profile.json",
           "https://acme.bitrix24.com/rest/12/abc123/");
        ok("spaces around", "  https://acme.bitrix24.com/rest/1/abc/  ",
           "https://acme.bitrix24.com/rest/1/abc/");
        ok("upper-case scheme", "HTTPS://acme.bitrix24.com/rest/1/abc/",
           "https://acme.bitrix24.com/rest/1/abc/");
        ok("custom port", "https://crm.example.org:8443/rest/3/abc/",
           "https://crm.example.org:8443/rest/3/abc/");
        ok("loopback http", "http://127.0.0.1:8080/rest/1/abc/", "http://127.0.0.1:8080/rest/1/abc/");
        ok("localhost http", "http://localhost:8080/rest/1/abc/", "http://localhost:8080/rest/1/abc/");
        ok("ipv6 loopback http", "http://[::1]:8080/rest/1/abc/", "http://[::1]:8080/rest/1/abc/");
        bad("empty", "", "empty");
        bad("blank", "   ", "empty");
        bad("no scheme", "acme.bitrix24.com/rest/1/abc/", "not_a_url");
        bad("plain http", "http://acme.bitrix24.com/rest/1/abc/", "not_https");
        bad("ftp", "ftp://acme.bitrix24.com/rest/1/abc/", "not_https");
        bad("portal root", "https://acme.bitrix24.com/", "wrong_shape");
        bad("not rest", "https://acme.bitrix24.com/company/personal/", "wrong_shape");
        bad("rest only", "https://acme.bitrix24.com/rest/", "wrong_shape");
        bad("rest v3", "https://acme.bitrix24.com/rest/api/1/abc/", "wrong_shape");
        bad("user id not numeric", "https://acme.bitrix24.com/rest/abc/def/", "bad_user_id");
        bad("user id zero", "https://acme.bitrix24.com/rest/0/abc/", "bad_user_id");
        bad("no secret", "https://acme.bitrix24.com/rest/1/", "no_secret");
        bad("method instead of secret", "https://acme.bitrix24.com/rest/1/user.get", "no_secret");
        bad("extra parts", "https://acme.bitrix24.com/rest/1/abc/x/y/", "wrong_shape");
        bad("extra folder", "https://acme.bitrix24.com/rest/1/abc/folder/", "wrong_shape");
        bad("empty host", "https:///rest/1/abc/", "not_a_url");
    }

    void webhookUrl() {
        QFETCH(QString, input);
        QFETCH(QString, problem);
        QFETCH(QString, restBase);
        const Result<PortalCredentials> result = PortalCredentials::fromWebhookUrl(input);
        if (problem.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
            QCOMPARE(result.value().restBase().toString(), restBase);
            QCOMPARE(result.value().method(), PortalCredentials::Method::Webhook);
            QVERIFY(result.value().webhookUserId() > 0);
            QVERIFY(!result.value().webhookSecret().isEmpty());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind(), PortalError::Kind::InvalidAddress);
            QCOMPARE(result.error().code(), problem);
            QVERIFY(!result.error().userMessage().isEmpty());
            QCOMPARE(result.error().userMessage(), result.error().description());
        }
    }

    void webhookParts() {
        const auto credentials =
            PortalCredentials::fromWebhookUrl(u"https://acme.bitrix24.com:444/rest/17/s3cr3t/"_s);
        QCOMPARE(credentials.value().webhookUserId(), 17);
        QCOMPARE(credentials.value().webhookSecret(), u"s3cr3t"_s);
        QCOMPARE(credentials.value().host(), u"acme.bitrix24.com:444"_s);
        QCOMPARE(credentials.value().portalUrl().toString(), u"https://acme.bitrix24.com:444/"_s);
        QVERIFY(credentials.value().secrets().contains(u"s3cr3t"_s));
    }

    void oauthSettings() {
        OAuthClient client{u"local.abc"_s, u"clientsecret"_s};
        QCOMPARE(client.serverUrl.toString(), u"https://oauth.bitrix.info/"_s);
        const auto credentials = PortalCredentials::forOAuth(u"acme.bitrix24.com"_s, client);
        QVERIFY(credentials.ok());
        QCOMPARE(credentials.value().restBase().toString(), u"https://acme.bitrix24.com/rest/"_s);
        QCOMPARE(TokenRefresher::tokenEndpoint(client).toString(),
                 u"https://oauth.bitrix.info/oauth/token/"_s);
        OAuthTokens east;
        east.serverDomain = u"oauth.bitrix24.tech"_s;
        QCOMPARE(TokenRefresher::tokenEndpoint(client, east).toString(),
                 u"https://oauth.bitrix24.tech/oauth/token/"_s);

        OAuthClient sandbox{u"id"_s, u"secret"_s, QUrl(u"http://127.0.0.1:9000/"_s)};
        QCOMPARE(TokenRefresher::tokenEndpoint(sandbox, east).toString(),
                 u"http://127.0.0.1:9000/oauth/token/"_s);
        QVERIFY(!PortalCredentials::forOAuth(u"acme.bitrix24.com"_s, OAuthClient{}).ok());
        QCOMPARE(PortalCredentials::forOAuth(u"http://acme.bitrix24.com"_s, client).error().code(),
                 u"not_https"_s);
        OAuthClient insecure{u"id"_s, u"secret"_s, QUrl(u"http://oauth.example.com/"_s)};
        QCOMPARE(PortalCredentials::forOAuth(u"acme.bitrix24.com"_s, insecure).error().code(),
                 u"bad_oauth_server"_s);
    }

    void redaction_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("webhook") << u"https://a.bitrix24.com/rest/1/8g9l071eismy9q2l/user.get"_s
                                 << u"https://a.bitrix24.com/rest/1/***/user.get"_s;
        QTest::newRow("auth query") << u"https://a.bitrix24.com/rest/user.get?auth=tok123&start=0"_s
                                    << u"https://a.bitrix24.com/rest/user.get?auth=***&start=0"_s;
        QTest::newRow("token endpoint")
            << u"https://oauth.bitrix.info/oauth/token/?grant_type=refresh_token&client_id=app&client_secret=cs&refresh_token=rt"_s
            << u"https://oauth.bitrix.info/oauth/token/?grant_type=refresh_token&client_id=app&client_secret=***&refresh_token=***"_s;
        QTest::newRow("v3") << u"https://a.bitrix24.com/rest/api/1/sec/x"_s
                            << u"https://a.bitrix24.com/rest/api/1/***/x"_s;
    }

    void redaction() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::url(QUrl(input)), expected);
        QCOMPARE(Redaction::text(input), expected);
    }

    void redactionOfKnownSecrets() {
        QCOMPARE(Redaction::text(u"token abcdef123 leaked"_s, {u"abcdef123"_s}), u"token *** leaked"_s);
        QCOMPARE(Redaction::text(u"Error transferring http://127.0.0.1:5/rest/1/zzz/batch"_s),
                 u"Error transferring http://127.0.0.1:5/rest/1/***/batch"_s);
    }
};

QTEST_GUILESS_MAIN(TestPortalCredentials)
#include "tst_portalcredentials.moc"
