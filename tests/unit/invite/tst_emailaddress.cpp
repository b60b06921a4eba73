#include "invite/emailaddress.h"

#include <QTest>

Q_DECLARE_METATYPE(EmailProblem)

// The address checker: every problem with its reason, IDN, quoted and Unicode local parts, and the
// comparison key that finds duplicates.
class TestEmailAddress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void comparisonKey_data();
    void comparisonKey();
    void everyProblemHasText();
    void forSendingUsesAce();
};

void TestEmailAddress::check_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<EmailProblem>("problem");

    const auto ok = EmailProblem::None;
    QTest::newRow("plain") << QStringLiteral("john@example.com") << ok;
    QTest::newRow("upper case") << QStringLiteral("John.Smith@Example.COM") << ok;
    QTest::newRow("plus tag") << QStringLiteral("john+invites@example.com") << ok;
    QTest::newRow("subdomain") << QStringLiteral("a.b-c_d@mail.corp.example.co.uk") << ok;
    QTest::newRow("stray whitespace") << QStringLiteral("  \tjohn@example.com \n") << ok;
    QTest::newRow("trailing dot of domain") << QStringLiteral("john@example.com.") << ok;
    QTest::newRow("IDN cyrillic") << QStringLiteral("info@пример.рф") << ok;
    QTest::newRow("IDN german") << QStringLiteral("max@müller-bäckerei.de") << ok;
    QTest::newRow("IDN already ACE") << QStringLiteral("max@xn--mller-kva.de") << ok;
    QTest::newRow("unicode local part") << QStringLiteral("иван@пример.рф") << ok;
    QTest::newRow("unicode local part, ascii domain") << QStringLiteral("José.Núñez@example.es") << ok;
    // Quoted local parts are valid RFC 5322 but not addresses Bitrix24 takes.
    const auto quoted = EmailProblem::QuotedLocalPart;
    QTest::newRow("quoted local part with space") << QStringLiteral("\"john doe\"@example.com") << quoted;
    QTest::newRow("quoted local part with @") << QStringLiteral("\"john@home\"@example.com") << quoted;
    QTest::newRow("quoted escaped quote") << QStringLiteral("\"a\\\"b\"@example.com") << quoted;
    QTest::newRow("needless quotes") << QStringLiteral("\"john\"@example.com") << quoted;
    QTest::newRow("special atext") << QStringLiteral("o'brien!#$%&*/=?^_`{|}~@example.ie") << ok;
    QTest::newRow("digits domain label") << QStringLiteral("x@123.example.com") << ok;

    QTest::newRow("empty") << QString() << EmailProblem::Empty;
    QTest::newRow("blank") << QStringLiteral("   ") << EmailProblem::Empty;
    QTest::newRow("missing @") << QStringLiteral("john.example.com") << EmailProblem::MissingAt;
    QTest::newRow("two @") << QStringLiteral("john@doe@example.com") << EmailProblem::MultipleAt;
    QTest::newRow("space inside") << QStringLiteral("john doe@example.com") << EmailProblem::ContainsSpaces;
    QTest::newRow("space in domain") << QStringLiteral("jd@exa mple.com") << EmailProblem::ContainsSpaces;
    QTest::newRow("empty local") << QStringLiteral("@example.com") << EmailProblem::EmptyLocalPart;
    QTest::newRow("empty domain") << QStringLiteral("john@") << EmailProblem::EmptyDomain;
    QTest::newRow("leading dot local")
        << QStringLiteral(".john@example.com") << EmailProblem::DotAtLocalPartEdge;
    QTest::newRow("trailing dot local")
        << QStringLiteral("john.@example.com") << EmailProblem::DotAtLocalPartEdge;
    QTest::newRow("double dot local")
        << QStringLiteral("john..doe@example.com") << EmailProblem::ConsecutiveDots;
    QTest::newRow("double dot domain")
        << QStringLiteral("john@example..com") << EmailProblem::ConsecutiveDots;
    QTest::newRow("two trailing dots")
        << QStringLiteral("john@example.com..") << EmailProblem::ConsecutiveDots;
    QTest::newRow("leading dot domain")
        << QStringLiteral("john@.example.com") << EmailProblem::DomainDotAtEdge;
    QTest::newRow("no dot in domain") << QStringLiteral("john@localhost") << EmailProblem::DomainWithoutDot;
    QTest::newRow("domain literal") << QStringLiteral("john@[192.0.2.1]") << EmailProblem::DomainLiteral;
    QTest::newRow("comma in local") << QStringLiteral("john,doe@example.com")
                                    << EmailProblem::InvalidLocalCharacter;
    QTest::newRow("bracket in local")
        << QStringLiteral("john>@example.com") << EmailProblem::InvalidLocalCharacter;
    QTest::newRow("underscore domain")
        << QStringLiteral("john@exa_mple.com") << EmailProblem::InvalidDomainCharacter;
    QTest::newRow("hyphen label") << QStringLiteral("john@-example.com") << EmailProblem::DomainLabelHyphen;
    QTest::newRow("hyphen label end")
        << QStringLiteral("john@example-.com") << EmailProblem::DomainLabelHyphen;
    QTest::newRow("numeric tld") << QStringLiteral("john@192.168.0.1") << EmailProblem::NumericTopLevelDomain;
    QTest::newRow("long label") << QStringLiteral("john@") + QString(64, u'a') + QStringLiteral(".com")
                                << EmailProblem::DomainLabelTooLong;
    QTest::newRow("long local") << QString(65, u'a') + QStringLiteral("@example.com")
                                << EmailProblem::LocalPartTooLong;
    QTest::newRow("long address") << QString(60, u'a') + u'@' + QString(60, u'b') + u'.' + QString(60, u'c') +
                                         u'.' + QString(60, u'd') + u'.' + QString(60, u'e') +
                                         QStringLiteral(".com")
                                  << EmailProblem::TooLong;
    QTest::newRow("unterminated quote")
        << QStringLiteral("\"john@example.com") << EmailProblem::UnterminatedQuote;
    QTest::newRow("quote then text") << QStringLiteral("\"john\"x@example.com")
                                     << EmailProblem::InvalidQuotedLocalPart;
    QTest::newRow("invisible mark") << QStringLiteral("jo\u200Ehn@example.com")
                                    << EmailProblem::InvalidLocalCharacter;

    // Control characters never get in, wherever they hide (CR/LF through a quoted pair).
    const auto control = EmailProblem::ControlCharacter;
    QTest::newRow("CR LF in a quoted pair")
        << QStringLiteral("\"john\\\r\\\nBcc: all@example.com\"@example.com") << control;
    QTest::newRow("NUL in a quoted pair")
        << QStringLiteral("\"john\\") + QChar(0) + QStringLiteral("x\"@example.com") << control;
    QTest::newRow("BEL in a quoted pair") << QStringLiteral("\"john\\\adoe\"@example.com") << control;
    QTest::newRow("DEL in a quoted pair") << QStringLiteral("\"john\\\x7f\"@example.com") << control;
    QTest::newRow("LF inside") << QStringLiteral("john\ndoe@example.com") << control;
    QTest::newRow("CR LF before a header")
        << QStringLiteral("john@example.com\r\nBcc: x@example.com") << control;
    QTest::newRow("NUL in the domain") << QString::fromUtf16(u"john@exam\0ple.com", 17) << control;
    QTest::newRow("C1 control") << QStringLiteral("john\u0085doe@example.com") << control;
    QTest::newRow("DEL in the domain") << QStringLiteral("john@example.com\x7f") << control;
    QTest::newRow("tab inside") << QStringLiteral("john\tdoe@example.com") << control;

    // xn-- labels must be valid punycode.
    QTest::newRow("ACE prefix alone") << QStringLiteral("max@xn--.de") << EmailProblem::DomainLabelHyphen;
    QTest::newRow("ACE label undecodable")
        << QStringLiteral("max@xn--zzzzzz-9999.de") << EmailProblem::InvalidPunycode;
    QTest::newRow("ACE label of plain ASCII")
        << QStringLiteral("max@xn--abc-.de") << EmailProblem::DomainLabelHyphen;
    QTest::newRow("ACE label that decodes to nothing")
        << QStringLiteral("max@xn--abc.de") << EmailProblem::InvalidPunycode;
    QTest::newRow("ACE label upper case") << QStringLiteral("max@XN--MLLER-KVA.DE") << ok;
    QTest::newRow("ACE top-level domain") << QStringLiteral("info@xn--e1afmkfd.xn--p1ai") << ok;
}

void TestEmailAddress::check() {
    QFETCH(QString, input);
    QFETCH(EmailProblem, problem);
    const EmailCheck c = EmailAddress::check(input);
    QCOMPARE(c.problem, problem);
    QCOMPARE(c.isValid(), problem == EmailProblem::None);
    QCOMPARE(c.comparisonKey.isEmpty(), problem != EmailProblem::None);
}

void TestEmailAddress::comparisonKey_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("case") << QStringLiteral("John@Example.com") << QStringLiteral("john@example.com");
    QTest::newRow("trim") << QStringLiteral(" john@example.com\t") << QStringLiteral("john@example.com");
    QTest::newRow("trailing dot") << QStringLiteral("john@example.com.")
                                  << QStringLiteral("john@example.com");
    QTest::newRow("idn vs ace") << QStringLiteral("max@Müller.de") << QStringLiteral("max@xn--mller-kva.de");
    QTest::newRow("nfc vs nfd") << QStringLiteral("jos\u00e9@example.es")
                                << QStringLiteral("jose\u0301@example.es");
}

void TestEmailAddress::comparisonKey() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(EmailAddress::comparisonKey(a), EmailAddress::comparisonKey(b));
}

void TestEmailAddress::everyProblemHasText() {
    QVERIFY(EmailAddress::problemText(EmailProblem::None).isEmpty());
    for (int p = int(EmailProblem::Empty); p <= int(EmailProblem::NumericTopLevelDomain); ++p)
        QVERIFY2(!EmailAddress::problemText(EmailProblem(p)).isEmpty(), qPrintable(QString::number(p)));
    QVERIFY(EmailAddress::problemText(EmailProblem::MissingAt).contains(u'@'));
}

void TestEmailAddress::forSendingUsesAce() {
    const EmailCheck c = EmailAddress::check(QStringLiteral("Info@Пример.РФ."));
    QVERIFY(c.isValid());
    QCOMPARE(c.forSending, QStringLiteral("Info@xn--e1afmkfd.xn--p1ai"));
    QCOMPARE(c.address, QStringLiteral("Info@Пример.РФ"));
    QVERIFY(!c.internationalLocalPart);
    QVERIFY(EmailAddress::check(QStringLiteral("иван@example.com")).internationalLocalPart);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
