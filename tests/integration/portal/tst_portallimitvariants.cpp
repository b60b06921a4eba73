#include "sandboxharness.h"

#include "portal/oauthauthorizer.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Harness;

// Protocol variants the client must survive: QUERY_LIMIT_EXCEEDED answered with 429 (the 2024-09/10
// docs, spec §5.1) is handled exactly like 503; an access token that is already expired right after
// a refresh ends the call with AuthExpired after one refresh (no refresh loop).
class TestPortalLimitVariants : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxPortal> m_sandbox;
    QNetworkAccessManager m_browser;
    int m_emailSerial = 0;

    std::unique_ptr<PortalSession> webhookSession() {
        auto s = std::make_unique<PortalSession>(webhook(m_sandbox->adminWebhookUrl()));
        s->setRetryPolicy(fastRetries());
        s->setThrottle(ThrottleLimits::unlimited());
        s->setTransferTimeout(3000);
        return s;
    }

    std::optional<PortalCredentials> signIn() {
        OAuthAuthorizer authorizer(m_sandbox->baseUrl(),
                                   OAuthClient{m_sandbox->oauthClientId(), m_sandbox->oauthClientSecret(),
                                               m_sandbox->oauthServerUrl()});
        std::optional<PortalCredentials> credentials;
        std::optional<PortalError> error;
        connect(&authorizer, &OAuthAuthorizer::openBrowser, this, [this](const QUrl &url) {
            QNetworkReply *reply = m_browser.get(QNetworkRequest(url)); // follows the 302 to loopback
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        connect(&authorizer, &OAuthAuthorizer::succeeded, this,
                [&credentials](const PortalCredentials &c) { credentials = c; });
        connect(&authorizer, &OAuthAuthorizer::failed, this, [&error](const PortalError &e) { error = e; });
        if (!authorizer.start())
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return credentials || error; }, 20000))
            qWarning("sign-in timed out");
        if (error)
            qWarning("sign-in failed: %s", qPrintable(error->logText()));
        return credentials;
    }

    // The journal's /rest/ entries for one method: their HTTP statuses in order.
    QList<int> statusesOf(const QString &method) {
        QList<int> statuses;
        for (const QJsonValue &entry : journal(*m_sandbox)) {
            const QJsonObject e = entry.toObject();
            if (e.value("restMethod"_L1).toString() == method)
                statuses.append(e.value("status"_L1).toInt());
        }
        return statuses;
    }

private Q_SLOTS:
    void initTestCase() {
        SandboxOptions options;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
    }

    void init() {
        reset(*m_sandbox);
        settings(*m_sandbox, {{u"refreshedTokenLifetimeSeconds"_s, -1}});
    }

    void readRateLimitedWith429IsRepeated() {
        auto s = webhookSession();
        fault(*m_sandbox, {{u"kind"_s, u"ratelimit"_s}, {u"status"_s, 429}, {u"count"_s, 2}});
        const auto result = wait(s->call(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, 1}}}}));
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
        QCOMPARE(result.value().result.toArray().size(), 1);
        QCOMPARE(s->stats().rateLimitAnswers, 2);
        QCOMPARE(statusesOf(u"user.get"_s), (QList<int>{429, 429, 200}));
    }

    void writeRateLimitedWith429IsRepeated() {
        // Like 503: the portal did not run the call, so even user.add is sent again.
        auto s = webhookSession();
        fault(
            *m_sandbox,
            {{u"kind"_s, u"ratelimit"_s}, {u"status"_s, 429}, {u"count"_s, 2}, {u"method"_s, u"user.add"_s}});
        const int before = counters(*m_sandbox).value("userAdds"_L1).toInt();
        const QString email =
            u"limit429.%1.%2@example.org"_s.arg(QCoreApplication::applicationPid()).arg(++m_emailSerial);
        const auto result =
            wait(s->call(u"user.add"_s, {{u"EMAIL"_s, email}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
        QCOMPARE(counters(*m_sandbox).value("userAdds"_L1).toInt(), before + 1);
        QCOMPARE(s->stats().rateLimitAnswers, 2);
        QCOMPARE(statusesOf(u"user.add"_s), (QList<int>{429, 429, 200}));
    }

    void persistent429GivesUpAsRateLimited() {
        auto s = webhookSession();
        RetryPolicy policy = fastRetries();
        policy.maxRateLimitRetries = 1;
        s->setRetryPolicy(policy);
        fault(*m_sandbox, {{u"kind"_s, u"ratelimit"_s}, {u"status"_s, 429}, {u"count"_s, 10}});
        const auto result = wait(s->call(u"user.current"_s));
        QCOMPARE(kindOf(result), u"rate-limited"_s);
        QCOMPARE(result.error().httpStatus(), 429);
        QCOMPARE(result.error().code(), u"QUERY_LIMIT_EXCEEDED"_s);
        QVERIFY(result.error().isTransient());
        QCOMPARE(s->stats().rateLimitAnswers, 2);
    }

    void expiredAgainAfterRefreshFailsWithoutLoop() {
        const auto credentials = signIn();
        QVERIFY(credentials);
        PortalSession session(*credentials);
        session.setThrottle(ThrottleLimits::unlimited());
        session.setRetryPolicy(fastRetries());
        QSignalSpy rotated(&session, &PortalSession::tokensChanged);
        QSignalSpy signInRequired(&session, &PortalSession::signInRequired);
        QVERIFY(wait(session.call(u"user.current"_s)).ok());

        // Tokens issued by a refresh are dead on arrival; the current one expires now.
        settings(*m_sandbox, {{u"refreshedTokenLifetimeSeconds"_s, 0}});
        control(*m_sandbox, "POST", u"expire-tokens"_s);
        control(*m_sandbox, "DELETE", u"journal"_s);
        const int refreshesBefore = counters(*m_sandbox).value("tokenRefreshes"_L1).toInt();

        const auto result = wait(session.call(u"user.current"_s), 20000);
        QCOMPARE(kindOf(result), u"auth-expired"_s);
        QCOMPARE(result.error().code(), u"expired_token"_s);
        QCOMPARE(counters(*m_sandbox).value("tokenRefreshes"_L1).toInt() - refreshesBefore, 1);
        QCOMPARE(session.stats().tokenRefreshes, 1);
        QCOMPARE(rotated.size(), 1); // the rotated refresh token is still handed over for storage
        QCOMPARE(signInRequired.size(), 0);
        // Expired, refreshed once, expired again: two attempts of the call, then the error.
        QCOMPARE(statusesOf(u"user.current"_s), (QList<int>{401, 401}));
        QTest::qWait(300); // nothing else follows on its own
        QCOMPARE(counters(*m_sandbox).value("tokenRefreshes"_L1).toInt() - refreshesBefore, 1);
        QCOMPARE(statusesOf(u"user.current"_s).size(), 2);

        // With normal lifetimes again, the next expiry is refreshed and the call goes through.
        settings(*m_sandbox, {{u"refreshedTokenLifetimeSeconds"_s, -1}});
        QVERIFY(wait(session.call(u"user.current"_s)).ok());
        QCOMPARE(session.stats().tokenRefreshes, 2);
    }
};

QTEST_GUILESS_MAIN(TestPortalLimitVariants)
#include "tst_portallimitvariants.moc"
