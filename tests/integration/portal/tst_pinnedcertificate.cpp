// A portal on the company's own server with a self-signed certificate, served over real TLS on
// loopback with certificates made at test time: the first connection fails and names the
// certificate (fingerprint, subject); once pinned for that host, calls succeed; another
// self-signed certificate on the same host, or the pinned one on a host it does not name, fails.
#include "../../platformlimits.h"
#include "../../requiredfeatures.h"
#include "sandboxharness.h"
#include "selfsignedcertificate.h"

#include "portal/certificatepin.h"
#include "portal/portalsession.h"

#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;

class TestPinnedCertificate : public QObject {
    Q_OBJECT

    static Result<PortalReply> identify(PortalSession &session) {
        return wait(session.call(u"user.current"_s));
    }

private slots:
    void initTestCase() {
        INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE();
        if (!QSslSocket::supportsSsl())
            INVITEDESK_SKIP_OR_FAIL_WITHOUT("tls", "no TLS backend");
    }

    void untrustedThenPinnedThenAnotherCertificate() {
        const SelfSignedCertificate first = SelfSignedCertificate::make(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        const SelfSignedCertificate second = SelfSignedCertificate::make(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        QVERIFY2(!first.isNull() && !second.isNull(), qPrintable(first.error + second.error));
        QVERIFY(first.certificate() != second.certificate());
        auto sandbox = startTlsSandbox(first);
        QVERIFY(sandbox);
        const quint16 port = sandbox->port();
        PortalSession session(webhook(sandbox->adminWebhookUrl()));

        // Nothing trusts it: refused, and the error carries the certificate the server showed.
        const Result<PortalReply> refused = identify(session);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), PortalError::Kind::Tls);
        QCOMPARE(refused.error().code(), PortalError::untrustedCertificateCode());
        QCOMPARE(refused.error().untrustedCertificate(), first.certificate());
        const QString fingerprint = PortalError::fingerprint(first.certificate());
        QCOMPARE(fingerprint.size(), 32 * 3 - 1); // AB:CD:… over 32 bytes
        QVERIFY(refused.error().userMessage().contains(fingerprint));
        QVERIFY(refused.error().userMessage().contains(u"127.0.0.1, InviteDesk test"_s));

        // Pinned for this host: the same certificate is accepted.
        session.setPinnedCertificate(first.certificate());
        const Result<PortalReply> accepted = identify(session);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().logText()));

        // The server now shows another self-signed certificate on the same host and port.
        sandbox.reset();
        sandbox = startTlsSandbox(second, port);
        QVERIFY(sandbox);
        PortalSession again(webhook(sandbox->adminWebhookUrl()));
        again.setPinnedCertificate(first.certificate());
        const Result<PortalReply> other = identify(again);
        QVERIFY(!other);
        QCOMPARE(other.error().kind(), PortalError::Kind::Tls);
        QCOMPARE(other.error().untrustedCertificate(), second.certificate());
    }

    // Pinned, but the certificate names another host: the host-name check still applies.
    void pinnedCertificateForAnotherNameStillFails() {
        const SelfSignedCertificate elsewhere =
            SelfSignedCertificate::make(u"portal.example"_s, u"DNS:portal.example"_s);
        QVERIFY2(!elsewhere.isNull(), qPrintable(elsewhere.error));
        auto sandbox = startTlsSandbox(elsewhere);
        QVERIFY(sandbox);
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        session.setPinnedCertificate(elsewhere.certificate());
        const Result<PortalReply> refused = identify(session);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), PortalError::Kind::Tls);
        // Not offered for trust either: more is wrong than a missing authority.
        QVERIFY(refused.error().untrustedCertificate().isNull());
    }

    // The pin belongs to its host: the same certificate is not accepted for another host name.
    void pinIsPerHost() {
        const SelfSignedCertificate made = SelfSignedCertificate::make(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        QVERIFY2(!made.isNull(), qPrintable(made.error));
        const CertificatePin pin(u"127.0.0.1:4443"_s, made.certificate());
        const QList<QSslError> untrusted{QSslError(QSslError::SelfSignedCertificate, made.certificate())};
        QVERIFY(pin.accepts(u"127.0.0.1:4443"_s, made.certificate(), untrusted));
        QVERIFY(!pin.accepts(u"127.0.0.1:4444"_s, made.certificate(), untrusted));
        QVERIFY(!pin.accepts(u"portal.example"_s, made.certificate(), untrusted));
        const QList<QSslError> expired{QSslError(QSslError::SelfSignedCertificate, made.certificate()),
                                       QSslError(QSslError::CertificateExpired, made.certificate())};
        QVERIFY(!pin.accepts(u"127.0.0.1:4443"_s, made.certificate(), expired));
        QVERIFY(!CertificatePin().accepts(u"127.0.0.1:4443"_s, made.certificate(), untrusted));
    }
};

QTEST_GUILESS_MAIN(TestPinnedCertificate)
#include "tst_pinnedcertificate.moc"
