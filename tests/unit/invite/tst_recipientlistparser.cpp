#include "invite/recipientlistparser.h"

#include <QElapsedTimer>
#include <QTest>

// Pasted text in the shapes people really paste: address book exports, Outlook and Gmail lines,
// spreadsheet columns, right-to-left names, IDN, quoted local parts, stray whitespace and junk.
class TestRecipientListParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void nothingDropped();
    void invalidKeepsReason();
    void tenThousandLines();
};

namespace {
// Expected recipient: "email|first|last|v" where v is 1 for a valid address and 0 for an invalid one.
QStringList describe(const QList<Recipient> &list) {
    QStringList out;
    for (const Recipient &r : list)
        out << r.email + u'|' + r.firstName + u'|' + r.lastName + u'|' + (r.isValid() ? u'1' : u'0');
    return out;
}
} // namespace

void TestRecipientListParser::parse_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QString &input, const QStringList &expected) {
        QTest::newRow(name) << input << expected;
    };
    auto s = [](const char16_t *t) { return QString::fromUtf16(t); };

    row("single", s(u"anna@example.com"), {s(u"anna@example.com|||1")});
    row("commas", s(u"a@x.com,b@y.org"), {s(u"a@x.com|||1"), s(u"b@y.org|||1")});
    row("comma space", s(u"a@x.com, b@y.org, c@z.net"),
        {s(u"a@x.com|||1"), s(u"b@y.org|||1"), s(u"c@z.net|||1")});
    row("semicolons (Outlook)", s(u"a@x.com; b@y.org;"), {s(u"a@x.com|||1"), s(u"b@y.org|||1")});
    row("spaces", s(u"a@x.com b@y.org   c@z.net"), {s(u"a@x.com|||1"), s(u"b@y.org|||1"), s(u"c@z.net|||1")});
    row("new lines", s(u"a@x.com\nb@y.org\n\n\nc@z.net\n"),
        {s(u"a@x.com|||1"), s(u"b@y.org|||1"), s(u"c@z.net|||1")});
    row("CRLF", s(u"a@x.com\r\nb@y.org\r\n"), {s(u"a@x.com|||1"), s(u"b@y.org|||1")});
    row("tabs", s(u"a@x.com\tb@y.org"), {s(u"a@x.com|||1"), s(u"b@y.org|||1")});
    row("mixed separators", s(u" a@x.com ;\tb@y.org,\n c@z.net ; "),
        {s(u"a@x.com|||1"), s(u"b@y.org|||1"), s(u"c@z.net|||1")});
    row("empty", QString(), {});
    row("only separators", s(u" ,;, \n\t ;"), {});
    row("name angle", s(u"Anna Schmidt <anna@example.com>"), {s(u"anna@example.com|Anna|Schmidt|1")});
    row("quoted name angle", s(u"\"Anna Schmidt\" <anna@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1")});
    row("quoted last, first", s(u"\"Schmidt, Anna\" <anna@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1")});
    row("unquoted last, first", s(u"Schmidt, Anna <anna@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1")});
    row("unquoted two-word last name", s(u"van Dijk, Sanne <sanne@example.nl>"),
        {s(u"sanne@example.nl|Sanne|van Dijk|1")});
    row("outlook list", s(u"Schmidt, Anna <anna@example.com>; Doe, John <john@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1"), s(u"john@example.com|John|Doe|1")});
    row("gmail list", s(u"\"Anna Schmidt\" <anna@example.com>, \"Doe, John\" <john@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1"), s(u"john@example.com|John|Doe|1")});
    row("angle no space", s(u"Anna<anna@example.com>"), {s(u"anna@example.com|Anna||1")});
    row("angle only", s(u"<anna@example.com>"), {s(u"anna@example.com|||1")});
    row("address (name)", s(u"anna@example.com (Anna Schmidt)"), {s(u"anna@example.com|Anna|Schmidt|1")});
    row("two with comments", s(u"a@x.com (Ann Lee) b@y.org (Bo Kim)"),
        {s(u"a@x.com|Ann|Lee|1"), s(u"b@y.org|Bo|Kim|1")});
    row("mailto", s(u"mailto:anna@example.com"), {s(u"anna@example.com|||1")});
    row("mailto in angle", s(u"Anna <mailto:anna@example.com>"), {s(u"anna@example.com|Anna||1")});
    row("name then address", s(u"Anna Schmidt anna@example.com"), {s(u"anna@example.com|Anna|Schmidt|1")});
    row("spreadsheet row", s(u"Anna\tSchmidt\tanna@example.com\nBo\tKim\tbo@example.org"),
        {s(u"anna@example.com|Anna|Schmidt|1"), s(u"bo@example.org|Bo|Kim|1")});
    row("middle name", s(u"Mary Ann Smith <mas@example.com>"), {s(u"mas@example.com|Mary Ann|Smith|1")});
    row("particle", s(u"Ludwig van Beethoven <lvb@example.de>"),
        {s(u"lvb@example.de|Ludwig|van Beethoven|1")});
    row("upper-case family first", s(u"DUPONT Marie <marie@example.fr>"),
        {s(u"marie@example.fr|Marie|DUPONT|1")});
    row("russian with patronymic", s(u"Иванов Иван Иванович <ivanov@пример.рф>"),
        {s(u"ivanov@пример.рф|Иван|Иванов|1")});
    row("russian two words", s(u"Анна Петрова <anna@example.ru>"), {s(u"anna@example.ru|Анна|Петрова|1")});
    row("hebrew name rtl", s(u"\u200Fדוד לוי\u200F <david@example.co.il>"),
        {s(u"david@example.co.il|דוד|לוי|1")});
    row("arabic name, arabic comma", s(u"محمد علي <m.ali@example.ae>، سارة <sara@example.ae>"),
        {s(u"m.ali@example.ae|محمد|علي|1"), s(u"sara@example.ae|سارة||1")});
    row("chinese full-width comma", s(u"王伟 <wang@example.cn>，li@example.cn"),
        {s(u"wang@example.cn|王伟||1"), s(u"li@example.cn|||1")});
    row("idn", s(u"info@müller-bäckerei.de, post@пример.рф"),
        {s(u"info@müller-bäckerei.de|||1"), s(u"post@пример.рф|||1")});
    // Kept as one entry each, and refused: Bitrix24 takes only ordinary addresses.
    row("quoted local part", s(u"\"john doe\"@example.com, \"a,b\"@example.com"),
        {s(u"\"john doe\"@example.com|||0"), s(u"\"a,b\"@example.com|||0")});
    row("control character in a quoted pair",
        s(u"\"john\\\u0007doe\"@example.com, \"x\\\u007f\"@example.com"),
        {s(u"\"john\\\u0007doe\"@example.com|||0"), s(u"\"x\\\u007f\"@example.com|||0")});
    row("NUL in a quoted pair", QStringLiteral("\"john\\") + QChar(0) + QStringLiteral("\"@example.com"),
        {QStringLiteral("\"john\\") + QChar(0) + QStringLiteral("\"@example.com|||0")});
    // An unclosed comment does not swallow the next address into the first one's name.
    row("unclosed comment before an address", s(u"a@x.com (Ann Lee b@y.org"),
        {s(u"a@x.com|Ann|Lee|1"), s(u"b@y.org|||1")});
    row("unclosed comment before a separator", s(u"a@x.com (Ann, b@y.org"),
        {s(u"a@x.com|Ann||1"), s(u"b@y.org|||1")});
    row("unclosed comment at the end", s(u"a@x.com (Ann Lee"), {s(u"a@x.com|Ann|Lee|1")});
    // A no-break space inside an address keeps it whole, and refused (doe@ was invited).
    row("no-break space inside the local part", s(u"john\u00a0doe@example.com"),
        {s(u"john\u00a0doe@example.com|||0")});
    row("narrow no-break space inside the local part", s(u"a@x.com, john\u202fdoe@example.com"),
        {s(u"a@x.com|||1"), s(u"john\u202fdoe@example.com|||0")});
    row("no-break space inside a name", s(u"Anna\u00a0Schmidt <anna@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1")});
    row("trailing dot domain", s(u"anna@example.com."), {s(u"anna@example.com.|||1")});
    row("trailing dot local", s(u"anna.@example.com"), {s(u"anna.@example.com|||0")});
    row("nbsp and zero-width", s(u"\u00a0anna@example.com\u200B,\u00a0bo@example.org\uFEFF"),
        {s(u"anna@example.com|||1"), s(u"bo@example.org|||1")});
    row("missing at", s(u"anna.example.com"), {s(u"anna.example.com|||0")});
    row("junk word kept", s(u"a@x.com, hello, b@y.org"),
        {s(u"a@x.com|||1"), s(u"hello|||0"), s(u"b@y.org|||1")});
    row("two words two addresses", s(u"foo a@x.com b@y.org"),
        {s(u"foo|||0"), s(u"a@x.com|||1"), s(u"b@y.org|||1")});
    row("bad domain", s(u"anna@example"), {s(u"anna@example|||0")});
    row("double at", s(u"anna@@example.com"), {s(u"anna@@example.com|||0")});
    row("name with bad angle", s(u"Anna <anna at example.com>"), {s(u"anna at example.com|Anna||0")});
    row("unclosed angle", s(u"Anna <anna@example.com"), {s(u"anna@example.com|Anna||1")});
    row("angle then bare", s(u"Anna <a@x.com> b@y.org"), {s(u"a@x.com|Anna||1"), s(u"b@y.org|||1")});
    row("apostrophe name", s(u"Seán O'Brien <sean@example.ie>"), {s(u"sean@example.ie|Seán|O'Brien|1")});
    row("hyphenated", s(u"Anne-Marie Dubois-Lefèvre <am@example.fr>"),
        {s(u"am@example.fr|Anne-Marie|Dubois-Lefèvre|1")});
    row("guillemets name", s(u"«Анна Иванова» <anna@example.ru>"), {s(u"anna@example.ru|Анна|Иванова|1")});
    row("smart quotes name", s(u"“Anna Schmidt” <anna@example.com>"),
        {s(u"anna@example.com|Anna|Schmidt|1")});
    row("upper-case address", s(u"ANNA@EXAMPLE.COM"), {s(u"ANNA@EXAMPLE.COM|||1")});
    row("duplicates kept", s(u"a@x.com a@x.com"), {s(u"a@x.com|||1"), s(u"a@x.com|||1")});
    // Caught by fuzz_recipients (ASan): a long space-separated paste of angle entries recursed once per
    // entry on a copy of the rest, overflowing the stack (and memory) at ~20 000 entries.
    QString longPaste;
    QStringList longExpected;
    for (int i = 0; i < 20000; ++i) {
        longPaste += QStringLiteral("P%1 <p%1@example.com> ").arg(i);
        longExpected << QStringLiteral("p%1@example.com|P%1||1").arg(i);
    }
    row("fuzz: 20000 angle entries on one line", longPaste, longExpected);
}

void TestRecipientListParser::parse() {
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    const QList<Recipient> parsed = RecipientListParser().parse(input);
    QCOMPARE(describe(parsed), expected);
}

void TestRecipientListParser::nothingDropped() {
    // Every non-blank token of a messy paste surfaces as a recipient.
    const QString text = QStringLiteral("a@x.com; ???; b@ ; @c.com;; d@y.org (Dee) ; ,, e");
    const QList<Recipient> parsed = RecipientListParser().parse(text);
    QStringList emails;
    for (const Recipient &r : parsed)
        emails << r.email;
    QCOMPARE(emails, QStringList({QStringLiteral("a@x.com"), QStringLiteral("???"), QStringLiteral("b@"),
                                  QStringLiteral("@c.com"), QStringLiteral("d@y.org"), QStringLiteral("e")}));
}

void TestRecipientListParser::invalidKeepsReason() {
    const QList<Recipient> parsed = RecipientListParser().parse(QStringLiteral("bob@localhost"));
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first().check.problem, EmailProblem::DomainWithoutDot);
    QCOMPARE(parsed.first().source, QStringLiteral("bob@localhost"));
}

void TestRecipientListParser::tenThousandLines() {
    QString text;
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral("Person %1 <person.%1@example.com>\n").arg(i);
    QElapsedTimer t;
    t.start();
    const QList<Recipient> parsed = RecipientListParser().parse(text);
    qInfo("parsed 10 000 lines in %lld ms", t.elapsed()); // a figure, not an assertion
    QCOMPARE(parsed.size(), 10000);
    QCOMPARE(parsed.at(9999).email, QStringLiteral("person.9999@example.com"));
}

QTEST_GUILESS_MAIN(TestRecipientListParser)
#include "tst_recipientlistparser.moc"
