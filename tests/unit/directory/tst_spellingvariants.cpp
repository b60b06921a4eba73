#include "directory/directoryreader.h"
#include "directory/directorysync.h"
#include "directory/employeequery.h"
#include "directory/searchtext.h"
#include "directory/spellingvariants.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Ids = QList<qint64>;

// Spellings people really type for a name: the variants of one word, their bounds, and what the search
// of a real directory copy finds with them (and does not).
class TestSpellingVariants : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryReader> m_reader;

    static QStringList variantsOf(const QString &typed) {
        const QStringList words = SearchText::words(typed);
        return words.size() == 1 ? SpellingVariants::of(words.constFirst()) : QStringList{};
    }

    static QJsonObject person(int id, const QString &first, const QString &last, const QString &email) {
        return QJsonObject{
            {u"ID"_s, QString::number(id)}, {u"ACTIVE"_s, true}, {u"NAME"_s, first},
            {u"LAST_NAME"_s, last},         {u"EMAIL"_s, email}, {u"UF_DEPARTMENT"_s, QJsonArray{1}},
            {u"USER_TYPE"_s, u"employee"_s}};
    }

    Ids search(const QString &typed) const {
        EmployeeQuery query;
        query.searchText = typed;
        Ids ids;
        for (const auto &row : query.fetch(m_reader->database(), 0, 100))
            ids << row.id;
        std::sort(ids.begin(), ids.end());
        if (query.count(m_reader->database()) != ids.size())
            return {-1}; // count and rows disagree
        // The Employees page's own path: every match read from the index, ranked in memory.
        const auto ranked = query.rankedMatches(m_reader->database(), m_reader->sortOrders());
        if (!ranked || ranked->size() != ids.size())
            return {-2};
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"people.sqlite"_s);
        {
            DirectorySync sync(path);
            sync.open();
            sync.beginFullSync();
            sync.ingestDepartments(QJsonArray{QJsonObject{{u"ID"_s, u"1"_s}, {u"NAME"_s, u"Acme"_s}}});
            sync.ingestUsers(QJsonArray{
                person(1, u"Emre"_s, u"Öztürk"_s, u"e.o@example.com"_s),
                person(2, u"Jürgen"_s, u"Müller"_s, u"jm@example.com"_s),
                person(3, u"Дмитрий"_s, u"Соколов"_s, u"ds@example.ru"_s),
                person(4, u"Ольга"_s, u"Иванова"_s, u"oi@example.ru"_s),
                person(5, u"Юлия"_s, u"Смирнова"_s, u"ys@example.ru"_s),
                person(6, u"Julia"_s, u"Roberts"_s, u"jr@example.com"_s),
                person(7, u"Иван"_s, u"Петров"_s, u"ip@example.ru"_s),
                person(8, u"Yvonne"_s, u"Ivy"_s, u"yi@example.com"_s),
                person(9, u"Диана"_s, u"Миллер"_s, u"dm@example.ru"_s),
                person(10, u"Пётр"_s, u"Иванов"_s, u"pi@example.ru"_s),
                person(11, u"Anna"_s, u"Dmitrova"_s, u"ad@example.com"_s),
            });
            sync.finishFullSync();
        }
        m_reader = std::make_unique<DirectoryReader>(path);
        QVERIFY(m_reader->open().ok());
        QVERIFY(m_reader->isOpen());
    }

    void variantsOfOneWord_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("variant");
        QTest::newRow("oeztuerk: Öztürk") << u"oeztuerk"_s << u"ozturk"_s;
        QTest::newRow("mueller: Müller") << u"mueller"_s << u"muller"_s;
        QTest::newRow("dmitrii: Дмитрий") << u"dmitrii"_s << SearchText::fold(u"дмитрий"_s);
        QTest::newRow("dmitriy: Дмитрий") << u"dmitriy"_s << SearchText::fold(u"дмитрий"_s);
        QTest::newRow("мюллер: Müller") << u"мюллер"_s << u"muller"_s;
        QTest::newRow("ivanova: Иванова") << u"ivanova"_s << u"иванова"_s;
        QTest::newRow("юлия: Yulia") << u"юлия"_s << u"yulia"_s;
        QTest::newRow("юлия: Julia") << u"юлия"_s << u"julia"_s;
        QTest::newRow("yulia: Юлия") << u"yulia"_s << u"юлия"_s;
        QTest::newRow("julia: Юлия") << u"julia"_s << u"юлия"_s;
        QTest::newRow("Дмитрий: passport") << u"Дмитрий"_s << u"dmitrii"_s;
        QTest::newRow("Дмитрий: BGN") << u"Дмитрий"_s << u"dmitriy"_s;
        QTest::newRow("Дмитрий: English") << u"Дмитрий"_s << u"dmitry"_s;
        QTest::newRow("Щукин: passport") << u"Щукин"_s << u"shchukin"_s;
        QTest::newRow("Жуков: German") << u"Жуков"_s << u"schukow"_s;
        QTest::newRow("khabarov: Хабаров") << u"khabarov"_s << u"хабаров"_s;
        QTest::newRow("tsvetkova: Цветкова") << u"tsvetkova"_s << u"цветкова"_s;
        QTest::newRow("zhanna: Жанна") << u"zhanna"_s << u"жанна"_s;
    }
    void variantsOfOneWord() {
        QFETCH(QString, typed);
        QFETCH(QString, variant);
        const QStringList variants = variantsOf(typed);
        QVERIFY2(variants.contains(variant), qPrintable(variants.join(u", ")));
        QCOMPARE(variants.constFirst(), SearchText::words(typed).constFirst()); // as typed comes first
    }

    void variantsAreBounded() {
        for (const QString &word : {u"shchuchinskaya"_s, u"accountant"_s, u"щукин"_s, u"ckckckckck"_s,
                                    u"yayayayayaya"_s, u"эксперимент"_s})
            QVERIFY2(SpellingVariants::of(word).size() <= SpellingVariants::MaxPerWord, qPrintable(word));
        // Short words, digits, mixed scripts and very long words are searched only as typed.
        for (const QString &word : {u"iv"_s, u"юл"_s, u"a1b2c3"_s, u"ivanов"_s, QString(40, u'a')})
            QCOMPARE(SpellingVariants::of(word), QStringList{word});
        QStringList many;
        for (int i = 0; i < 20; ++i)
            many << u"julia"_s;
        qsizetype terms = 0;
        for (const QStringList &word : SpellingVariants::ofWords(many))
            terms += word.size();
        QCOMPARE(terms, qsizetype(SpellingVariants::MaxPerQuery));
        QCOMPARE(SpellingVariants::ofWords(many).size(), 20);
    }

    void searchFindsOtherSpellings_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("oeztuerk") << u"oeztuerk"_s << Ids{1};
        QTest::newRow("mueller") << u"mueller"_s << Ids{2};
        QTest::newRow("мюллер") << u"мюллер"_s << Ids{2};
        QTest::newRow("dmitrii") << u"dmitrii"_s << Ids{3};
        QTest::newRow("dmitriy") << u"dmitriy"_s << Ids{3};
        QTest::newRow("ivanova") << u"ivanova"_s << Ids{4};
        QTest::newRow("юлия") << u"юлия"_s << Ids{5, 6};
        QTest::newRow("yulia") << u"yulia"_s << Ids{5};
        QTest::newRow("julia") << u"julia"_s << Ids{5, 6};
        QTest::newRow("yulia smirnova") << u"yulia smirnova"_s << Ids{5};
        QTest::newRow("dmitriy, first letters") << u"dmi"_s << Ids{3, 11};
        // Negatives: a spelling reaches the same name, not people who merely share letters.
        QTest::newRow("ivan: not Yvonne Ivy, not Диана") << u"ivan"_s << Ids{4, 7, 10};
        QTest::newRow("ivanova: not Иванов") << u"ivanova"_s << Ids{4};
        QTest::newRow("dmitrii: not Dmitrova") << u"dmitrii"_s << Ids{3};
        QTest::newRow("muller: not Миллер") << u"muller"_s << Ids{2};
        QTest::newRow("мюллер: not Миллер") << u"мюллер"_s << Ids{2};
        QTest::newRow("oeztuerk soko: nobody") << u"oeztuerk soko"_s << Ids{};
    }
    void searchFindsOtherSpellings() {
        QFETCH(QString, typed);
        QFETCH(Ids, expected);
        QCOMPARE(search(typed), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpellingVariants)
#include "tst_spellingvariants.moc"
