// The sandbox portal over HTTPS (SandboxOptions::https): the self-signed throw-away test
// certificate is refused by default verification (TLS errors fail closed) and accepted once the
// test adds it to the request's CA list.
#include "../../platformlimits.h"
#include "../../requiredfeatures.h"
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

class TestSandboxHttps : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void urlsUseHttps();
    void defaultVerificationFailsClosed();
    void trustedCertificateSucceeds_data();
    void trustedCertificateSucceeds();
    void postAndControlOverTls();
    void plainHttpPortalHasNoCertificate();

private:
    QNetworkRequest trusted(const QUrl &url) const {
        QNetworkRequest req = SandboxTestClient::request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(m_portal->certificate());
        req.setSslConfiguration(tls);
        req.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader), m_portal->controlToken().toUtf8());
        return req;
    }
    std::unique_ptr<SandboxPortal> m_portal;
};

void TestSandboxHttps::initTestCase() {
    if (!QSslSocket::supportsSsl())
        INVITEDESK_SKIP_OR_FAIL_WITHOUT("tls", "no TLS backend");
    SandboxOptions options;
    options.users = 20;
    options.rateLimit = false;
    options.https = true;
    m_portal = std::make_unique<SandboxPortal>(options);
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    QVERIFY(!m_portal->certificate().isNull());
    QVERIFY(m_portal->certificate().isSelfSigned());
    QCOMPARE(m_portal->certificate().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("127.0.0.1"));
}

void TestSandboxHttps::urlsUseHttps() {
    QCOMPARE(m_portal->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_portal->adminWebhookUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_portal->employeeWebhookUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_portal->limitedWebhookUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_portal->oauthServerUrl().scheme(), QStringLiteral("https"));
}

void TestSandboxHttps::defaultVerificationFailsClosed() {
    INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
    SandboxTestClient client;
    QNetworkReply *reply = client.nam.get(
        SandboxTestClient::request(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"))));
    QList<QSslError> errors;
    connect(reply, &QNetworkReply::sslErrors, this, [&errors](const QList<QSslError> &e) { errors += e; });
    const HttpResult r = client.finish(reply);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(r.status, 0);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!errors.isEmpty());
    bool untrusted = false;
    for (const QSslError &e : errors)
        untrusted |= e.error() == QSslError::SelfSignedCertificate ||
                     e.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                     e.error() == QSslError::CertificateUntrusted;
    QVERIFY(untrusted);
    // Nothing reached the portal: the journal (read over trusted TLS) is empty of it.
    SandboxTestClient trustedClient;
    const HttpResult journal = trustedClient.finish(
        trustedClient.nam.get(trusted(controlUrl(m_portal->baseUrl(), QStringLiteral("journal")))));
    QCOMPARE(journal.status, 200);
    for (const QJsonValue &e : journal.json.value(QStringLiteral("requests")).toArray())
        QVERIFY(e.toObject().value(QStringLiteral("restMethod")).toString() != u"user.admin");
}

void TestSandboxHttps::trustedCertificateSucceeds_data() {
    QTest::addColumn<QString>("host");
    QTest::newRow("127.0.0.1") << "127.0.0.1";
    QTest::newRow("localhost") << "localhost";
}

void TestSandboxHttps::trustedCertificateSucceeds() {
    INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
    QFETCH(QString, host);
    SandboxTestClient client;
    QUrl url = methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"));
    url.setHost(host);
    const HttpResult r = client.finish(client.nam.get(trusted(url)));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("result")), QJsonValue(true));
}

void TestSandboxHttps::postAndControlOverTls() {
    INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
    SandboxTestClient client;
    QNetworkRequest req = trusted(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.add")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const HttpResult added = client.finish(
        client.nam.post(req, QByteArrayLiteral(R"({"EMAIL":"tls@example.com","UF_DEPARTMENT":[1]})")));
    QCOMPARE(added.status, 200);
    QVERIFY(added.json.value(QStringLiteral("result")).toInt() > 0);
    const HttpResult settings =
        client.finish(client.nam.get(trusted(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")))));
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json.value(QStringLiteral("https")), QJsonValue(true));
}

void TestSandboxHttps::plainHttpPortalHasNoCertificate() {
    SandboxOptions options;
    options.users = 5;
    SandboxPortal plain(options);
    QVERIFY(plain.start());
    QVERIFY(plain.certificate().isNull());
    QCOMPARE(plain.baseUrl().scheme(), QStringLiteral("http"));
}

QTEST_GUILESS_MAIN(TestSandboxHttps)
#include "tst_sandbox_https.moc"
