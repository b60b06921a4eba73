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
        // Copied without its scheme: the portal's https address is meant.
        ok("no scheme", "acme.bitrix24.com/rest/1/abc/", "https://acme.bitrix24.com/rest/1/abc/");
        ok("no scheme, port", "crm.example.org:8443/rest/3/abc", "https://crm.example.org:8443/rest/3/abc/");
        bad("portal name only", "acme.bitrix24.com", "wrong_shape");
        bad("words", "my portal", "not_a_url");
        bad("no scheme, no dot", "intranet/rest/1/abc/", "not_a_url");
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
        QTest::newRow("oauth code") << u"http://127.0.0.1:5/callback?code=c0de5ecret&state=s1"_s
                                    << u"http://127.0.0.1:5/callback?code=***&state=s1"_s;
    }

    // Redaction hides secrets and nothing else: error codes are what a log line is read for.
    void portZeroIsRefused() {
        for (const QString &url : {u"https://acme.bitrix24.com:0/rest/1/abc123def/"_s,
                                   u"http://127.0.0.1:0/rest/1/abc123def/"_s}) {
            const Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(url);
            QVERIFY2(!credentials.ok(), qPrintable(url));
            QCOMPARE(credentials.error().code(), u"bad_port"_s);
            QVERIFY(!credentials.error().userMessage().isEmpty());
        }
        QVERIFY(!PortalCredentials::portalAddress(u"acme.bitrix24.com:0"_s).ok());
        QVERIFY(
            PortalCredentials::fromWebhookUrl(u"https://acme.bitrix24.com:8443/rest/1/abc123def/"_s).ok());
    }

    void lookAlikeHostsShowTheirPunycode_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ascii") << u"acme.bitrix24.com"_s << u"acme.bitrix24.com"_s;
        QTest::newRow("ascii with port") << u"127.0.0.1:8080"_s << u"127.0.0.1:8080"_s;
        // A Cyrillic "а" inside a Latin name.
        QTest::newRow("mixed label") << u"xn--pple-43d.com"_s << u"\u0430pple.com (xn--pple-43d.com)"_s;
        QTest::newRow("mixed label, unicode given")
            << u"\u0430pple.com"_s << u"\u0430pple.com (xn--pple-43d.com)"_s;
        QTest::newRow("cyrillic beside latin") << u"xn--e1afmkfd.bitrix24.com"_s
                                               << u"\u043f\u0440\u0438\u043c\u0435\u0440.bitrix24.com "
                                                  u"(xn--e1afmkfd.bitrix24.com)"_s;
        QTest::newRow("one script") << u"xn--e1afmkfd.xn--p1ai"_s
                                    << u"\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444"_s;
        QTest::newRow("latin with diacritics") << u"xn--bcher-kva.de:8443"_s << u"b\u00fccher.de:8443"_s;
    }

    void lookAlikeHostsShowTheirPunycode() {
        QFETCH(QString, host);
        QFETCH(QString, shown);
        QCOMPARE(PortalCredentials::displayHost(host), shown);
    }

    void redactionKeepsErrorCodes_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("log text") << u"rate-limited code=QUERY_LIMIT_EXCEEDED http=503"_s
                                  << u"rate-limited code=QUERY_LIMIT_EXCEEDED http=503"_s;
        QTest::newRow("error_code") << u"failed error_code=ERROR_CORE"_s << u"failed error_code=ERROR_CORE"_s;
        QTest::newRow("author is not auth") << u"author=Nina"_s << u"author=Nina"_s;
        QTest::newRow("secret beside a code")
            << u"auth-invalid code=invalid_token detail=\"GET /rest/user.get?auth=tok123\""_s
            << u"auth-invalid code=invalid_token detail=\"GET /rest/user.get?auth=***\""_s;
        QTest::newRow("token in text")
            << u"refresh_token=abc123 was refused"_s << u"refresh_token=*** was refused"_s;
    }

    void redactionKeepsErrorCodes() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::text(input), expected);
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
