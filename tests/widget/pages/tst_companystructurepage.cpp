#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"
#include "directory/employeequery.h"
#include "directory/employeetablemodel.h"
#include "pages/companystructurepage.h"

#include "pagesfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The Company Structure page over a real directory file: the tree, the people of a department, and
// "Invite to this department…" from the button, the context menu and the keyboard.
class TestCompanyStructurePage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CompanyStructurePage> m_page;

    template<typename T> T *child(const char *name) const {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QTreeView *tree() const { return child<QTreeView>("departmentTree"); }

    QList<qint64> shownPeople() const {
        QList<qint64> ids;
        for (int row = 0; row < m_page->peopleModel()->rowCount(); ++row)
            ids << m_page->peopleModel()->userIdAt(row);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // The department's members straight from the membership table.
    QList<qint64> members(const QList<qint64> &departments) const {
        QSet<qint64> ids;
        QSqlQuery query(m_page->reader()->database());
        for (const qint64 department : departments) {
            query.prepare(u"SELECT user_id FROM membership WHERE department_id = ?"_s);
            query.addBindValue(department);
            if (!query.exec())
                qFatal("membership not read");
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        QList<qint64> sorted(ids.begin(), ids.end());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }
    void clickDepartment(qint64 id, Qt::MouseButton button = Qt::LeftButton) {
        const QModelIndex index = m_page->departmentModel()->indexForDepartment(id);
        QVERIFY(index.isValid());
        tree()->scrollTo(index);
        QTest::mouseClick(tree()->viewport(), button, {}, tree()->visualRect(index).center());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"directory.sqlite"_s);
        QVERIFY(PagesFixture::build(m_path));
    }

    void init() {
        m_page = std::make_unique<CompanyStructurePage>();
        QVERIFY(m_page->setDirectory(m_path));
        m_page->resize(1100, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup() { m_page.reset(); }

    void treeShowsHeadsAndMembers() {
        const QModelIndex root = m_page->departmentModel()->index(0, 0);
        QCOMPARE(root.data().toString(), u"Acme Ltd"_s);
        QVERIFY(tree()->isExpanded(root));
        QVERIFY(!root.siblingAtColumn(DepartmentTreeModel::HeadColumn).data().toString().isEmpty());
        const QModelIndex logistics = m_page->departmentModel()->indexForDepartment(PagesFixture::Logistics);
        QCOMPARE(logistics.siblingAtColumn(DepartmentTreeModel::MembersColumn).data().toInt(),
                 int(members({PagesFixture::Logistics}).size()));
        // The button follows the choice (the tree may make its first row current when it takes focus).
        QCOMPARE(child<QPushButton>("inviteToDepartmentButton")->isEnabled(),
                 m_page->currentDepartmentId() > 0);
        PagesFixture::screenshot(m_page.get(), u"structure-page"_s);
    }

    void selectingADepartmentListsItsPeople() {
        clickDepartment(PagesFixture::Logistics);
        QCOMPARE(m_page->currentDepartmentId(), PagesFixture::Logistics);
        QCOMPARE(child<QLabel>("departmentTitle")->text(), u"Logistik München"_s);
        // Sub-departments 14 and 22 sit under Logistik München.
        QCOMPARE(shownPeople(), members({PagesFixture::Logistics, 14, 22}));
        QVERIFY(shownPeople().contains(PagesFixture::Mueller));
        QTest::mouseClick(child<QCheckBox>("includeSubDepartments"), Qt::LeftButton);
        QCOMPARE(shownPeople(), members({PagesFixture::Logistics}));
        PagesFixture::screenshot(m_page.get(), u"structure-department"_s);

        clickDepartment(5);
        QVERIFY(shownPeople().contains(PagesFixture::Ivanov));
        QVERIFY(!shownPeople().contains(PagesFixture::Mueller));
    }

    // Logistik München has sub-departments (14, 22): the tree shows its own people and everyone with
    // the sub-departments, each once; the line under the list says which of the two it lists.
    void countsSayWhetherTheyIncludeSubDepartments() {
        const QModelIndex logistics = m_page->departmentModel()->indexForDepartment(PagesFixture::Logistics);
        const int direct = int(members({PagesFixture::Logistics}).size());
        const int all = int(members({PagesFixture::Logistics, 14, 22}).size());
        QVERIFY(all > direct);
        QCOMPARE(logistics.siblingAtColumn(DepartmentTreeModel::MembersColumn).data().toInt(), direct);
        QCOMPARE(logistics.siblingAtColumn(DepartmentTreeModel::AllMembersColumn).data().toInt(), all);
        clickDepartment(PagesFixture::Logistics);
        auto *count = child<QLabel>("departmentPeopleCount");
        QTRY_COMPARE(
            count->text(),
            u"%1 people with sub-departments · %2 directly in this department"_s.arg(all).arg(direct));
        QTest::mouseClick(child<QCheckBox>("includeSubDepartments"), Qt::LeftButton);
        QTRY_COMPARE(
            count->text(),
            u"%1 people directly in this department · %2 with sub-departments"_s.arg(direct).arg(all));
        // A department without sub-departments has one number.
        clickDepartment(14);
        QTRY_COMPARE(count->text(), u"%1 people"_s.arg(members({14}).size()));
    }

    void inviteButtonCarriesTheDepartment() {
        clickDepartment(PagesFixture::Logistics);
        QSignalSpy spy(m_page.get(), &CompanyStructurePage::inviteRequested);
        QTest::mouseClick(child<QPushButton>("inviteToDepartmentButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), PagesFixture::Logistics);
        QCOMPARE(spy.at(0).at(1).toString(), u"Logistik München"_s);
    }

    void contextMenuWithTheMouse() {
        clickDepartment(PagesFixture::Logistics);
        const QModelIndex index = m_page->departmentModel()->indexForDepartment(5);
        const QPoint pos = tree()->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree()->viewport(), &event);
        QMenu *menu = m_page->contextMenu();
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(m_page->currentDepartmentId(), 5); // the menu is about the department under the mouse
        QSignalSpy spy(m_page.get(), &CompanyStructurePage::inviteRequested);
        menu->findChild<QAction *>(u"inviteToDepartmentAction"_s)->trigger();
        menu->hide();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), 5);
        QCOMPARE(spy.at(0).at(1).toString(), u"Бухгалтерия"_s);
    }

    void contextMenuFromTheKeyboard_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Menu") << int(Qt::Key_Menu) << int(Qt::NoModifier);
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    }
    void contextMenuFromTheKeyboard() {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        clickDepartment(PagesFixture::Logistics);
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down); // the next department, chosen with the keyboard
        const qint64 chosen = m_page->currentDepartmentId();
        QVERIFY(chosen != PagesFixture::Logistics);
        QTest::keyClick(tree(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QMenu *menu = m_page->contextMenu();
        QTRY_VERIFY(menu->isVisible());
        QSignalSpy spy(m_page.get(), &CompanyStructurePage::inviteRequested);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), chosen);
        QVERIFY(!menu->isVisible());
    }

    void reloadKeepsTheDepartment() {
        clickDepartment(PagesFixture::Logistics);
        const QList<qint64> people = shownPeople();
        m_page->reload();
        QCOMPARE(m_page->currentDepartmentId(), PagesFixture::Logistics);
        QCOMPARE(shownPeople(), people);
    }

    void modelsPassTester() {
        QAbstractItemModelTester treeTester(m_page->departmentModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester peopleTester(m_page->peopleModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickDepartment(PagesFixture::Logistics);
        QTest::mouseClick(child<QCheckBox>("includeSubDepartments"), Qt::LeftButton);
        child<QTableView>("departmentPeople")->sortByColumn(2, Qt::DescendingOrder);
        m_page->reload();
        clickDepartment(1);
    }

    void everyFocusableWidgetHasAnAccessibleName() {
        const QStringList missing = PagesFixture::focusableWithoutAccessibleName(m_page.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }
};

QTEST_MAIN(TestCompanyStructurePage)
#include "tst_companystructurepage.moc"
