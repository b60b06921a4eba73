#include "sandboxharness.h"

#include "portal/identifyjob.h"
#include "portal/oauthauthorizer.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Harness;

// OAuth against the sandbox's /oauth/authorize/ and /oauth/token/: sign-in through the loopback
// listener (the "browser" is a QNetworkAccessManager following the redirect), single-flight
// refresh, rotation, invalid_grant.
class TestPortalOAuth : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxPortal> m_sandbox;
    QNetworkAccessManager m_browser;

    OAuthClient client() const {
        return OAuthClient{m_sandbox->oauthClientId(), m_sandbox->oauthClientSecret(),
                           m_sandbox->oauthServerUrl()};
    }

    std::optional<PortalCredentials> signIn() {
        OAuthAuthorizer authorizer(m_sandbox->baseUrl(), client());
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

private Q_SLOTS:
    void initTestCase() {
        SandboxOptions options;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
    }

    void init() { reset(*m_sandbox); }

    void signInAndIdentify() {
        const auto credentials = signIn();
        QVERIFY(credentials);
        QCOMPARE(credentials->method(), PortalCredentials::Method::OAuth);
        QVERIFY(!credentials->tokens().accessToken.isEmpty());
        QVERIFY(!credentials->tokens().refreshToken.isEmpty());
        PortalSession session(*credentials);
        bool admin = false;
        QVERIFY(waitJob(session.connectAndIdentify(),
                        [&](IdentifyJob *job) { admin = job->ok() && job->identity().isAdmin; }));
        QVERIFY(admin);
        // The token travelled in the body, never in the URL.
        for (const QJsonValue &entry : journal(*m_sandbox))
            QVERIFY(
                !entry.toObject().value("path"_L1).toString().contains(credentials->tokens().accessToken));
    }

    void tenConcurrentCallsRefreshOnce() {
        const auto credentials = signIn();
        QVERIFY(credentials);
        PortalSession session(*credentials);
        session.setThrottle(ThrottleLimits::unlimited());
        QSignalSpy rotated(&session, &PortalSession::tokensChanged);
        QVERIFY(wait(session.call(u"user.current"_s)).ok());
        control(*m_sandbox, "POST", u"expire-tokens"_s);
        const int refreshesBefore = counters(*m_sandbox).value("tokenRefreshes"_L1).toInt();

        int done = 0, ok = 0;
        for (int i = 0; i < 10; ++i) {
            PortalCall *call = session.call(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, i + 1}}}});
            connect(call, &PortalCall::finished, this, [&done, &ok, call] {
                ++done;
                ok += call->result().ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 20000);
        QCOMPARE(ok, 10);
        QCOMPARE(counters(*m_sandbox).value("tokenRefreshes"_L1).toInt() - refreshesBefore, 1);
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(session.stats().tokenRefreshes, 1);
        QVERIFY(session.credentials().tokens().refreshToken != credentials->tokens().refreshToken);

        // Rotation: the next refresh uses the new refresh token and succeeds too.
        control(*m_sandbox, "POST", u"expire-tokens"_s);
        QVERIFY(wait(session.call(u"user.current"_s)).ok());
        QCOMPARE(rotated.size(), 2);
    }

    void invalidGrantAsksToSignInAgain() {
        auto credentials = signIn();
        QVERIFY(credentials);
        OAuthTokens tokens = credentials->tokens();
        tokens.refreshToken = u"revoked0000000000000000000000000"_s;
        credentials->setTokens(tokens);
        PortalSession session(*credentials);
        QSignalSpy signIn(&session, &PortalSession::signInRequired);
        control(*m_sandbox, "POST", u"expire-tokens"_s);
        int done = 0;
        QStringList kinds;
        for (int i = 0; i < 3; ++i) {
            PortalCall *call = session.call(u"user.current"_s);
            connect(call, &PortalCall::finished, this, [&, call] {
                ++done;
                kinds.append(kindOf(call->result()));
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 20000);
        QCOMPARE(kinds, QStringList(3, u"auth-invalid"_s)); // failed, not lost: callers keep their work
        QCOMPARE(signIn.size(), 1);
        const int requests = counters(*m_sandbox).value("requests"_L1).toInt();
        QCOMPARE(kindOf(wait(session.call(u"user.current"_s))), u"auth-invalid"_s);
        QCOMPARE(counters(*m_sandbox).value("requests"_L1).toInt(), requests); // nothing sent
    }

    void unknownTokenIsRefreshedOnce() {
        auto credentials = signIn();
        QVERIFY(credentials);
        OAuthTokens tokens = credentials->tokens();
        tokens.accessToken = u"unknown000000000000000000000000"_s; // portal answers invalid_token
        credentials->setTokens(tokens);
        PortalSession session(*credentials);
        QVERIFY(wait(session.call(u"user.current"_s)).ok());
        QCOMPARE(session.stats().tokenRefreshes, 1);
    }
};

QTEST_GUILESS_MAIN(TestPortalOAuth)
#include "tst_portaloauth.moc"
