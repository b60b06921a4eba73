#include "directory/directoryreader.h"
#include "directory/employeequery.h"
#include "directory/employeetablemodel.h"
#include "pages/departmentselector.h"
#include "pages/employeespage.h"

#include "pagesfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Employees page over a real directory file, driven as a user would: typing, filters, selection.
// Receives the addresses the page asks the desktop to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestEmployeesPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<EmployeesPage> m_page;

    template<typename T> T *child(const char *name) const {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QLineEdit *search() const { return child<QLineEdit>("employeeSearch"); }
    QTableView *table() const { return child<QTableView>("employeeTable"); }
    QString detail(const char *name) const { return child<QLabel>(name)->text(); }

    // Rows shown, as "name|email" for messages; the model is capped, so these are all of them here.
    QStringList shownRows() const {
        QStringList rows;
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data().toString() + u'|' + model->index(row, 1).data().toString();
        return rows;
    }
    QList<qint64> shownIds() const {
        QList<qint64> ids;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            ids << m_page->model()->userIdAt(row);
        return ids;
    }
    // Types like a keyboard would, letter by letter (QTest::keyClicks knows only ASCII).
    static void typeInto(QWidget *widget, const QString &text) {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    // Types into the search box and waits for the debounced search to reach the model.
    void typeSearch(const QString &text) {
        search()->clear();
        typeInto(search(), text);
        QCOMPARE(search()->text(), text);
        QTRY_COMPARE(m_page->model()->query().searchText, text);
    }
    int expectedCount(EmployeeQuery::StateFilter filter, qint64 department = 0) const {
        EmployeeQuery query;
        query.stateFilter = filter;
        query.departmentId = department;
        return query.count(m_page->reader()->database());
    }
    void selectUser(qint64 id) {
        const int row = int(shownIds().indexOf(id));
        QVERIFY2(row >= 0, "user not shown");
        const QRect rect = table()->visualRect(table()->model()->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"directory.sqlite"_s);
        QVERIFY(PagesFixture::build(m_path));
    }

    void init() {
        m_page = std::make_unique<EmployeesPage>();
        QVERIFY(m_page->setDirectory(m_path));
        m_page->resize(1100, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup() { m_page.reset(); }

    void listsEveryone() {
        QCOMPARE(m_page->model()->rowCount(), PagesFixture::GeneratedUsers + 3);
        QCOMPARE(child<QLabel>("employeeCount")->text(), u"303 people"_s);
        PagesFixture::screenshot(m_page.get(), u"employees-page"_s);
    }

    void theCountIsExactBeyondTheCap() {
        // More people than a reset counts at once: the page still says how many, not "more than".
        const QString path = m_dir.filePath(u"big.sqlite"_s);
        const int users = EmployeeTableModel::CountCap * 2;
        {
            DirectorySync sync(path);
            bool opened = false;
            QObject::connect(&sync, &DirectorySync::opened, &sync,
                             [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
            sync.open();
            QVERIFY(opened);
            sync.beginFullSync();
            sync.ingestDepartments(UserFixtures::departments(24));
            for (int first = 1; first <= users; first += 50)
                sync.ingestUsers(UserFixtures::users(first, qMin(50, users - first + 1), 24));
            sync.finishFullSync();
        }
        EmployeesPage page;
        QVERIFY(page.setDirectory(path));
        auto *filter = page.findChild<QComboBox *>(u"stateFilter"_s);
        filter->setCurrentIndex(filter->findData(int(EmployeeQuery::StateFilter::Employees)));
        QTRY_COMPARE(page.model()->rowCount(), EmployeeTableModel::CountCap);
        QCOMPARE(page.model()->matchCount(), -1);
        EmployeeQuery employees;
        employees.stateFilter = EmployeeQuery::StateFilter::Employees;
        const int expected = employees.count(page.reader()->database());
        QVERIFY(expected > EmployeeTableModel::CountCap);
        QTRY_COMPARE(page.findChild<QLabel *>(u"employeeCount"_s)->text(),
                     u"%1 people"_s.arg(QLocale().toString(expected)));
    }

    void searchFoldsDiacritics() {
        typeSearch(u"Muller"_s);
        QTRY_VERIFY(shownIds().contains(PagesFixture::Mueller));
        const QStringList rows = shownRows();
        QVERIFY(rows.size() > 1);
        for (const QString &row : rows)
            QVERIFY2(row.contains(u"Müller"_s) || row.contains(u"muller"_s) || row.contains(u"mueller"_s),
                     qPrintable(row));
    }

    void searchCyrillicPhoneAndPosition() {
        typeSearch(u"Иванов"_s);
        QTRY_VERIFY(shownIds().contains(PagesFixture::Ivanov));
        for (const QString &row : shownRows())
            QVERIFY2(row.contains(u"Иванов"_s), qPrintable(row));

        typeSearch(u"5550123"_s);
        QTRY_COMPARE(shownIds(), QList<qint64>{PagesFixture::Mueller});
        typeSearch(u"warehouse le"_s);
        QTRY_COMPARE(shownIds(), QList<qint64>{PagesFixture::Mueller});
    }

    void emptyState() {
        typeSearch(u"Zzyzzyva"_s);
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("employeesEmptyState")->isVisible());
        QVERIFY(!table()->isVisible());
        QVERIFY(child<QLabel>("employeesEmptyState")->text().contains(u"Zzyzzyva"_s));
        PagesFixture::screenshot(m_page.get(), u"employees-empty"_s);
        search()->clear();
        QTRY_VERIFY(table()->isVisible());
    }

    void stateFilters_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("state");
        QTest::newRow("employees") << 1 << int(EmployeeQuery::StateFilter::Employees)
                                   << int(UserState::Employee);
        QTest::newRow("invited") << 2 << int(EmployeeQuery::StateFilter::Invited) << int(UserState::Invited);
        QTest::newRow("dismissed") << 3 << int(EmployeeQuery::StateFilter::Dismissed)
                                   << int(UserState::Dismissed);
        QTest::newRow("extranet") << 4 << int(EmployeeQuery::StateFilter::Extranet)
                                  << int(UserState::Extranet);
    }
    void stateFilters() {
        QFETCH(int, index);
        QFETCH(int, filter);
        QFETCH(int, state);
        auto *combo = child<QComboBox>("stateFilter");
        combo->setFocus();
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), index);
        const int expected = expectedCount(static_cast<EmployeeQuery::StateFilter>(filter));
        QVERIFY(expected > 0);
        QCOMPARE(m_page->model()->rowCount(), expected);
        for (int row = 0; row < expected; ++row)
            QCOMPARE(m_page->model()->index(row, 0).data(EmployeeTableModel::StateRole).toInt(), state);
        if (filter == int(EmployeeQuery::StateFilter::Invited))
            QVERIFY(shownIds().contains(PagesFixture::Newcomer));
    }

    void departmentFilterByTyping() {
        auto *departments = child<DepartmentSelector>("departmentFilter");
        QCOMPARE(departments->currentText(), u"All departments"_s);
        QVERIFY(departments->count() == 25); // "All departments" and 24 departments
        departments->setFocus();
        departments->lineEdit()->selectAll();
        typeInto(departments->lineEdit(), u"logistik münchen"_s);
        QTest::keyClick(departments->lineEdit(), Qt::Key_Return);
        QCOMPARE(departments->departmentId(), PagesFixture::Logistics);
        const int expected = expectedCount(EmployeeQuery::StateFilter::All, PagesFixture::Logistics);
        QCOMPARE(m_page->model()->rowCount(), expected);
        QVERIFY(shownIds().contains(PagesFixture::Mueller));
        QVERIFY(!shownIds().contains(PagesFixture::Ivanov));

        // Search and department combine.
        typeSearch(u"Jürgen"_s);
        QTRY_VERIFY(m_page->model()->rowCount() < expected);
        QVERIFY(shownIds().contains(PagesFixture::Mueller));
        typeSearch(u"Иван Иванов"_s);
        QVERIFY(!shownIds().contains(PagesFixture::Ivanov)); // he works in Бухгалтерия
    }

    void detailsOfSelectedPerson() {
        QVERIFY(child<QLabel>("detailsPlaceholder")->isVisible());
        typeSearch(u"Jürgen Müller"_s);
        QTRY_VERIFY(shownIds().contains(PagesFixture::Mueller));
        selectUser(PagesFixture::Mueller);
        QCOMPARE(detail("detailsName"), u"Jürgen Müller"_s);
        QCOMPARE(detail("detailsEmail"), u"j.mueller@acme.example"_s);
        QCOMPARE(detail("detailsPosition"), u"Warehouse lead"_s);
        QCOMPARE(detail("detailsDepartments"), u"Logistik München"_s);
        QVERIFY(detail("detailsPhones").contains(u"+49 89 5550123"_s));
        QVERIFY(detail("detailsPhones").contains(u"+49 171 5550456"_s));
        QCOMPARE(detail("detailsState"), u"Employee"_s);
        QVERIFY(detail("detailsRegistered").contains(u"23"_s)); // 2023, in the locale's short format
        QVERIFY(!detail("detailsLastLogin").isEmpty());
        PagesFixture::screenshot(m_page.get(), u"employees-details"_s);

        typeSearch(u"newcomer"_s);
        QTRY_COMPARE(shownIds(), QList<qint64>{PagesFixture::Newcomer});
        selectUser(PagesFixture::Newcomer);
        QCOMPARE(detail("detailsName"), u"newcomer@acme.example"_s);
        QCOMPARE(detail("detailsState"), u"Invited, not yet joined"_s);
        QCOMPARE(detail("detailsLastLogin"), u"Never"_s);
        QVERIFY(!child<QLabel>("detailsRegistered")->isVisible()); // never joined: nothing registered
    }

    void actionsOnAPerson() {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        m_page->setPortalUrl(QUrl(u"https://acme.bitrix24.com/"_s));
        typeSearch(u"newcomer"_s);
        QTRY_COMPARE(shownIds(), QList<qint64>{PagesFixture::Newcomer});
        selectUser(PagesFixture::Newcomer);
        auto *handOff = m_page->findChild<QAction *>(u"portalHandOffAction"_s);
        QVERIFY(handOff->isVisible());
        QCOMPARE(handOff->text(), u"&Invite again in the portal…"_s);
        handOff->trigger();
        m_page->findChild<QAction *>(u"copyEmailAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"newcomer@acme.example"_s);

        // The table's context menu offers the same, for the row it was opened on.
        typeSearch(u"Jürgen Müller"_s);
        QTRY_VERIFY(shownIds().contains(PagesFixture::Mueller));
        const int row = int(shownIds().indexOf(PagesFixture::Mueller));
        const QRect rect = table()->visualRect(table()->model()->index(row, 0));
        emit table()->customContextMenuRequested(rect.center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = m_page->findChild<QMenu *>(u"personContextMenu"_s)) != nullptr);
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QCOMPARE(texts, (QStringList{u"&Copy e-mail"_s, u"Open &profile in the portal"_s}));
        menu->actions().at(1)->trigger();
        menu->close();
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QCOMPARE(catcher.opened,
                 (QList<QUrl>{QUrl(u"https://acme.bitrix24.com/company/personal/user/9003/"_s),
                              QUrl(u"https://acme.bitrix24.com/company/personal/user/9001/"_s)}));
    }

    void reloadKeepsSearchFilterAndSelection() {
        typeSearch(u"Müller"_s);
        QTRY_VERIFY(shownIds().contains(PagesFixture::Mueller));
        child<QComboBox>("stateFilter")->setCurrentIndex(1); // employees
        selectUser(PagesFixture::Mueller);
        const int rows = m_page->model()->rowCount();
        m_page->reload();
        QCOMPARE(search()->text(), u"Müller"_s);
        QCOMPARE(child<QComboBox>("stateFilter")->currentIndex(), 1);
        QCOMPARE(m_page->model()->rowCount(), rows);
        QCOMPARE(m_page->model()->userIdAt(table()->currentIndex().row()), PagesFixture::Mueller);
        QCOMPARE(detail("detailsName"), u"Jürgen Müller"_s);
    }

    void sortsByHeader() {
        table()->sortByColumn(0, Qt::DescendingOrder);
        const QString first = m_page->model()->index(0, 0).data().toString();
        const QString last = m_page->model()->index(m_page->model()->rowCount() - 1, 0).data().toString();
        table()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(m_page->model()->index(0, 0).data().toString(), last);
        QCOMPARE(m_page->model()->index(m_page->model()->rowCount() - 1, 0).data().toString(), first);
    }

    void inviteButton() {
        QSignalSpy spy(m_page.get(), &EmployeesPage::inviteRequested);
        QTest::mouseClick(child<QPushButton>("inviteUsersButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    void modelPassesTester() {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        typeSearch(u"an"_s);
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        child<QComboBox>("stateFilter")->setCurrentIndex(2);
        child<DepartmentSelector>("departmentFilter")->setDepartmentId(2);
        table()->sortByColumn(1, Qt::DescendingOrder);
        m_page->reload();
        search()->clear();
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
    }

    void everyFocusableWidgetHasAnAccessibleName() {
        const QStringList missing = PagesFixture::focusableWithoutAccessibleName(m_page.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    void tabOrderFollowsTheRow() {
        search()->setFocus();
        QStringList order;
        for (int i = 0; i < 5; ++i) {
            // An editable combo box's line edit takes the focus on the combo box's behalf.
            order << QApplication::focusWidget()->objectName().remove(u"Edit"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order, (QStringList{u"employeeSearch"_s, u"stateFilter"_s, u"departmentFilter"_s,
                                     u"inviteUsersButton"_s, u"employeeTable"_s}));
    }
};

QTEST_MAIN(TestEmployeesPage)
#include "tst_employeespage.moc"
