#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"
#include "directory/directorysync.h"
#include "directory/employeequery.h"

#include "userfixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Member counts of the Company Structure page: direct, and with the sub-departments where a person in
// several of them counts once; the same people the department's list shows.
class TestDepartmentCounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject department(int id, const QString &name, int parent) {
        QJsonObject row{{u"ID"_s, QString::number(id)}, {u"NAME"_s, name}, {u"SORT"_s, 500}};
        if (parent)
            row.insert(u"PARENT"_s, QString::number(parent));
        return row;
    }
    static QJsonObject person(int id, const QJsonArray &departments, bool active = true) {
        return QJsonObject{{u"ID"_s, QString::number(id)},    {u"ACTIVE"_s, active},
                           {u"NAME"_s, u"P%1"_s.arg(id)},     {u"EMAIL"_s, u"p%1@example.com"_s.arg(id)},
                           {u"UF_DEPARTMENT"_s, departments}, {u"USER_TYPE"_s, u"employee"_s}};
    }

    std::unique_ptr<DirectoryReader> build(const QString &name, const QJsonArray &departments,
                                           const QJsonArray &users) {
        const QString path = m_dir.filePath(name);
        {
            DirectorySync sync(path);
            sync.open();
            sync.beginFullSync();
            sync.ingestDepartments(departments);
            for (qsizetype at = 0; at < users.size(); at += 50) {
                QJsonArray page;
                for (qsizetype i = at; i < std::min(at + 50, users.size()); ++i)
                    page << users.at(i);
                sync.ingestUsers(page);
            }
            sync.finishFullSync();
        }
        auto reader = std::make_unique<DirectoryReader>(path);
        if (!reader->open())
            qWarning("cannot open %s", qPrintable(path));
        return reader;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void directAndWithSubDepartments() {
        // Company(1) > Engineering(2) > Backend(3), Frontend(4); Company > Sales(5).
        // 6 and 7 name each other as parent: a loop in the portal's data.
        const auto reader = build(u"small.sqlite"_s,
                                  {department(1, u"Company"_s, 0), department(2, u"Engineering"_s, 1),
                                   department(3, u"Backend"_s, 2), department(4, u"Frontend"_s, 2),
                                   department(5, u"Sales"_s, 1), department(6, u"Loop A"_s, 7),
                                   department(7, u"Loop B"_s, 6)},
                                  {person(10, {1}), person(11, {2}), person(12, {3, 4}), person(13, {3}),
                                   person(14, {4}), person(15, {5}, false), person(16, {2, 3}),
                                   person(17, {6}), person(18, {}), person(19, {7, 6})});
        QVERIFY(reader->isOpen());
        const auto counts = reader->departmentMemberCounts();
        const auto check = [&](qint64 id, int direct, int all) {
            QCOMPARE(counts.value(id).direct, direct);
            QCOMPARE(counts.value(id).withSubDepartments, all);
        };
        check(1, 1, 7); // 10, 11, 12, 13, 14, 15, 16: 12 and 16 once each
        check(2, 2, 5); // 11 and 16 directly; 12 (in Backend and Frontend), 13, 14
        check(3, 3, 3); // 12, 13, 16
        check(4, 2, 2); // 12, 14
        check(5, 1, 1); // 15, dismissed: the list shows every state
        check(6, 2, 2); // 17, 19: the loop ends
        check(7, 1, 2);
        QVERIFY(!counts.contains(8));

        DepartmentTreeModel model(reader.get());
        const QModelIndex engineering = model.indexForDepartment(2);
        QCOMPARE(engineering.siblingAtColumn(DepartmentTreeModel::MembersColumn).data().toInt(), 2);
        QCOMPARE(engineering.siblingAtColumn(DepartmentTreeModel::AllMembersColumn).data().toInt(), 5);
        QCOMPARE(engineering.data(DepartmentTreeModel::AllMemberCountRole).toInt(), 5);
        QVERIFY(!model.headerData(DepartmentTreeModel::AllMembersColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    // Over a generated company: the count with sub-departments is what the department's list holds with
    // "Include sub-departments", the direct count what it holds without.
    void countsAgreeWithThePeopleList() {
        const auto reader =
            build(u"company.sqlite"_s, UserFixtures::departments(), UserFixtures::users(1, 600));
        QVERIFY(reader->isOpen());
        const auto counts = reader->departmentMemberCounts();
        int compared = 0;
        for (const QJsonValue &row : UserFixtures::departments()) {
            const qint64 id = row.toObject().value(u"ID"_s).toString().toLongLong();
            for (const bool sub : {false, true}) {
                EmployeeQuery query;
                query.departmentId = id;
                query.includeSubDepartments = sub;
                const int listed = query.count(reader->database());
                const auto count = counts.value(id);
                QCOMPARE(sub ? count.withSubDepartments : count.direct, listed);
                ++compared;
            }
        }
        QVERIFY(compared >= 20);
        QVERIFY(counts.value(1).withSubDepartments > counts.value(1).direct);
    }
};

QTEST_GUILESS_MAIN(TestDepartmentCounts)
#include "tst_departmentcounts.moc"
