#include "invite/invitationpreview.h"
#include "invite/messagetemplate.h"
#include "invite/recipientlistparser.h"

#include <QTest>

// Template placeholders, per-recipient fill, unknown placeholders, and the HTML preview's escaping.
class TestMessageTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fill_data();
    void fill();
    void unknownPlaceholders();
    void defaultTemplateIsValid();
    void valuesForRecipient();
    void previewEscapesEverything();
    void previewShowsParts();
    void portalInvitationHasThePortalsButtonWithoutALink();
    void mailClientMessageIsTheTextAlone();
};

namespace {
TemplateValues sampleValues() {
    TemplateValues v;
    v.portal = QStringLiteral("Acme");
    v.inviter = QStringLiteral("Olga");
    v.firstName = QStringLiteral("Anna");
    v.lastName = QStringLiteral("Schmidt");
    v.email = QStringLiteral("anna@example.com");
    v.department = QStringLiteral("Sales");
    v.position = QStringLiteral("CTO");
    v.joinLink = QStringLiteral("https://acme.bitrix24.com/join/?x=1");
    return v;
}
} // namespace

void TestMessageTemplate::fill_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("noFirstName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << QStringLiteral("{portal}|{inviter}|{first_name}|{last_name}|{full_name}|{email}|"
                                           "{department}|{position}|{join_link}")
                         << false
                         << QStringLiteral("Acme|Olga|Anna|Schmidt|Anna Schmidt|anna@example.com|Sales|CTO|"
                                           "https://acme.bitrix24.com/join/?x=1");
    QTest::newRow("greeting") << QStringLiteral("Hello {first_name},") << false
                              << QStringLiteral("Hello Anna,");
    QTest::newRow("greeting without name")
        << QStringLiteral("Hello {first_name},\nWelcome") << true << QStringLiteral("Hello,\nWelcome");
    QTest::newRow("empty at end") << QStringLiteral("Hi {first_name}") << true << QStringLiteral("Hi");
    QTest::newRow("escaped braces") << QStringLiteral("{{first_name}} is {first_name}") << false
                                    << QStringLiteral("{first_name} is Anna");
    QTest::newRow("unknown kept") << QStringLiteral("Dear {frist_name}") << false
                                  << QStringLiteral("Dear {frist_name}");
    QTest::newRow("lone brace") << QStringLiteral("a { b } c {") << false << QStringLiteral("a { b } c {");
    QTest::newRow("html is not special")
        << QStringLiteral("<b>{first_name}</b>") << false << QStringLiteral("<b>Anna</b>");
    QTest::newRow("repeated") << QStringLiteral("{first_name}{first_name}") << false
                              << QStringLiteral("AnnaAnna");
}

void TestMessageTemplate::fill() {
    QFETCH(QString, text);
    QFETCH(bool, noFirstName);
    QFETCH(QString, expected);
    TemplateValues v = sampleValues();
    if (noFirstName)
        v.firstName.clear();
    QCOMPARE(MessageTemplate(text).fill(v), expected);
}

void TestMessageTemplate::unknownPlaceholders() {
    const MessageTemplate t(QStringLiteral("Hi {first_name} {frist_name} from {company} {{literal}}"));
    const QList<UnknownPlaceholder> unknown = t.unknownPlaceholders();
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.at(0).name, QStringLiteral("frist_name"));
    QCOMPARE(unknown.at(0).position, 16);
    QCOMPARE(unknown.at(0).length, 12);
    QCOMPARE(unknown.at(1).name, QStringLiteral("company"));
    QVERIFY(!t.isValid());
    QVERIFY(t.problemText().contains(QStringLiteral("{frist_name}")));
    QCOMPARE(t.usedPlaceholders(), QStringList{QStringLiteral("first_name")});
}

void TestMessageTemplate::defaultTemplateIsValid() {
    const MessageTemplate t = MessageTemplate::defaultTemplate();
    QVERIFY(t.isValid());
    QVERIFY(t.usedPlaceholders().contains(QStringLiteral("first_name")));
    QVERIFY(!MessageTemplate::freePlanNote().isEmpty());
    QVERIFY(t.fill(TemplateValues()).startsWith(QStringLiteral("Hello,")));
}

void TestMessageTemplate::valuesForRecipient() {
    const Recipient r =
        RecipientListParser().parse(QStringLiteral("\"Schmidt, Anna\" <Anna@Example.com.>")).first();
    const TemplateValues v = TemplateValues::forRecipient(r, QStringLiteral("Acme"), QStringLiteral("Olga"),
                                                          QStringLiteral("Sales"), QString());
    QCOMPARE(v.fullName(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(v.email, QStringLiteral("Anna@Example.com"));
    QCOMPARE(v.department, QStringLiteral("Sales"));
}

void TestMessageTemplate::previewEscapesEverything() {
    InvitationPreviewInput in;
    in.portalName = QStringLiteral("<Acme & Co>");
    in.senderName = QStringLiteral("Olga <script>alert(1)</script>");
    in.senderEmail = QStringLiteral("o\"lga@acme.com");
    in.message = MessageTemplate(QStringLiteral("Hello {first_name}, <img src=x onerror=alert(1)>")).fill([] {
        TemplateValues v = sampleValues();
        v.firstName = QStringLiteral("<b>Anna</b>");
        return v;
    }());
    const QString html = InvitationPreview::html(in);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<b>Anna")));
    QVERIFY(!html.contains(QStringLiteral("<Acme")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Anna&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;Acme &amp; Co&gt;")));
    QVERIFY(html.contains(QStringLiteral("o&quot;lga@acme.com")));
    QVERIFY(!html.contains(QStringLiteral("<a "))); // nothing the user typed becomes a link
}

void TestMessageTemplate::previewShowsParts() {
    InvitationPreviewInput in;
    in.portalName = QStringLiteral("Acme");
    in.senderName = QStringLiteral("Olga");
    in.message = QStringLiteral("Hello Anna,\n\nWelcome\naboard.");
    const QString html = InvitationPreview::html(in);
    QCOMPARE(InvitationPreview::subject(in), QStringLiteral("Olga invites you to Acme"));
    QVERIFY(html.contains(QStringLiteral("Olga invites you to Acme")));
    QVERIFY(html.contains(QStringLiteral("<p style=\"margin:0 0 12px 0;\">Hello Anna,</p>")));
    QVERIFY(html.contains(QStringLiteral("Welcome<br>aboard.")));
    QVERIFY(html.contains(QStringLiteral("id=\"sender\">Olga<")));
}

void TestMessageTemplate::portalInvitationHasThePortalsButtonWithoutALink() {
    // user.add: the portal's standard invitation wraps the message and adds "Accept invitation" with a
    // link that carries the new user's confirmation code, made by the portal. No "Join" to a link
    // that does not exist.
    InvitationPreviewInput in;
    in.portalName = QStringLiteral("Acme");
    in.senderName = QStringLiteral("Olga");
    in.message = QStringLiteral("Welcome aboard.");
    const QString html = InvitationPreview::html(in);
    QVERIFY(html.contains(QStringLiteral(">Accept invitation</td>")));
    QVERIFY(html.contains(QStringLiteral("with the person's own link to join")));
    QVERIFY(!html.contains(QStringLiteral("<a ")));
    QVERIFY(!html.contains(QStringLiteral(">Join<")));
}

void TestMessageTemplate::mailClientMessageIsTheTextAlone() {
    // Sent from the user's mail client: subject and text; the link is in the text.
    InvitationPreviewInput in;
    in.portalName = QStringLiteral("Acme");
    in.senderName = QStringLiteral("Olga");
    in.message = QStringLiteral("Register with this link:\nhttps://acme.bitrix24.com/join/?token=abc");
    in.mail = InvitationMail::MailClient;
    const QString html = InvitationPreview::html(in);
    QVERIFY(html.contains(QStringLiteral("https://acme.bitrix24.com/join/?token=abc")));
    QVERIFY(!html.contains(QStringLiteral("Accept invitation")));
    QVERIFY(!html.contains(QStringLiteral("You received this e-mail")));
    QVERIFY(!html.contains(QStringLiteral("<a ")));
}

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
