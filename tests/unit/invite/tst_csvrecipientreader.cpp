#include "invite/csvencoding.h"
#include "invite/csvrecipientreader.h"

#include "../../legacybytes.h"

#include <QStringEncoder>

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CsvRecipientReader::Column)

// CSV files as spreadsheets and HR systems write them: Excel with BOM and `;`, LibreOffice with `,`,
// quoted fields with doubled quotes and new lines, CRLF, Russian and German headers, no header.
class TestCsvRecipientReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
    void header_data();
    void header();
    void problemsPerRow();
    void notUtf8IsReported();
    void encodingsAsExcelWrites_data();
    void encodingsAsExcelWrites();
    void undecodableFileAddsNothing();
    void chosenEncodingRereads();
    void everyLegacyCodePageDecodes_data();
    void everyLegacyCodePageDecodes();
    void unknownHeaderIsMappedByTheUser();
    void onlyUsableRowsAreAdded();
    void noUsableAddressSaysWhy();
    void rowsKnowTheirSourceLine();
    void templateReadsBack();
    void readFile();
    void controlCharactersAreRefused();
};

namespace {
// "email|first|last|position|department|v" per row; v = 1 valid address, 0 not.
QStringList describe(const CsvRecipientImport &imp) {
    QStringList out;
    for (const CsvRecipientRow &row : imp.rows) {
        const Recipient &r = row.recipient;
        out << r.email + u'|' + r.firstName + u'|' + r.lastName + u'|' + r.position + u'|' + r.department +
                   u'|' + (r.isValid() ? u'1' : u'0');
    }
    return out;
}
QByteArray u8(const char16_t *text) {
    return QString::fromUtf16(text).toUtf8();
}
} // namespace

void TestCsvRecipientReader::read_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QStringList>("expected");
    auto s = [](const char16_t *t) { return QString::fromUtf16(t); };

    QTest::newRow("excel ru: BOM, semicolon, CRLF")
        << QByteArray("\xEF\xBB\xBF") + u8(u"Фамилия;Имя;Почта;Должность;Отдел\r\n"
                                           u"Иванов;Иван;ivanov@example.ru;Инженер;Разработка\r\n"
                                           u"Петрова;Анна;petrova@пример.рф;Бухгалтер;Финансы\r\n")
        << QStringLiteral(";") << true
        << QStringList{s(u"ivanov@example.ru|Иван|Иванов|Инженер|Разработка|1"),
                       s(u"petrova@пример.рф|Анна|Петрова|Бухгалтер|Финансы|1")};
    QTest::newRow("excel de: BOM, semicolon")
        << QByteArray("\xEF\xBB\xBF") + u8(u"Vorname;Nachname;E-Mail-Adresse;Abteilung\r\nJürgen;Müller;j."
                                           u"mueller@firma.de;Vertrieb\r\n")
        << QStringLiteral(";") << true << QStringList{s(u"j.mueller@firma.de|Jürgen|Müller||Vertrieb|1")};
    QTest::newRow("english comma LF")
        << u8(u"First Name,Last Name,Email,Job Title,Department\nAnna,Schmidt,anna@example.com,CTO,Board\n")
        << QStringLiteral(",") << true << QStringList{s(u"anna@example.com|Anna|Schmidt|CTO|Board|1")};
    QTest::newRow("google contacts style")
        << u8(u"Name,Given Name,Family Name,E-mail 1 - Value\nAnna Schmidt,Anna,Schmidt,anna@example.com\n")
        << QStringLiteral(",") << true << QStringList{s(u"anna@example.com|Anna|Schmidt|||1")};
    QTest::newRow("quoted comma in name")
        << u8(u"email,name\r\n\"anna@example.com\",\"Schmidt, Anna\"\r\n") << QStringLiteral(",") << true
        << QStringList{s(u"anna@example.com|Anna|Schmidt|||1")};
    QTest::newRow("doubled quotes") << u8(u"email,position\nbo@example.com,\"Head of \"\"Fun\"\"\"\n")
                                    << QStringLiteral(",") << true
                                    << QStringList{s(u"bo@example.com|||Head of \"Fun\"||1")};
    QTest::newRow("embedded newline")
        << u8(u"email,department\r\nbo@example.com,\"Sales\r\nEurope\"\r\ncy@example.com,IT\r\n")
        << QStringLiteral(",") << true
        << QStringList{s(u"bo@example.com||||Sales\nEurope|1"), s(u"cy@example.com||||IT|1")};
    QTest::newRow("no header, one column") << u8(u"a@x.com\nb@y.org\n") << QStringLiteral(",") << false
                                           << QStringList{s(u"a@x.com|||||1"), s(u"b@y.org|||||1")};
    QTest::newRow("no header, email first")
        << u8(u"a@x.com;Ann;Lee\nb@y.org;Bo;Kim\n") << QStringLiteral(";") << false
        << QStringList{s(u"a@x.com|Ann|Lee|||1"), s(u"b@y.org|Bo|Kim|||1")};
    QTest::newRow("no header, email last")
        << u8(u"Ann,Lee,a@x.com\nBo,Kim,b@y.org\n") << QStringLiteral(",") << false
        << QStringList{s(u"a@x.com|Ann|Lee|||1"), s(u"b@y.org|Bo|Kim|||1")};
    QTest::newRow("tab separated") << u8(u"Email\tFirst name\tLast name\nann@x.com\tAnn\tLee\n")
                                   << QStringLiteral("\t") << true
                                   << QStringList{s(u"ann@x.com|Ann|Lee|||1")};
    QTest::newRow("excel sep hint") << u8(u"sep=;\r\nEmail;Position\r\nann@x.com;Sales, Europe\r\n")
                                    << QStringLiteral(";") << true
                                    << QStringList{s(u"ann@x.com|||Sales, Europe||1")};
    QTest::newRow("blank lines and trailing delimiters")
        << u8(u"email;first name;\n\n;;\nann@x.com;Ann;\n\n") << QStringLiteral(";") << true
        << QStringList{s(u"ann@x.com|Ann||||1")};
    QTest::newRow("stray whitespace")
        << u8(u"  Email , Vorname , Nachname \n  ann@x.com ,  Ann ,Lee  \n") << QStringLiteral(",") << true
        << QStringList{s(u"ann@x.com|Ann|Lee|||1")};
    QTest::newRow("invalid rows kept")
        << u8(u"email\nann@x\n\nbob@@x.com\n\"carl doe\"@x.com\n") << QStringLiteral(",") << true
        << QStringList{s(u"ann@x|||||0"), s(u"bob@@x.com|||||0"), s(u"carl doe@x.com|||||0")};
    QTest::newRow("fio column") << u8(u"ФИО;E-mail\nСидоров Пётр Алексеевич;sidorov@example.ru\n")
                                << QStringLiteral(";") << true
                                << QStringList{s(u"sidorov@example.ru|Пётр|Сидоров|||1")};
    QTest::newRow("rtl names")
        << u8(u"email,first name,last name\nnoa@example.co.il,נועה,כהן\nali@example.ae,علي,حسن\n")
        << QStringLiteral(",") << true
        << QStringList{s(u"noa@example.co.il|נועה|כהן|||1"), s(u"ali@example.ae|علي|حسن|||1")};
    QTest::newRow("idn and trailing dot")
        << u8(u"email\npost@пример.рф.\nmax@müller.de\n") << QStringLiteral(",") << true
        << QStringList{s(u"post@пример.рф.|||||1"), s(u"max@müller.de|||||1")};
    QTest::newRow("excel text formula") << u8(u"email;position\nann@x.com;=\"007\"\n") << QStringLiteral(";")
                                        << true << QStringList{s(u"ann@x.com|||007||1")};
    QTest::newRow("mailto cell") << u8(u"email\nmailto:ann@x.com\n") << QStringLiteral(",") << true
                                 << QStringList{s(u"ann@x.com|||||1")};
    QTest::newRow("no final newline") << u8(u"email,first name\nann@x.com,Ann") << QStringLiteral(",") << true
                                      << QStringList{s(u"ann@x.com|Ann||||1")};
    QTest::newRow("CR only (old Mac)") << u8(u"email\rann@x.com\rbo@y.org") << QStringLiteral(",") << true
                                       << QStringList{s(u"ann@x.com|||||1"), s(u"bo@y.org|||||1")};
    QTest::newRow("quoted header")
        << u8(u"\"E-mail\";\"Имя\";\"Фамилия\"\r\n\"a@x.ru\";\"Олег\";\"Козлов\"\r\n") << QStringLiteral(";")
        << true << QStringList{s(u"a@x.ru|Олег|Козлов|||1")};
    QTest::newRow("semicolon with commas in quoted")
        << u8(u"Email;Name\n\"a@x.com\";\"Lee, Ann\"\n") << QStringLiteral(";") << true
        << QStringList{s(u"a@x.com|Ann|Lee|||1")};
    QTest::newRow("only header") << u8(u"email;name\r\n") << QStringLiteral(";") << true << QStringList{};
}

void TestCsvRecipientReader::read() {
    QFETCH(QByteArray, data);
    QFETCH(QString, delimiter);
    QFETCH(bool, header);
    QFETCH(QStringList, expected);
    const CsvRecipientImport imp = CsvRecipientReader().read(data);
    QCOMPARE(QString(imp.delimiter), delimiter);
    QCOMPARE(imp.hasHeader, header);
    QCOMPARE(describe(imp), expected);
}

void TestCsvRecipientReader::header_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<CsvRecipientReader::Column>("column");
    using C = CsvRecipientReader::Column;
    for (const char16_t *h : {u"E-mail", u"Email", u"EMAIL", u"e_mail", u"Mail", u"Почта",
                              u"Электронная почта", u"E-Mail-Adresse", u"Email Address"})
        QTest::newRow(QString::fromUtf16(h).toUtf8().constData()) << QString::fromUtf16(h) << C::Email;
    for (const char16_t *h : {u"First name", u"Given Name", u"Имя", u"Vorname"})
        QTest::newRow(QString::fromUtf16(h).toUtf8().constData()) << QString::fromUtf16(h) << C::FirstName;
    for (const char16_t *h : {u"Last name", u"Surname", u"Фамилия", u"Nachname"})
        QTest::newRow(QString::fromUtf16(h).toUtf8().constData()) << QString::fromUtf16(h) << C::LastName;
    for (const char16_t *h : {u"Position", u"Job title", u"Должность"})
        QTest::newRow(QString::fromUtf16(h).toUtf8().constData()) << QString::fromUtf16(h) << C::Position;
    for (const char16_t *h : {u"Department", u"Отдел", u"Abteilung", u"Подразделение"})
        QTest::newRow(QString::fromUtf16(h).toUtf8().constData()) << QString::fromUtf16(h) << C::Department;
    QTest::newRow("ФИО") << QStringLiteral("ФИО") << C::FullName;
    QTest::newRow("Отчество") << QStringLiteral("Отчество") << C::MiddleName;
    QTest::newRow("unknown") << QStringLiteral("Shoe size") << C::Ignored;
}

void TestCsvRecipientReader::header() {
    QFETCH(QString, header);
    QFETCH(CsvRecipientReader::Column, column);
    QCOMPARE(CsvRecipientReader::columnForHeader(header), column);
}

void TestCsvRecipientReader::problemsPerRow() {
    const CsvRecipientImport imp = CsvRecipientReader().read(
        QByteArray("email,first name\nann@x.com,Ann,extra\n,Bo\nbad@,Cy\n\"dee@x.com,Dee\n"));
    QCOMPARE(imp.rows.size(), 4);
    QCOMPARE(imp.rows.at(0).line, 2);
    QCOMPARE(imp.rows.at(0).problems.size(), 1); // extra field
    QCOMPARE(imp.rows.at(1).problems.size(), 1); // no e-mail
    QCOMPARE(imp.rows.at(2).problems, QStringList{EmailAddress::problemText(EmailProblem::EmptyDomain)});
    QCOMPARE(imp.rows.at(3).line, 5);
    QVERIFY(!imp.rows.at(3).problems.isEmpty()); // unclosed quote
}

void TestCsvRecipientReader::notUtf8IsReported() {
    // "Müller" in Windows-1252: detected as such, the name kept.
    const CsvRecipientImport imp = CsvRecipientReader().read(QByteArray("email;name\nm@x.de;M\xFCller\n"));
    QCOMPARE(imp.rows.size(), 1);
    QVERIFY(imp.rows.first().recipient.isValid());
    QCOMPARE(imp.encoding, QByteArray("windows-1252"));
    QCOMPARE(imp.rows.first().recipient.firstName, QStringLiteral("M\u00FCller"));
}

namespace {
const char16_t RussianFile[] = u"Фамилия;Имя;Почта;Должность;Отдел\r\n"
                               u"Иванов;Иван;ivanov@example.ru;Главный инженер;Разработка\r\n"
                               u"Петрова;Анна;petrova@example.ru;Бухгалтер;Финансы\r\n";

QByteArray encoded(const char *encoding, const QString &text, const QByteArray &bom = {}) {
    if (qstrcmp(encoding, "windows-1251") == 0)
        return bom + LegacyBytes::windows1251(text);
    if (qstrcmp(encoding, "KOI8-R") == 0)
        return bom + LegacyBytes::koi8r(text);
    QStringEncoder encoder(encoding);
    return bom + QByteArray(encoder(text));
}
} // namespace

void TestCsvRecipientReader::encodingsAsExcelWrites_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("encoding");
    const QString ru = QString::fromUtf16(RussianFile);
    QString tabbed = ru;
    tabbed.replace(u';', u'\t');
    QTest::newRow("utf-8 bom") << encoded("UTF-8", ru, "\xEF\xBB\xBF") << QByteArray("UTF-8");
    QTest::newRow("utf-8") << encoded("UTF-8", ru) << QByteArray("UTF-8");
    QTest::newRow("unicode text le") << encoded("UTF-16LE", tabbed, "\xFF\xFE") << QByteArray("UTF-16LE");
    QTest::newRow("unicode text be") << encoded("UTF-16BE", tabbed, "\xFE\xFF") << QByteArray("UTF-16BE");
    QTest::newRow("windows-1251") << encoded("windows-1251", ru) << QByteArray("windows-1251");
    QTest::newRow("koi8-r") << encoded("KOI8-R", ru) << QByteArray("KOI8-R");
}

// The names and positions survive in every encoding Excel writes; what was detected is reported.
void TestCsvRecipientReader::encodingsAsExcelWrites() {
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, encoding);
    const CsvRecipientImport imp = CsvRecipientReader().read(data);
    QCOMPARE(imp.encoding, encoding);
    QVERIFY(imp.decoded);
    QCOMPARE(describe(imp),
             (QStringList{QString::fromUtf16(u"ivanov@example.ru|Иван|Иванов|Главный инженер|Разработка|1"),
                          QString::fromUtf16(u"petrova@example.ru|Анна|Петрова|Бухгалтер|Финансы|1")}));
    QCOMPARE(imp.usableRecipients().size(), 2);
}

// Windows-1251 read as UTF-8 (the user's choice) does not decode: rows are listed, none can be added.
void TestCsvRecipientReader::undecodableFileAddsNothing() {
    const QByteArray data = encoded("windows-1251", QString::fromUtf16(RussianFile));
    CsvRecipientReader::Options options;
    options.encoding = "UTF-8";
    const CsvRecipientImport imp = CsvRecipientReader().read(data, options);
    QVERIFY(!imp.decoded);
    QCOMPARE(imp.rows.size(), 2);
    QVERIFY(imp.usableRecipients().isEmpty());
    QVERIFY(!imp.notes.isEmpty());
    QVERIFY(imp.notes.constFirst().contains(QStringLiteral("UTF-8")));
    // A Windows-1252 byte that the code page does not define is not text either.
    options.encoding = "windows-1252";
    QVERIFY(!CsvRecipientReader().read(QByteArray("email\na@x.com\x81\n"), options).decoded);
}

void TestCsvRecipientReader::chosenEncodingRereads() {
    // Cyrillic in KOI8-R that the user says is Windows-1251 reads as other (valid) letters.
    const QByteArray data = encoded("KOI8-R", QString::fromUtf16(RussianFile));
    CsvRecipientReader::Options options;
    options.encoding = "KOI8-R";
    QCOMPARE(CsvRecipientReader().read(data, options).rows.at(0).recipient.firstName,
             QString::fromUtf16(u"Иван"));
    options.encoding = "windows-1251";
    const CsvRecipientImport other = CsvRecipientReader().read(data, options);
    QCOMPARE(other.encoding, QByteArray("windows-1251"));
    QVERIFY(other.rows.at(0).recipient.firstName != QString::fromUtf16(u"Иван"));
}

void TestCsvRecipientReader::everyLegacyCodePageDecodes_data() {
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("undefined");
    QTest::newRow("windows-1251") << QByteArray("windows-1251") << QByteArray("\xC8\xE2\xE0\xED \xB8\xA8")
                                  << QString::fromUtf16(u"Иван ёЁ") << QByteArray("\x98");
    QTest::newRow("koi8-r") << QByteArray("KOI8-R") << QByteArray("\xE9\xD7\xC1\xCE \xA3\xB3")
                            << QString::fromUtf16(u"Иван ёЁ") << QByteArray();
    QTest::newRow("windows-1252") << QByteArray("windows-1252") << QByteArray("M\xFCller \x80")
                                  << QString::fromUtf16(u"Müller €") << QByteArray("\x81");
    QTest::newRow("windows-1250") << QByteArray("windows-1250") << QByteArray("\x8Aimon \x9E\xE1k")
                                  << QString::fromUtf16(u"Šimon žák") << QByteArray("\x83");
}

// Every legacy code page is offered and decoded on every platform, including Qt builds without ICU
// (Windows, macOS); a byte the code page leaves undefined makes the text undecodable.
void TestCsvRecipientReader::everyLegacyCodePageDecodes() {
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QByteArray, undefined);
    QVERIFY2(CsvEncoding::choices().contains(encoding), encoding.constData());
    QCOMPARE(CsvEncoding::decode(bytes, encoding), std::optional<QString>(text));
    if (!undefined.isEmpty())
        QCOMPARE(CsvEncoding::decode(QByteArray(bytes + undefined), encoding), std::nullopt);
}

void TestCsvRecipientReader::unknownHeaderIsMappedByTheUser() {
    const QByteArray data("Kontakt;Rufname;Zuname;Stelle\nann@x.com;Ann;Lee;Clerk\nbo@x.com;Bo;Ray;Driver\n");
    const CsvRecipientImport guessed = CsvRecipientReader().read(data);
    QVERIFY(guessed.hasHeader);
    QVERIFY(!guessed.headerKnown);
    QCOMPARE(guessed.headerCells, (QStringList{QStringLiteral("Kontakt"), QStringLiteral("Rufname"),
                                               QStringLiteral("Zuname"), QStringLiteral("Stelle")}));
    QCOMPARE(guessed.rows.size(), 2); // the header row is not a recipient
    QCOMPARE(guessed.rows.at(0).recipient.email, QStringLiteral("ann@x.com"));
    using C = CsvRecipientReader::Column;
    CsvRecipientReader::Options options;
    options.columns = {int(C::Email), int(C::FirstName), int(C::LastName), int(C::Position)};
    const CsvRecipientImport mapped = CsvRecipientReader().read(data, options);
    QCOMPARE(describe(mapped), (QStringList{QStringLiteral("ann@x.com|Ann|Lee|Clerk||1"),
                                            QStringLiteral("bo@x.com|Bo|Ray|Driver||1")}));
}

// "Add 5 recipients" adds five: the invalid sixth row is shown, never added.
void TestCsvRecipientReader::onlyUsableRowsAreAdded() {
    const CsvRecipientImport imp = CsvRecipientReader().read(
        "email,name\na@x.com,A\nb@x.com,B\nc@x.com,C\nd@x.com,D\ne@x.com,E\nnot-an-address,F\n");
    QCOMPARE(imp.rows.size(), 6);
    const QList<Recipient> usable = imp.usableRecipients();
    QCOMPARE(usable.size(), 5);
    for (const Recipient &r : usable)
        QVERIFY(r.isValid());
}

void TestCsvRecipientReader::noUsableAddressSaysWhy() {
    const CsvRecipientImport imp = CsvRecipientReader().read("email,name\nnobody,A\n,B\n");
    QVERIFY(imp.usableRecipients().isEmpty());
    QVERIFY(imp.notes.join(u' ').contains(QStringLiteral("nothing to add")));
}

void TestCsvRecipientReader::rowsKnowTheirSourceLine() {
    CsvRecipientReader::Options options;
    options.fileName = QStringLiteral("staff.csv");
    const CsvRecipientImport imp =
        CsvRecipientReader().read("sep=;\nemail;name\n\"a@x.com\";\"A\nB\"\nb@x.com;B\n", options);
    QCOMPARE(imp.rows.size(), 2);
    QCOMPARE(imp.rows.at(0).recipient.sourceFile, QStringLiteral("staff.csv"));
    QCOMPARE(imp.rows.at(0).recipient.sourceLine, 3); // after "sep=" and the header
    QCOMPARE(imp.rows.at(1).recipient.sourceLine, 5); // the quoted field spans a line
}

void TestCsvRecipientReader::templateReadsBack() {
    const CsvRecipientImport imp = CsvRecipientReader().read(CsvRecipientReader::templateFile());
    QVERIFY(imp.headerKnown);
    QCOMPARE(imp.encoding, QByteArray("UTF-8"));
    QVERIFY(imp.hadByteOrderMark);
    QCOMPARE(describe(imp),
             QStringList{QStringLiteral("anna.smith@example.com|Anna|Smith|Accountant|Finance|1")});
}

void TestCsvRecipientReader::readFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF"
            "Email;Name\r\nann@x.com;Ann Lee\r\n");
    f.close();
    const CsvRecipientImport imp = CsvRecipientReader().readFile(path);
    QVERIFY(imp.ok);
    QVERIFY(imp.hadByteOrderMark);
    QCOMPARE(imp.rows.size(), 1);
    QCOMPARE(imp.rows.first().recipient.lastName, QStringLiteral("Lee"));
    QVERIFY(!CsvRecipientReader().readFile(dir.filePath(QStringLiteral("missing.csv"))).ok);
}

// A quoted local part carried CR/LF (a header-injection shape), NUL, BEL or DEL through a
// quoted pair and was accepted. Each row is still listed, and refused.
void TestCsvRecipientReader::controlCharactersAreRefused() {
    static const char data[] = "email,name\n"
                               "\"\"\"john\\\r\nBcc: all@example.com\"\"@example.com\",John\n"
                               "\"\"\"nul\\\0x\"\"@example.com\",Nul\n"
                               "\"\"\"bel\\\ax\"\"@example.com\",Bel\n"
                               "\"\"\"del\\\x7fx\"\"@example.com\",Del\n"
                               "\"\"\"plain quoted\"\"@example.com\",Quoted\n"
                               "ok@example.com,Ok\n";
    const CsvRecipientImport imp = CsvRecipientReader().read(QByteArray(data, sizeof(data) - 1));
    QVERIFY(imp.ok);
    QCOMPARE(imp.rows.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(!imp.rows.at(i).recipient.isValid(), qPrintable(imp.rows.at(i).recipient.email));
    QVERIFY(imp.rows.at(5).recipient.isValid());
}

QTEST_GUILESS_MAIN(TestCsvRecipientReader)
#include "tst_csvrecipientreader.moc"
