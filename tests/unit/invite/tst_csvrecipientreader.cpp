#include "invite/csvrecipientreader.h"

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
        << QStringLiteral(",") << true << QStringList{s(u"|Anna|Schmidt|||0")};
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
    // "Müller" in Windows-1252.
    const CsvRecipientImport imp = CsvRecipientReader().read(QByteArray("email;name\nm@x.de;M\xFCller\n"));
    QCOMPARE(imp.rows.size(), 1);
    QVERIFY(imp.rows.first().recipient.isValid());
    QCOMPARE(imp.notes.size(), 1);
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
