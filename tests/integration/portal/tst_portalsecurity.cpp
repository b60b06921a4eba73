#include "sandboxharness.h"

#include "../../platformlimits.h"

#include "portal/identifyjob.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace Harness;

// Scopes and TLS against the sandbox: a scope-limited webhook is named precisely, the §6.6 quirk
// (error inside a 200 result) is an error, and an untrusted certificate fails closed.
class TestPortalSecurity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void limitedWebhookNamesTheMissingScope() {
        SandboxOptions options;
        options.rateLimit = false;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->limitedWebhookUrl()));
        std::optional<PortalError> error;
        QVERIFY(waitJob(session.connectAndIdentify(), [&](IdentifyJob *job) {
            if (!job->ok())
                error = job->error();
        }));
        QVERIFY(error);
        QCOMPARE(error->kind(), PortalError::Kind::InsufficientScope);
        QCOMPARE(error->detail(), u"user"_s);
        QVERIFY(error->userMessage().contains(u"\"user\""_s));
    }

    void insufficientScopeOnUserAdd_data() {
        QTest::addColumn<bool>("inResult");
        QTest::newRow("top-level error") << false;
        QTest::newRow("error inside result (spec 6.6)") << true;
    }

    void insufficientScopeOnUserAdd() {
        QFETCH(bool, inResult);
        SandboxOptions options;
        options.rateLimit = false;
        options.scopeErrorInResult = inResult;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->limitedWebhookUrl()));
        const auto result = wait(session.call(
            u"user.add"_s, {{u"EMAIL"_s, u"scope.test@example.org"_s}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
        QCOMPARE(kindOf(result), u"insufficient-scope"_s);
    }

    void notABitrixPortal() {
        // A web server that answers every request with an HTML page.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                const QByteArray page = "<!DOCTYPE html><html><body>Welcome to nginx!</body></html>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                              QByteArray::number(page.size()) + "\r\n\r\n" + page);
                socket->disconnectFromHost();
            });
        });
        const QUrl url(u"http://127.0.0.1:%1/rest/1/abc/"_s.arg(server.serverPort()));
        PortalSession session(webhook(url));
        session.setRetryPolicy(fastRetries());
        std::optional<PortalError> error;
        QVERIFY(waitJob(session.connectAndIdentify(), [&](IdentifyJob *job) {
            if (!job->ok())
                error = job->error();
        }));
        QVERIFY(error);
        QCOMPARE(error->kind(), PortalError::Kind::NotFound);
        QVERIFY(error->userMessage().contains(u"Bitrix24 portal"_s));
    }

    void untrustedCertificateFailsClosed() {
        INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
        SandboxOptions options;
        options.rateLimit = false;
        options.https = true;
        auto sandbox = startSandbox(options);
        QVERIFY(sandbox->adminWebhookUrl().scheme() == u"https");
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        session.setRetryPolicy(fastRetries());
        const auto result = wait(session.call(u"user.current"_s));
        QCOMPARE(kindOf(result), u"tls"_s);
        QCOMPARE(session.stats().requestsSent, 1); // never retried, never downgraded
        QVERIFY(!result.error().userMessage().isEmpty());
    }

    void trustedCertificateWorks() {
        INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
        SandboxOptions options;
        options.rateLimit = false;
        options.https = true;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        session.addCaCertificates({sandbox->certificate()});
        const auto result = wait(session.call(u"user.current"_s));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().logText()));
    }
};

QTEST_GUILESS_MAIN(TestPortalSecurity)
#include "tst_portalsecurity.moc"
