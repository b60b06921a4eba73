#include "directory/directoryreader.h"
#include "directory/directorysync.h"
#include "directory/employeequery.h"
#include "directory/searchtext.h"
#include "directory/spellingvariants.h"

#include "userfixtures.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

using Ids = QList<qint64>;

// Every way EmployeeQuery can answer a search (rank every match in memory, sort the matches, walk a sort
// index against the gathered matches, sort the probe's matches) gives the rows a brute-force search over
// the same people gives, in the same order.
class TestDirectorySearchPlans : public QObject {
    Q_OBJECT

    using Column = EmployeeQuery::Column;
    using Filter = EmployeeQuery::StateFilter;
    using Plan = EmployeeQuery::Plan;

    struct Person {
        qint64 id = 0;
        QList<QByteArray> keys; // by Column, as UTF-8: SQLite compares text bytewise
        QByteArray nameKey;
        int state = 0;
        QStringList tokens;
        QSet<qint64> departments;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryReader> m_reader;
    QList<Person> m_people;
    QHash<qint64, qint64> m_parents; // department -> parent

    static int storedState(Filter filter) {
        switch (filter) {
        case Filter::Invited:
            return UserStates::toStorage(UserState::Invited);
        case Filter::Dismissed:
            return UserStates::toStorage(UserState::Dismissed);
        case Filter::Extranet:
            return UserStates::toStorage(UserState::Extranet);
        case Filter::Employees:
        case Filter::All:
            break;
        }
        return UserStates::toStorage(UserState::Employee);
    }

    bool inDepartment(const Person &person, qint64 department, bool subDepartments) const {
        for (qint64 id : person.departments) {
            for (int depth = 0; id != 0 && depth < 64; ++depth) {
                if (id == department)
                    return true;
                if (!subDepartments)
                    break;
                id = m_parents.value(id);
            }
        }
        return false;
    }

    Ids bruteForce(const EmployeeQuery &query) const {
        const QList<QStringList> words = SpellingVariants::ofWords(SearchText::words(query.searchText));
        QList<const Person *> found;
        for (const Person &person : m_people) {
            if (query.stateFilter != Filter::All && person.state != storedState(query.stateFilter))
                continue;
            if (query.departmentId > 0 &&
                !inDepartment(person, query.departmentId, query.includeSubDepartments))
                continue;
            // Every word, in any of its spellings, starts one of the person's words.
            const bool matches = std::all_of(words.begin(), words.end(), [&person](const QStringList &word) {
                return std::any_of(person.tokens.begin(), person.tokens.end(), [&word](const QString &token) {
                    return std::any_of(word.begin(), word.end(), [&token](const QString &spelling) {
                        return token.startsWith(spelling);
                    });
                });
            });
            if (matches)
                found << &person;
        }
        const int column = int(query.sortColumn);
        std::sort(found.begin(), found.end(), [column](const Person *a, const Person *b) {
            if (a->keys.at(column) != b->keys.at(column))
                return a->keys.at(column) < b->keys.at(column);
            if (column == int(Column::State) && a->nameKey != b->nameKey)
                return a->nameKey < b->nameKey;
            return a->id < b->id;
        });
        if (query.sortOrder == Qt::DescendingOrder)
            std::reverse(found.begin(), found.end());
        Ids ids;
        for (const Person *person : found)
            ids << person->id;
        return ids;
    }

    static Ids idsOf(const QList<EmployeeQuery::Row> &rows) {
        Ids ids;
        for (const auto &row : rows)
            ids << row.id;
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"company.sqlite"_s);
        QJsonArray users = UserFixtures::users(1, 400);
        // People the fixtures lack: a name that folds (Łukasz Weiß), an unnamed one, one without phone.
        users << QJsonObject{{u"ID"_s, u"900"_s},
                             {u"ACTIVE"_s, true},
                             {u"NAME"_s, u"ŁUKASZ"_s},
                             {u"LAST_NAME"_s, u"Weiß-Ørsted"_s},
                             {u"EMAIL"_s, u"lw@x.de"_s},
                             {u"WORK_PHONE"_s, u"+49 (30) 49-30"_s},
                             {u"UF_DEPARTMENT"_s, QJsonArray{3}}};
        users << QJsonObject{{u"ID"_s, u"901"_s},
                             {u"ACTIVE"_s, true},
                             {u"EMAIL"_s, u"Zoë@example.com"_s},
                             {u"LAST_LOGIN"_s, u"2024-07-25T13:06:54+00:00"_s}};
        // An id far beyond the others (and beyond 32 bits): the sort orders look ids up in a hash then.
        users << QJsonObject{{u"ID"_s, u"7000000001"_s},
                             {u"ACTIVE"_s, true},
                             {u"NAME"_s, u"Anna"_s},
                             {u"LAST_NAME"_s, u"Aalto"_s},
                             {u"EMAIL"_s, u"anna.aalto@example.com"_s},
                             {u"UF_DEPARTMENT"_s, QJsonArray{2}}};
        {
            DirectorySync sync(path);
            sync.open();
            sync.beginFullSync();
            sync.ingestDepartments(UserFixtures::departments());
            for (qsizetype first = 0; first < users.size(); first += 50) {
                QJsonArray page;
                for (qsizetype i = first; i < std::min(users.size(), first + 50); ++i)
                    page << users.at(i);
                sync.ingestUsers(page);
            }
            sync.finishFullSync();
        }
        m_reader = std::make_unique<DirectoryReader>(path);
        QVERIFY(m_reader->open().ok());
        QSqlDatabase db = m_reader->database();

        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id, sort_name, email_norm, sort_position, sort_department, state,"
                       " first_name, second_name, last_name, email, position, work_phone, mobile_phone,"
                       " inner_phone FROM users"_s));
        QHash<qint64, qsizetype> index;
        while (q.next()) {
            Person person;
            person.id = q.value(0).toLongLong();
            person.nameKey = q.value(1).toString().toUtf8();
            person.state = q.value(5).toInt();
            person.keys = {person.nameKey, q.value(2).toString().toUtf8(), q.value(3).toString().toUtf8(),
                           q.value(4).toString().toUtf8(), QByteArray::number(person.state)};
            // What DirectorySchema::searchRow indexes, cut into words.
            const QString names =
                QStringList{q.value(6).toString(), q.value(7).toString(), q.value(8).toString()}.join(u' ');
            for (const QString &text :
                 {names, q.value(9).toString(), q.value(10).toString(),
                  SearchText::phoneIndexText(
                      {q.value(11).toString(), q.value(12).toString(), q.value(13).toString()})})
                person.tokens << SearchText::words(text);
            index.insert(person.id, m_people.size());
            m_people << person;
        }
        QCOMPARE(m_people.size(), 403);
        QVERIFY(q.exec(u"SELECT user_id, department_id FROM membership"_s));
        while (q.next())
            m_people[index.value(q.value(0).toLongLong())].departments.insert(q.value(1).toLongLong());
        QVERIFY(q.exec(u"SELECT id, coalesce(parent_id, 0) FROM departments"_s));
        while (q.next())
            m_parents.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }

    void everyPlanGivesTheBruteForceRows_data() {
        QTest::addColumn<QString>("typed");
        for (const QString &typed : {u""_s,        u"a"_s,      u"an"_s,          u"ANN"_s, u"mü"_s,
                                     u"muller"_s,  u"ива"_s,    u"иванов"_s,      u"ё"_s,   u"sales"_s,
                                     u"s m"_s,     u"+7"_s,     u"+7 (9"_s,       u"49"_s,  u"4930"_s,
                                     u"4930100"_s, u"jose g"_s, u"josé garcía"_s, u"łuk"_s, u"lukasz weiss"_s,
                                     u"søren"_s,   u"soren"_s,  u"zoe"_s,         u"ø"_s,   u"zz"_s,
                                     u"1"_s,       u"user 3"_s, u"example"_s})
            QTest::newRow(qPrintable(typed.isEmpty() ? u"(nothing)"_s : typed)) << typed;
    }

    void everyPlanGivesTheBruteForceRows() {
        QFETCH(QString, typed);
        QSqlDatabase db = m_reader->database();
        {
            EmployeeQuery query;
            query.searchText = typed;
            for (const Filter filter : {Filter::All, Filter::Invited}) {
                query.stateFilter = filter;
                for (const auto &[department, sub] :
                     {std::pair{qint64(0), true}, {qint64(2), true}, {qint64(3), false}}) {
                    query.departmentId = department;
                    query.includeSubDepartments = sub;
                    for (int column = 0; column < 5; ++column) {
                        query.sortColumn = Column(column);
                        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                            query.sortOrder = order;
                            const Ids expected = bruteForce(query);
                            const QByteArray what =
                                QStringLiteral("filter %1 department %2/%3 column %4 order %5")
                                    .arg(int(filter))
                                    .arg(department)
                                    .arg(sub)
                                    .arg(column)
                                    .arg(int(order))
                                    .toUtf8();
                            QVERIFY2(query.count(db) == expected.size(), what.constData());
                            // Ranked in memory (search, no department): every match, windows in any order.
                            std::optional<RankedMatches> ranked =
                                query.rankedMatches(db, m_reader->sortOrders());
                            QVERIFY2(ranked.has_value() == (query.countedByProbe() && department == 0),
                                     what.constData());
                            if (ranked) {
                                QVERIFY2(ranked->size() == expected.size(), what.constData());
                                for (const auto &[offset, limit] :
                                     {std::pair{128, 128}, {0, 64}, {5, 40}, {300, 200}, {0, 500}})
                                    QVERIFY2(ranked->ids(offset, limit) == expected.mid(offset, limit),
                                             what.constData());
                                const Ids window = expected.mid(0, 64);
                                QVERIFY2(idsOf(EmployeeQuery::fetchIds(db, window)) == window,
                                         what.constData());
                            }
                            QString matchIds;
                            int matches = -1;
                            const Plan chosen = query.plan(db, 400, &matches, &matchIds);
                            if (query.countedByProbe())
                                QVERIFY2(matches == expected.size(), what.constData());
                            for (const auto &[offset, limit] : {std::pair{0, 64}, {5, 40}, {128, 128}}) {
                                const Ids slice = expected.mid(offset, limit);
                                QVERIFY2(idsOf(query.fetch(db, offset, limit, Plan::SortMatches)) == slice,
                                         what.constData());
                                QVERIFY2(idsOf(query.fetch(db, offset, limit, Plan::WalkSortIndex)) == slice,
                                         what.constData());
                                QVERIFY2(idsOf(query.fetch(db, offset, limit, chosen, matchIds)) == slice,
                                         what.constData());
                            }
                        }
                    }
                }
            }
        }
    }

    // The orders held in memory follow the file: after another connection (the sync) committed, a search
    // ranks with the new order, new people included, without being told.
    void sortOrdersFollowTheWriter() {
        const QString path = m_dir.filePath(u"changing.sqlite"_s);
        const auto syncUsers = [&path](const QJsonArray &users) {
            DirectorySync sync(path);
            sync.open();
            sync.beginFullSync();
            sync.ingestDepartments(UserFixtures::departments());
            sync.ingestUsers(users);
            sync.finishFullSync();
        };
        QJsonArray users = UserFixtures::users(1, 40);
        syncUsers(users);
        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        QSqlDatabase db = reader.database();
        EmployeeQuery query;
        query.searchText = u"a"_s;
        query.sortColumn = Column::Position;
        const auto sqlOrder = [&] { return idsOf(query.fetch(db, 0, 500, Plan::SortMatches)); };
        std::optional<RankedMatches> before = query.rankedMatches(db, reader.sortOrders());
        QVERIFY(before);
        QCOMPARE(before->ids(0, 500), sqlOrder());
        const std::shared_ptr<const SortOrders::Order> firstOrder = reader.sortOrders().order(db, 2);

        // A new person whose position sorts first, and one who left.
        users.removeAt(3);
        users << QJsonObject{{u"ID"_s, u"777"_s},
                             {u"ACTIVE"_s, true},
                             {u"NAME"_s, u"Aaron"_s},
                             {u"LAST_NAME"_s, u"Abbott"_s},
                             {u"EMAIL"_s, u"aaron@example.com"_s},
                             {u"WORK_POSITION"_s, u"Aardvark keeper"_s}};
        syncUsers(users);
        std::optional<RankedMatches> after = query.rankedMatches(db, reader.sortOrders());
        QVERIFY(after);
        const Ids expected = sqlOrder();
        QCOMPARE(after->ids(0, 500), expected);
        QCOMPARE(expected.first(), 777);
        QVERIFY(reader.sortOrders().order(db, 2) != firstOrder);
        // What was ranked before still reads from the order it was ranked with.
        QVERIFY(!before->ids(0, 500).contains(777));
    }

    // The probe hands its matches to fetch() below the threshold; above it the walk needs none.
    void planHandsOverTheMatches() {
        QSqlDatabase db = m_reader->database();
        EmployeeQuery query;
        query.searchText = u"nakamura"_s;
        query.sortColumn = Column::Email;
        QString matchIds;
        int matches = -1;
        QCOMPARE(query.plan(db, 400, &matches, &matchIds), Plan::SortMatches);
        QVERIFY(matches > 0);
        QCOMPARE(matchIds.count(u',') + 1, matches);
        // A state filter with nothing typed: few people in the state are sorted, many are walked.
        query.searchText.clear();
        query.stateFilter = Filter::Invited;
        QCOMPARE(query.plan(db, 400, &matches, &matchIds), Plan::SortMatches);
        QCOMPARE(matches, -1);
        QVERIFY(matchIds.isEmpty());
        query.sortColumn = Column::Name; // users_by_state holds the name order: walked at any size
        QCOMPARE(query.plan(db, 400), Plan::WalkSortIndex);
    }
};

QTEST_GUILESS_MAIN(TestDirectorySearchPlans)
#include "tst_directorysearchplans.moc"
