#include "invite/messagetemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The default invitation text of every shipped language (read from translations/*.ts, as lrelease
// compiles it) filled with every placeholder value present, each one missing in turn, and all missing:
// no greeting may end up as "Здравствуйте,!" or "Hola,:", no doubled or dangling spaces, no braces.
class TestGreetings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageWithAndWithoutEachValue_data();
    void everyLanguageWithAndWithoutEachValue();
    void punctuationAroundAnEmptyName_data();
    void punctuationAroundAnEmptyName();
};

namespace {

// The translation of the default template in one .ts file ("" when untranslated).
QString defaultTemplateIn(const QString &tsPath) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString english = MessageTemplate::defaultTemplate().text();
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation" && source == english)
            return xml.readElementText();
    }
    return {};
}

TemplateValues fullValues() {
    TemplateValues v;
    v.portal = QStringLiteral("Acme");
    v.inviter = QStringLiteral("Olga Admin");
    v.firstName = QStringLiteral("Anna");
    v.lastName = QStringLiteral("Schmidt");
    v.email = QStringLiteral("anna@example.com");
    v.department = QStringLiteral("Sales");
    v.position = QStringLiteral("CTO");
    v.joinLink = QStringLiteral("https://acme.bitrix24.com/join/?x=1");
    return v;
}

void clearValue(TemplateValues *v, const QString &name) {
    QString *fields[] = {&v->portal, &v->inviter,    &v->firstName, &v->lastName,
                         &v->email,  &v->department, &v->position,  &v->joinLink};
    const QStringList names{QStringLiteral("portal"),     QStringLiteral("inviter"),
                            QStringLiteral("first_name"), QStringLiteral("last_name"),
                            QStringLiteral("email"),      QStringLiteral("department"),
                            QStringLiteral("position"),   QStringLiteral("join_link")};
    for (int i = 0; i < names.size(); ++i)
        if (name == u"all" || names.at(i) == name || (name == u"full_name" && i >= 2 && i <= 3))
            fields[i]->clear();
}

// What a careless fill leaves behind: a mark right after a comma, a space before a mark, two spaces,
// a line that starts with a space, a placeholder left unfilled.
QString flaw(const QString &text) {
    static const QRegularExpression bad(QStringLiteral("[,;:][,.!?;:]| [,.!?;:]|  |^ |\\n |[{}]"));
    const QRegularExpressionMatch match = bad.match(text);
    return match.hasMatch() ? match.captured(0) : QString();
}

} // namespace

void TestGreetings::everyLanguageWithAndWithoutEachValue_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("missing");
    const QDir dir(QStringLiteral(INVITEDESK_TS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("invitedesk_*.ts")}, QDir::Files);
    QCOMPARE(files.size(), 8);
    QStringList missing{QString()};
    missing << MessageTemplate::knownPlaceholders() << QStringLiteral("all");
    for (const QString &file : files) {
        const QString language = file.mid(11).chopped(3);
        const QString text = defaultTemplateIn(dir.filePath(file));
        QVERIFY2(!text.isEmpty(), qPrintable(file));
        for (const QString &name : std::as_const(missing))
            QTest::addRow("%s, without %s", qPrintable(language),
                          name.isEmpty() ? "nothing" : qPrintable(name))
                << language << text << name;
    }
}

void TestGreetings::everyLanguageWithAndWithoutEachValue() {
    QFETCH(QString, text);
    QFETCH(QString, missing);
    TemplateValues values = fullValues();
    clearValue(&values, missing);
    const QString filled = MessageTemplate(text).fill(values);
    QVERIFY2(flaw(filled).isEmpty(), qPrintable(QStringLiteral("\"%1\" in:\n%2").arg(flaw(filled), filled)));
    const QString firstLine = filled.section(u'\n', 0, 0);
    if (missing.isEmpty())
        QVERIFY2(firstLine.contains(u"Anna"), qPrintable(firstLine));
    else if (missing == u"first_name" || missing == u"all")
        QVERIFY2(!firstLine.isEmpty() && !firstLine.contains(u"Anna"), qPrintable(firstLine));
}

void TestGreetings::punctuationAroundAnEmptyName_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru") << QStringLiteral("Здравствуйте, {first_name}!") << QStringLiteral("Здравствуйте!");
    QTest::newRow("es") << QStringLiteral("Hola, {first_name}:") << QStringLiteral("Hola:");
    QTest::newRow("pt_BR") << QStringLiteral("Olá, {first_name},") << QStringLiteral("Olá,");
    QTest::newRow("en") << QStringLiteral("Hello {first_name},") << QStringLiteral("Hello,");
    QTest::newRow("two names") << QStringLiteral("Dear {first_name} {last_name}, hi")
                               << QStringLiteral("Dear, hi");
    QTest::newRow("line start") << QStringLiteral("x\n{first_name} joins") << QStringLiteral("x\njoins");
    QTest::newRow("space kept") << QStringLiteral("Dear {first_name} {last_name}!")
                                << QStringLiteral("Dear Schmidt!");
    QTest::newRow("adjacent") << QStringLiteral("Hi {first_name}{last_name}!")
                              << QStringLiteral("Hi Schmidt!");
}

void TestGreetings::punctuationAroundAnEmptyName() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TemplateValues values = fullValues();
    values.firstName.clear();
    if (!text.contains(u"{last_name}!"))
        values.lastName.clear();
    QCOMPARE(MessageTemplate(text).fill(values), expected);
}

QTEST_GUILESS_MAIN(TestGreetings)
#include "tst_greetings.moc"
