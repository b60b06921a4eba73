#include "invitefixture.h"

#include "invite/invitedialog.h"
#include "invite/qrcodeimage.h"
#include "invite/quickregistrationtab.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// The Quick Registration tab: the pasted link is checked against the portal's host, shown as a QR
// code (PNG and SVG), shared through a mailto: URL with the editable message, and kept.
class TestQuickRegistrationTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void validatesTheLink_data();
    void validatesTheLink();
    void rendersASquareQrCode();
    void sharesByEmailWithTheEditedMessage();
    void keepsLinkAndMode();
    void fetchesFromTheSandboxEndpoint();

private:
    std::unique_ptr<InviteFixture::Environment> m_env;
};

void TestQuickRegistrationTab::validatesTheLink_data() {
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("problem"); // a part of the message, empty for a usable link
    QTest::newRow("ok") << u"https://acme.bitrix24.com/extranet/register/?secret=abc"_s << QString();
    QTest::newRow("upper-case host") << u"https://ACME.bitrix24.com/register/?x=1"_s << QString();
    QTest::newRow("other portal") << u"https://evil.bitrix24.com/register/"_s
                                  << u"belongs to evil.bitrix24.com, not to your portal acme.bitrix24.com"_s;
    QTest::newRow("http") << u"http://acme.bitrix24.com/register/"_s << u"https://"_s;
    QTest::newRow("not a URL") << u"acme register"_s << u"spaces"_s;
    QTest::newRow("ftp") << u"ftp://acme.bitrix24.com/x"_s << u"must start with https://"_s;
    QTest::newRow("home page") << u"https://acme.bitrix24.com/"_s << u"home page"_s;
    QTest::newRow("port") << u"https://acme.bitrix24.com:8443/register/"_s << u"port 8443"_s;
}

void TestQuickRegistrationTab::validatesTheLink() {
    QFETCH(QString, link);
    QFETCH(QString, problem);
    InviteDialog d(m_env->context());
    QuickRegistrationTab *tab = d.quickRegistrationTab();
    auto *edit = child<QLineEdit>(&d, u"quickLink"_s);
    edit->clear();
    QTest::keyClicks(edit, link);
    const QString shown = child<QLabel>(&d, u"quickLinkProblem"_s)->text();
    if (problem.isEmpty()) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QVERIFY(!tab->qrImage().isNull());
        QVERIFY(child<QPushButton>(&d, u"quickShare"_s)->isEnabled());
    } else {
        QVERIFY2(shown.contains(problem), qPrintable(shown));
        QVERIFY(tab->qrImage().isNull());
        QVERIFY(!child<QPushButton>(&d, u"quickCopy"_s)->isEnabled());
    }
}

void TestQuickRegistrationTab::rendersASquareQrCode() {
    InviteDialog d(m_env->context());
    QuickRegistrationTab *tab = d.quickRegistrationTab();
    tab->setLink(u"https://acme.bitrix24.com/extranet/register/?secret=7f3a9c"_s);
    const QImage image = tab->qrImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    // Not blank: both colours present.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    bool dark = false, light = false;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            (qGray(rgb.pixel(x, y)) < 128 ? dark : light) = true;
    QVERIFY(dark && light);
    QVERIFY(!child<QLabel>(&d, u"quickQr"_s)->pixmap().isNull());
    const QString png = m_env->path(u"qr.png"_s), svg = m_env->path(u"qr.svg"_s);
    QVERIFY(tab->saveQrPng(png));
    const QImage saved(png);
    QVERIFY(!saved.isNull());
    QCOMPARE(saved.width(), saved.height());
    QVERIFY(tab->saveQrSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg") && text.contains("<path"));
#ifdef Q_OS_UNIX
    // The link lets anyone join: both files are the owner's alone.
    constexpr QFileDevice::Permissions shared =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(!(QFile::permissions(png) & shared));
    QVERIFY(!(QFile::permissions(svg) & shared));
#endif
    QVERIFY(QrCodeImage(u"x"_s).modules() >= 21);
}

void TestQuickRegistrationTab::sharesByEmailWithTheEditedMessage() {
    InviteDialog d(m_env->context());
    d.setCurrentTab(InviteDialog::Tab::QuickRegistration);
    d.show();
    QuickRegistrationTab *tab = d.quickRegistrationTab();
    const QString link = u"https://acme.bitrix24.com/extranet/register/?secret=a&b=c"_s;
    tab->setLink(link);
    auto *message = child<QPlainTextEdit>(&d, u"quickMessage"_s);
    message->setPlainText(u"Join {portal} & say hi: {join_link}\nBye + thanks"_s);
    QTest::mouseClick(child<QPushButton>(&d, u"quickShare"_s), Qt::LeftButton);
    QCOMPARE(m_env->openedUrls.size(), 1);
    const QUrl url = m_env->openedUrls.constFirst();
    QCOMPARE(url.scheme(), u"mailto"_s);
    const QString body =
        QUrl::fromPercentEncoding(QUrlQuery(url).queryItemValue(u"body"_s, QUrl::FullyEncoded).toLatin1());
    QCOMPARE(body, u"Join Acme & say hi: "_s + link + u"\r\nBye + thanks"_s);
    QVERIFY(!QUrlQuery(url).queryItemValue(u"subject"_s).isEmpty());
}

void TestQuickRegistrationTab::keepsLinkAndMode() {
    {
        InviteDialog d(m_env->context());
        d.quickRegistrationTab()->setLink(u"https://acme.bitrix24.com/register/?s=1"_s);
    }
    InviteDialog d(m_env->context());
    QCOMPARE(d.quickRegistrationTab()->link(), u"https://acme.bitrix24.com/register/?s=1"_s);
    // Who may join is the portal's setting, which a real portal does not tell: said so, read-only,
    // with the way to the portal; nothing here looks like a setting that changes it.
    auto *summary = child<QLabel>(&d, u"quickModeSummary"_s);
    QVERIFY(summary->text().contains(u"Not known here"_s));
    QVERIFY(!d.quickRegistrationTab()->findChild<QRadioButton *>());
    QVERIFY(!d.findChild<QLineEdit *>(u"quickTrustedDomains"_s));
    QVERIFY(child<QPushButton>(&d, u"quickChangeInPortal"_s)->isEnabled());
    QVERIFY(!d.findChild<QPushButton *>(u"quickFetch"_s)); // only in training mode
}

void TestQuickRegistrationTab::fetchesFromTheSandboxEndpoint() {
    // A one-answer HTTP server with the sandbox's answer shape (GET /sandbox/registration).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    connect(&server, &QTcpServer::newConnection, this, [&server, base] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, base] {
            socket->readAll();
            const QByteArray body =
                "{\"link\":\"" + base.toUtf8() +
                "/join/?token=abc\",\"mode\":\"moderated\",\"trustedDomains\":[\"acme.example\"]}";
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    InviteDialogContext context = m_env->context();
    context.portalUrl = QUrl(base);
    context.registrationInfoUrl = QUrl(base + u"/sandbox/registration"_s);
    InviteDialog d(context);
    d.setCurrentTab(InviteDialog::Tab::QuickRegistration);
    d.show();
    QSignalSpy fetched(d.quickRegistrationTab(), &QuickRegistrationTab::fetched);
    QTest::mouseClick(child<QPushButton>(&d, u"quickFetch"_s), Qt::LeftButton);
    QTRY_COMPARE(fetched.count(), 1);
    QCOMPARE(fetched.constFirst().constFirst().toBool(), true);
    QCOMPARE(d.quickRegistrationTab()->link(), base + u"/join/?token=abc"_s);
    QVERIFY(d.quickRegistrationTab()->linkProblem().isEmpty());
    // What the training portal said is shown as last seen there, also in the next dialog.
    const InviteDialog next(context);
    for (const InviteDialog *dialog : std::initializer_list<const InviteDialog *>{&d, &next}) {
        const QString summary = child<QLabel>(dialog, u"quickModeSummary"_s)->text();
        QVERIFY2(summary.contains(u"Moderated"_s) && summary.contains(u"acme.example"_s),
                 qPrintable(summary));
    }
}

QTEST_MAIN(TestQuickRegistrationTab)
#include "tst_quickregistrationtab.moc"
