#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"
#include "directory/directorysync.h"
#include "directory/employeetablemodel.h"
#include "directory/searchtext.h"

#include "userfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

using Ids = QList<qint64>;

// Reading the copy: search as you type, filters, sorting, the two models, the e-mail lookup.
class TestDirectorySearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryReader> m_people;  // the eleven people below
    std::unique_ptr<DirectoryReader> m_company; // 300 generated people and 24 departments

    static QJsonObject person(int id, const QString &first, const QString &last, const QString &email,
                              const QString &position, int department, const QJsonObject &extra = {}) {
        QJsonObject row{{u"ID"_s, QString::number(id)},
                        {u"ACTIVE"_s, true},
                        {u"NAME"_s, first},
                        {u"LAST_NAME"_s, last},
                        {u"EMAIL"_s, email},
                        {u"WORK_POSITION"_s, position},
                        {u"LAST_LOGIN"_s, u"2024-07-25T13:06:54+00:00"_s},
                        {u"TIMESTAMP_X"_s, QJsonObject{}},
                        {u"UF_DEPARTMENT"_s, department ? QJsonArray{department} : QJsonArray{}},
                        {u"USER_TYPE"_s, u"employee"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            row.insert(it.key(), it.value());
        return row;
    }

    static std::unique_ptr<DirectoryReader> build(const QString &path, const QJsonArray &departments,
                                                  const QJsonArray &users) {
        DirectorySync sync(path);
        sync.open();
        sync.beginFullSync();
        sync.ingestDepartments(departments);
        QJsonArray page;
        for (const QJsonValue &row : users) {
            page << row;
            if (page.size() == 50) {
                sync.ingestUsers(page);
                page = {};
            }
        }
        sync.ingestUsers(page);
        sync.finishFullSync();
        auto reader = std::make_unique<DirectoryReader>(path);
        if (!reader->open())
            qFatal("the synced directory file does not open");
        return reader;
    }

    Ids search(const QString &typed, EmployeeQuery::StateFilter filter = EmployeeQuery::StateFilter::All,
               qint64 department = 0, bool subDepartments = true) const {
        EmployeeQuery query;
        query.searchText = typed;
        query.stateFilter = filter;
        query.departmentId = department;
        query.includeSubDepartments = subDepartments;
        Ids ids;
        for (const auto &row : query.fetch(m_people->database(), 0, 100))
            ids << row.id;
        std::sort(ids.begin(), ids.end());
        if (query.count(m_people->database()) != ids.size())
            return {-1}; // count and rows disagree
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QJsonArray departments{
            QJsonObject{
                {u"ID"_s, u"1"_s}, {u"NAME"_s, u"Acme Ltd"_s}, {u"SORT"_s, 500}, {u"UF_HEAD"_s, u"1005"_s}},
            QJsonObject{{u"ID"_s, u"2"_s}, {u"NAME"_s, u"Sales"_s}, {u"SORT"_s, 100}, {u"PARENT"_s, u"1"_s}},
            QJsonObject{
                {u"ID"_s, u"3"_s}, {u"NAME"_s, u"Sales Polska"_s}, {u"SORT"_s, 500}, {u"PARENT"_s, u"2"_s}},
            QJsonObject{{u"ID"_s, u"4"_s},
                        {u"NAME"_s, u"Россия"_s},
                        {u"SORT"_s, 200},
                        {u"PARENT"_s, u"1"_s},
                        {u"UF_HEAD"_s, u"1004"_s}},
            QJsonObject{{u"ID"_s, 5}, {u"NAME"_s, u"Design"_s}, {u"SORT"_s, u"300"_s}, {u"PARENT"_s, 1}},
        };
        const QJsonArray people{
            person(1001, u"Jürgen"_s, u"Müller"_s, u"j.mueller@example.com"_s, u"Vertriebsleiter"_s, 2,
                   {{u"PERSONAL_MOBILE"_s, u"+49 170 1234567"_s}}),
            person(1002, u"Łukasz"_s, u"Nowak"_s, u"lukasz.nowak@example.pl"_s, u"Księgowy"_s, 3,
                   {{u"WORK_PHONE"_s, u"+48 22 555 01 02"_s}}),
            person(1003, u"José"_s, u"García"_s, u"jose.garcia@example.es"_s, u"Director de ventas"_s, 3),
            person(1004, u"Иван"_s, u"Иванов"_s, u"ivanov@example.ru"_s, u"Менеджер по продажам"_s, 4,
                   {{u"PERSONAL_MOBILE"_s, u"+7 (495) 123-45-67"_s}}),
            person(1005, u"Anna"_s, u"Berg"_s, u"anna@example.com"_s, u"Sales manager"_s, 2,
                   {{u"UF_PHONE_INNER"_s, u"555"_s}}),
            person(1006, u"Annika"_s, u"Muller"_s, u"annika.muller@example.com"_s, u"Designer"_s, 5),
            person(1007, {}, {}, u"New.Hire@Example.com"_s, {}, 5, {{u"LAST_LOGIN"_s, u""_s}}),
            person(1008, u"Anna"_s, u"Smith"_s, u"anna.smith@example.com"_s, u"Analyst"_s, 5,
                   {{u"ACTIVE"_s, u"N"_s}}),
            person(1009, u"Søren"_s, u"Nørgaard"_s, u"soren@partner.dk"_s, u"Consultant"_s, 0,
                   {{u"USER_TYPE"_s, u"extranet"_s}}),
            person(1010, u"Иванна"_s, u"Петрова"_s, u"ivanna@example.ru"_s, u"Бухгалтер"_s, 4),
            person(1011, u"Old"_s, u"Account"_s, u"ANNA@example.com"_s, u"Former"_s, 2,
                   {{u"ACTIVE"_s, false}}),
        };
        m_people = build(m_dir.filePath(u"people.sqlite"_s), departments, people);
        QVERIFY(m_people->isOpen());
        m_company = build(m_dir.filePath(u"company.sqlite"_s), UserFixtures::departments(),
                          UserFixtures::users(1, 300));
        QVERIFY(m_company->isOpen());
    }

    void searchFindsByEveryField_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Ids>("ids");
        QTest::newRow("nothing typed")
            << u""_s << Ids{1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011};
        QTest::newRow("folded Muller") << u"Muller"_s << Ids{1001, 1006};
        QTest::newRow("Müller") << u"Müller"_s << Ids{1001, 1006};
        QTest::newRow("prefix mül") << u"mül"_s << Ids{1001, 1006};
        QTest::newRow("Lukasz") << u"Lukasz"_s << Ids{1002};
        QTest::newRow("prefix Łuk") << u"Łuk"_s << Ids{1002};
        QTest::newRow("Jose") << u"Jose"_s << Ids{1003};
        QTest::newRow("two words") << u"José Garc"_s << Ids{1003};
        QTest::newRow("Cyrillic Иванов") << u"Иванов"_s << Ids{1004};
        QTest::newRow("Cyrillic prefix") << u"иван"_s << Ids{1004, 1010};
        QTest::newRow("Cyrillic two prefixes") << u"Ива Пет"_s << Ids{1010};
        QTest::newRow("anna") << u"anna"_s << Ids{1005, 1008, 1011};
        QTest::newRow("prefix ann") << u"ann"_s << Ids{1005, 1006, 1008, 1011};
        QTest::newRow("name and position") << u"anna sales"_s << Ids{1005};
        QTest::newRow("e-mail") << u"j.mueller@"_s << Ids{1001};
        QTest::newRow("e-mail of the unnamed") << u"new.hire"_s << Ids{1007};
        QTest::newRow("e-mail domain") << u"example.pl"_s << Ids{1002};
        QTest::newRow("position") << u"sales"_s << Ids{1005};
        QTest::newRow("position prefix") << u"vertrieb"_s << Ids{1001};
        QTest::newRow("Cyrillic position") << u"менеджер"_s << Ids{1004};
        QTest::newRow("phone as written") << u"+7 495"_s << Ids{1004};
        QTest::newRow("phone digits") << u"74951234"_s << Ids{1004};
        QTest::newRow("phone part") << u"1234567"_s << Ids{1001};
        QTest::newRow("inner phone") << u"555"_s << Ids{1002, 1005};
        QTest::newRow("ø folded") << u"norg"_s << Ids{1009};
        QTest::newRow("Nørgaard") << u"Nørgaard"_s << Ids{1009};
        QTest::newRow("no match") << u"zzz"_s << Ids{};
        QTest::newRow("FTS syntax is inert") << u"\"anna\"*("_s << Ids{1005, 1008, 1011};
    }

    void searchFindsByEveryField() {
        QFETCH(QString, typed);
        QFETCH(Ids, ids);
        QCOMPARE(search(typed), ids);
    }

    void filters_data() {
        QTest::addColumn<int>("filter");
        QTest::addColumn<qint64>("department");
        QTest::addColumn<bool>("subDepartments");
        QTest::addColumn<Ids>("ids");
        using F = EmployeeQuery::StateFilter;
        QTest::newRow("all") << int(F::All) << qint64(0) << true
                             << Ids{1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011};
        QTest::newRow("employees") << int(F::Employees) << qint64(0) << true
                                   << Ids{1001, 1002, 1003, 1004, 1005, 1006, 1010};
        QTest::newRow("invited") << int(F::Invited) << qint64(0) << true << Ids{1007};
        QTest::newRow("dismissed") << int(F::Dismissed) << qint64(0) << true << Ids{1008, 1011};
        QTest::newRow("extranet") << int(F::Extranet) << qint64(0) << true << Ids{1009};
        QTest::newRow("sales with sub")
            << int(F::All) << qint64(2) << true << Ids{1001, 1002, 1003, 1005, 1011};
        QTest::newRow("sales only") << int(F::All) << qint64(2) << false << Ids{1001, 1005, 1011};
        QTest::newRow("sales employees")
            << int(F::Employees) << qint64(2) << true << Ids{1001, 1002, 1003, 1005};
        QTest::newRow("whole company") << int(F::Dismissed) << qint64(1) << true << Ids{1008, 1011};
    }

    void filters() {
        QFETCH(int, filter);
        QFETCH(qint64, department);
        QFETCH(bool, subDepartments);
        QFETCH(Ids, ids);
        QCOMPARE(search({}, EmployeeQuery::StateFilter(filter), department, subDepartments), ids);
    }

    void sorting_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<Ids>("firstThree");
        QTest::newRow("name") << int(EmployeeQuery::Column::Name) << int(Qt::AscendingOrder)
                              << Ids{1011, 1005, 1003};
        QTest::newRow("name desc") << int(EmployeeQuery::Column::Name) << int(Qt::DescendingOrder)
                                   << Ids{1007, 1010, 1004};
        QTest::newRow("e-mail") << int(EmployeeQuery::Column::Email) << int(Qt::AscendingOrder)
                                << Ids{1008, 1005, 1011};
        QTest::newRow("position") << int(EmployeeQuery::Column::Position) << int(Qt::AscendingOrder)
                                  << Ids{1007, 1008, 1009};
        QTest::newRow("department") << int(EmployeeQuery::Column::Department) << int(Qt::AscendingOrder)
                                    << Ids{1009, 1006, 1007};
        QTest::newRow("state") << int(EmployeeQuery::Column::State) << int(Qt::DescendingOrder)
                               << Ids{1007, 1008, 1011};
    }

    void sorting() {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(Ids, firstThree);
        EmployeeQuery query;
        query.sortColumn = EmployeeQuery::Column(column);
        query.sortOrder = Qt::SortOrder(order);
        Ids ids;
        for (const auto &row : query.fetch(m_people->database(), 0, 3))
            ids << row.id;
        QCOMPARE(ids, firstThree);
    }

    void bothPlansAndTheCappedCountAgree_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("column");
        for (const QString &typed : {u""_s, u"a"_s, u"mü"_s, u"ива"_s, u"sales"_s, u"+7"_s})
            for (int column = 0; column < 5; ++column)
                QTest::addRow("'%s' column %d", qPrintable(typed), column)
                    << typed
                    << int(column == 2 ? EmployeeQuery::StateFilter::Employees
                                       : EmployeeQuery::StateFilter::All)
                    << column;
    }

    void bothPlansAndTheCappedCountAgree() {
        QFETCH(QString, typed);
        QFETCH(int, filter);
        QFETCH(int, column);
        EmployeeQuery query;
        query.searchText = typed;
        query.stateFilter = EmployeeQuery::StateFilter(filter);
        query.sortColumn = EmployeeQuery::Column(column);
        using Plan = EmployeeQuery::Plan;
        const int total = query.count(m_company->database());
        QVERIFY(total > 0);
        QCOMPARE(query.count(m_company->database(), 3), std::min(total, 4));
        QCOMPARE(query.count(m_company->database(), total), total);
        QCOMPARE(query.count(m_company->database(), -1, Plan::WalkSortIndex), total);
        QCOMPARE(query.count(m_company->database(), 3, Plan::WalkSortIndex), std::min(total, 4));
        for (const qint64 department : {qint64(0), qint64(2)}) {
            query.departmentId = department;
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                query.sortOrder = order;
                const auto sorted = query.fetch(m_company->database(), 5, 40, Plan::SortMatches);
                const auto walked = query.fetch(m_company->database(), 5, 40, Plan::WalkSortIndex);
                if (department == 0)
                    QCOMPARE(sorted.size(), std::min(40, std::max(0, total - 5)));
                QCOMPARE(walked.size(), sorted.size());
                for (qsizetype i = 0; i < sorted.size(); ++i)
                    QCOMPARE(walked.at(i).id, sorted.at(i).id);
            }
        }
        // Over 300 people no search is "many": the index is walked only from WalkMinimum matches on.
        // Nor is a state: the 230 employees are sorted rather than walked for under the Position sort.
        query.departmentId = 0;
        QCOMPARE(query.plan(m_company->database(), 300),
                 typed.isEmpty() && column != 2 ? Plan::WalkSortIndex : Plan::SortMatches);
        query.searchText.clear();
        QCOMPARE(query.plan(m_company->database(), 300),
                 column != 2 ? Plan::WalkSortIndex : Plan::SortMatches);
    }

    void rankedMatchesAgreeWithTheSortIndex_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("filter");
        for (const QString &typed :
             {u"a"_s, u"an"_s, u"mü"_s, u"ива"_s, u"w"_s, u"sales"_s, u"+7"_s, u"49"_s})
            for (const auto filter : {EmployeeQuery::StateFilter::All, EmployeeQuery::StateFilter::Employees,
                                      EmployeeQuery::StateFilter::Invited})
                QTest::addRow("'%s' filter %d", qPrintable(typed), int(filter)) << typed << int(filter);
    }

    // A search ranked in memory gives, column by column and in both directions, the rows SQLite gives
    // when it sorts the matches or walks the sort index.
    void rankedMatchesAgreeWithTheSortIndex() {
        QFETCH(QString, typed);
        QFETCH(int, filter);
        QSqlDatabase db = m_company->database();
        EmployeeQuery query;
        query.searchText = typed;
        query.stateFilter = EmployeeQuery::StateFilter(filter);
        for (int column = 0; column < 5; ++column) {
            query.sortColumn = EmployeeQuery::Column(column);
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                query.sortOrder = order;
                std::optional<RankedMatches> ranked = query.rankedMatches(db, m_company->sortOrders());
                QVERIFY(ranked);
                QCOMPARE(ranked->size(), query.count(db));
                for (const auto &[offset, limit] : {std::pair{0, 64}, {0, 128}, {5, 40}, {100, 128}}) {
                    const auto rows = EmployeeQuery::fetchIds(db, ranked->ids(offset, limit));
                    const auto sorted = query.fetch(db, offset, limit, EmployeeQuery::Plan::SortMatches);
                    const auto walked = query.fetch(db, offset, limit, EmployeeQuery::Plan::WalkSortIndex);
                    QCOMPARE(rows.size(), sorted.size());
                    QCOMPARE(walked.size(), sorted.size());
                    for (qsizetype i = 0; i < sorted.size(); ++i) {
                        QCOMPARE(rows.at(i).id, sorted.at(i).id);
                        QCOMPARE(rows.at(i).name, sorted.at(i).name);
                        QCOMPARE(rows.at(i).department, sorted.at(i).department);
                        QCOMPARE(rows.at(i).state, sorted.at(i).state);
                        QCOMPARE(walked.at(i).id, sorted.at(i).id);
                    }
                }
            }
        }
    }

    void employeeModelUnderTester() {
        EmployeeTableModel model(m_company.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"E-mail"_s);
        // Scrolling far and back keeps only a few windows and answers consistently.
        const QString row250 = model.index(250, 1).data().toString();
        for (int row = 0; row < 300; row += 7)
            QVERIFY(!model.index(row, 1).data().toString().isEmpty());
        QCOMPARE(model.index(250, 1).data().toString(), row250);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSearchText(u"müll"_s);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto details =
                m_company->userDetails(model.index(row, 0).data(EmployeeTableModel::UserIdRole).toLongLong());
            QVERIFY(details);
            QVERIFY(SearchText::fold(details->user.lastName + details->user.firstName).contains(u"mull") ||
                    details->user.email.contains(u"mull"));
        }
        model.setStateFilter(EmployeeQuery::StateFilter::Invited);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 4).data(EmployeeTableModel::StateRole).toInt(),
                     UserStates::toStorage(UserState::Invited));
        model.setSearchText({});
        QCOMPARE(model.rowCount(), 26); // every 11th of 300, less those dismissed (id % 17)
        model.setStateFilter(EmployeeQuery::StateFilter::All);
        model.setDepartmentFilter(2, true);
        const int withSub = model.rowCount();
        model.setDepartmentFilter(2, false);
        QVERIFY(model.rowCount() < withSub);
        model.setDepartmentFilter(0);
        model.sort(0, Qt::DescendingOrder);
        model.sort(3, Qt::AscendingOrder);
        model.sort(4, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(0, 4).data().toString(), UserStates::displayName(UserState::Invited));
        QVERIFY(resets.size() >= 8);
        model.refresh();
        QCOMPARE(model.userIdAt(0), model.index(0, 0).data(EmployeeTableModel::UserIdRole).toLongLong());
    }

    void cappedCountGrowsOnFetchMore() {
        const int users = EmployeeTableModel::CountCap + 150;
        auto big = build(m_dir.filePath(u"big.sqlite"_s), UserFixtures::departments(),
                         UserFixtures::users(1, users));
        EmployeeTableModel model(big.get());
        // With nothing typed, the sort column's order is read in the background of the event loop.
        QVERIFY(!big->sortOrders().holds(int(EmployeeQuery::Column::Name)));
        QTRY_VERIFY(big->sortOrders().holds(int(EmployeeQuery::Column::Name)));
        QCOMPARE(model.rowCount(), EmployeeTableModel::CountCap);
        QCOMPARE(model.matchCount(), -1);
        QCOMPARE(model.exactMatchCount(), users); // what the page shows once the rows are up
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), users);
        QCOMPARE(model.matchCount(), users);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(model.index(users - 1, 0).data().isValid());
        model.setSearchText(u"zzz"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        // A search knows its total at once; the view still gets the rows a window at a time.
        model.setSearchText({});
        model.sort(int(EmployeeQuery::Column::Position), Qt::DescendingOrder);
        QTRY_VERIFY(big->sortOrders().holds(int(EmployeeQuery::Column::Position)));
        model.setSearchText(u"example"_s); // every fixture e-mail
        QCOMPARE(model.rowCount(), EmployeeTableModel::CountCap);
        QCOMPARE(model.matchCount(), users);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), users);
        QVERIFY(model.index(users - 1, 0).data().isValid());

        // The tester fetches more itself; the model must stay consistent while it does.
        EmployeeTableModel tested(big.get());
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setSearchText(u"a"_s);
        tested.refresh();
        QVERIFY(tested.rowCount() > 0);
    }

    void departmentTreeUnderTester() {
        DepartmentTreeModel model(m_people.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), u"Acme Ltd"_s);
        QCOMPARE(model.index(0, DepartmentTreeModel::HeadColumn).data().toString(), u"Anna Berg"_s);
        QCOMPARE(model.rowCount(root), 3);
        QCOMPARE(model.index(0, 0, root).data().toString(), u"Sales"_s); // SORT 100 first
        const QModelIndex sales = model.indexForDepartment(2);
        QCOMPARE(sales, model.index(0, 0, root));
        QCOMPARE(sales.data(DepartmentTreeModel::MemberCountRole).toInt(), 3);
        QCOMPARE(model.rowCount(sales), 1);
        QCOMPARE(model.parent(model.index(0, 0, sales)), sales);
        const QModelIndex russia = model.indexForDepartment(4);
        QCOMPARE(russia.siblingAtColumn(DepartmentTreeModel::HeadColumn).data().toString(), u"Иван Иванов"_s);
        QCOMPARE(russia.siblingAtColumn(DepartmentTreeModel::MembersColumn).data().toInt(), 2);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);

        DepartmentTreeModel company(m_company.get());
        QAbstractItemModelTester companyTester(&company,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(company.rowCount(), 1);
        QCOMPARE(company.rowCount(company.index(0, 0)), 8);

        // Names only (the pickers): the same tree in the same order, without heads and counts.
        DepartmentTreeModel names(m_people.get(), nullptr, DepartmentTreeModel::Contents::NamesOnly);
        QAbstractItemModelTester namesTester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::function<void(const QModelIndex &, const QModelIndex &)> same =
            [&](const QModelIndex &full, const QModelIndex &bare) {
                QCOMPARE(names.rowCount(bare), model.rowCount(full));
                for (int row = 0; row < model.rowCount(full); ++row) {
                    const QModelIndex f = model.index(row, 0, full), b = names.index(row, 0, bare);
                    QCOMPARE(b.data().toString(), f.data().toString());
                    QCOMPARE(b.data(DepartmentTreeModel::DepartmentIdRole),
                             f.data(DepartmentTreeModel::DepartmentIdRole));
                    QCOMPARE(b.siblingAtColumn(DepartmentTreeModel::HeadColumn).data().toString(), QString());
                    QCOMPARE(b.data(DepartmentTreeModel::MemberCountRole).toInt(), 0);
                    same(f, b);
                }
            };
        same({}, {});
    }

    void statesForEmails() {
        const auto states = m_people->statesForEmails({u"J.Mueller@example.com"_s,
                                                       u"new.hire@example.com"_s,
                                                       u" anna.smith@EXAMPLE.com"_s,
                                                       u"soren@partner.dk"_s,
                                                       u"anna@example.com"_s,
                                                       u"nobody@example.com"_s,
                                                       {}});
        QCOMPARE(states.size(), 5);
        QCOMPARE(states.value(u"j.mueller@example.com"_s), UserState::Employee);
        QCOMPARE(states.value(u"new.hire@example.com"_s), UserState::Invited);
        QCOMPARE(states.value(u"anna.smith@example.com"_s), UserState::Dismissed);
        QCOMPARE(states.value(u"soren@partner.dk"_s), UserState::Extranet);
        QCOMPARE(states.value(u"anna@example.com"_s), UserState::Employee); // active beats the dismissed twin
        QVERIFY(!states.contains(u"nobody@example.com"_s));

        // Many addresses go through in chunks.
        QStringList many;
        for (int id = 1; id <= 300; ++id)
            many << UserFixtures::user(id)[u"EMAIL"].toString();
        for (int i = 0; i < 1500; ++i)
            many << QStringLiteral("stranger%1@example.net").arg(i);
        const auto all = m_company->statesForEmails(many);
        QCOMPARE(all.size(), 300);
        QCOMPARE(all.value(SearchText::normalizedEmail(UserFixtures::user(17)[u"EMAIL"].toString())),
                 UserState::Dismissed);
        QCOMPARE(all.value(SearchText::normalizedEmail(UserFixtures::user(22)[u"EMAIL"].toString())),
                 UserState::Invited);
        QCOMPARE(all.value(SearchText::normalizedEmail(UserFixtures::user(13)[u"EMAIL"].toString())),
                 UserState::Extranet);
        QCOMPARE(all.value(SearchText::normalizedEmail(UserFixtures::user(1)[u"EMAIL"].toString())),
                 UserState::Employee);
    }
};

QTEST_GUILESS_MAIN(TestDirectorySearch)
#include "tst_directorysearch.moc"
