#include "portal/sandboxharness.h"

#include "credentials/secretstore.h"
#include "portal/identifyjob.h"
#include "portal/oauthauthorizer.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Harness;

namespace {
QMutex g_logMutex;
QStringList g_log;        // every message of the product categories, debug included
QStringList g_sandboxLog; // the sandbox fixture's own messages, kept apart
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        const QString line =
            QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
        if (context.category && qstrcmp(context.category, "invitedesk.sandbox") == 0)
            g_sandboxLog.append(line);
        else
            g_log.append(line);
    }
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}
} // namespace

// A whole session — webhook and OAuth sign-in, errors, refresh, rotation, invalid_grant, moved
// portal, keychain writes and sign-out — with every log message captured (debug level on) and
// the settings file read afterwards: no secret, token or whole webhook URL anywhere.
class TestNoSecretsInLogs : public QObject {
    Q_OBJECT

    QStringList m_secrets;

    void remember(const PortalCredentials &credentials) {
        for (const QString &s : credentials.secrets())
            if (!m_secrets.contains(s))
                m_secrets.append(s);
    }

private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(u"invitedesk.*=true\nqt.networkauth*=true"_s);
        g_previous = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void wholeSession() {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(u"invitedesk.ini"_s);
        SandboxOptions options;
        options.rateLimit = false;
        auto sandbox = startSandbox(options);
        auto target = startSandbox(options);

        // Webhook: identify, errors, faults, a move.
        const PortalCredentials admin = webhook(sandbox->adminWebhookUrl());
        remember(admin);
        remember(webhook(sandbox->employeeWebhookUrl()));
        {
            PortalSession session(admin);
            session.setRetryPolicy(fastRetries());
            QVERIFY(waitJob(session.connectAndIdentify(), [](IdentifyJob *) {}));
            (void)wait(session.call(u"no.such.method"_s));
            (void)wait(session.call(u"user.add"_s, {{u"EMAIL"_s, u"bad"_s}}));
            fault(*sandbox, {{u"kind"_s, u"http500"_s}, {u"count"_s, 1}});
            (void)wait(session.call(u"user.current"_s));
            fault(*sandbox, {{u"kind"_s, u"drop"_s}, {u"count"_s, 1}, {u"method"_s, u"user.add"_s}});
            (void)wait(session.call(u"user.add"_s, {{u"EMAIL"_s, u"log.test@example.org"_s},
                                                    {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
            QUrl location = target->baseUrl();
            location.setPath({});
            fault(*sandbox, {{u"kind"_s, u"moved"_s}, {u"count"_s, 1}, {u"location"_s, location.toString()}});
            QCOMPARE(kindOf(wait(session.call(u"user.current"_s))), u"moved"_s); // asked first
            QVERIFY(session.acceptMove(location));
            QVERIFY(wait(session.call(u"user.current"_s)).ok());
        }
        {
            PortalCredentials wrong =
                webhook(sandbox->baseUrl().resolved(QUrl(u"/rest/1/notthesecret42/"_s)));
            remember(wrong);
            PortalSession session(wrong);
            (void)wait(session.call(u"user.current"_s));
        }

        // OAuth: sign in, refresh (rotation), then a revoked refresh token.
        const OAuthClient client{sandbox->oauthClientId(), sandbox->oauthClientSecret(),
                                 sandbox->oauthServerUrl()};
        m_secrets.append(client.clientSecret);
        std::optional<PortalCredentials> signedIn;
        {
            OAuthAuthorizer authorizer(sandbox->baseUrl(), client);
            QNetworkAccessManager browser;
            connect(&authorizer, &OAuthAuthorizer::openBrowser, this, [&browser](const QUrl &url) {
                QNetworkReply *reply = browser.get(QNetworkRequest(url));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            });
            connect(&authorizer, &OAuthAuthorizer::succeeded, this,
                    [&](const PortalCredentials &c) { signedIn = c; });
            QVERIFY(authorizer.start());
            QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, 20000));
        }
        remember(*signedIn);

        QSettings settings(settingsPath, QSettings::IniFormat);
        SecretStore store(&settings);
        const QString host = signedIn->host();
        auto runJob = [](SecretJob *job) {
            bool done = false;
            QObject::connect(job, &SecretJob::finished, job, [&done] { done = true; });
            return QTest::qWaitFor([&] { return done; }, 20000);
        };
        QVERIFY(runJob(store.write({host, 1, u"webhook"_s}, admin.webhookSecret().toUtf8())));
        QVERIFY(runJob(store.write({host, 1, u"client_secret"_s}, client.clientSecret.toUtf8())));
        QVERIFY(runJob(store.write({host, 1, u"refresh_token"_s}, signedIn->tokens().refreshToken.toUtf8())));
        int rotationsStarted = 0;
        int rotationsPending = 0;
        {
            PortalSession session(*signedIn);
            connect(&session, &PortalSession::tokensChanged, this, [&](const OAuthTokens &tokens) {
                m_secrets.append(tokens.accessToken);
                m_secrets.append(tokens.refreshToken);
                SecretJob *rotation =
                    store.rotate({host, 1, u"refresh_token"_s}, tokens.refreshToken.toUtf8());
                ++rotationsStarted;
                ++rotationsPending;
                connect(rotation, &SecretJob::finished, this, [&rotationsPending] { --rotationsPending; });
            });
            control(*sandbox, "POST", u"expire-tokens"_s);
            QVERIFY(wait(session.call(u"user.current"_s)).ok());
        }
        {
            PortalCredentials revoked = *signedIn;
            OAuthTokens tokens = revoked.tokens();
            tokens.refreshToken = u"revokedrefreshtoken0000000000001"_s;
            m_secrets.append(tokens.refreshToken);
            revoked.setTokens(tokens);
            PortalSession session(revoked);
            control(*sandbox, "POST", u"expire-tokens"_s);
            QCOMPARE(kindOf(wait(session.call(u"user.current"_s))), u"auth-invalid"_s);
        }
        QVERIFY(rotationsStarted > 0);
        QTRY_COMPARE_WITH_TIMEOUT(rotationsPending, 0, 20000); // the rotation jobs are done
        QVERIFY(runJob(store.signOut(host, 1)));
        settings.sync();

        QFile file(settingsPath);
        const QString settingsText =
            file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.size() > 20, "the session should have logged");
        const QString all = log.join(u'\n');
        QVERIFY(all.contains(u"invitedesk.portal"_s));
        QVERIFY(all.contains(u"invitedesk.credentials"_s));
        QVERIFY(m_secrets.size() >= 8);
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY2(!all.contains(secret), qPrintable(u"secret in the log: "_s + secret.left(3)));
            QVERIFY2(!settingsText.contains(secret), "secret in the settings file");
        }
        QVERIFY(!all.contains(sandbox->adminWebhookUrl().toString()));
    }
};

QTEST_GUILESS_MAIN(TestNoSecretsInLogs)
#include "tst_nosecretsinlogs.moc"
