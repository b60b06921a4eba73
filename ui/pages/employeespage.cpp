#include "pages/employeespage.h"

#include "directory/directoryreader.h"
#include "directory/employeetablemodel.h"
#include "pages/departmentselector.h"
#include "pages/employeedetailspane.h"
#include "pages/peopleview.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int SearchDelayMs = 80; // a pause between keystrokes, not a wait: every query takes ~1 ms

} // namespace

EmployeesPage::EmployeesPage(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("employeesPage"));
    setAccessibleName(tr("Employees"));

    // Search and the page's main action above, the two filters below: narrow screens and long
    // translations keep every control whole.
    auto *filters = new QVBoxLayout;
    filters->addLayout(createSearchRow());
    filters->addLayout(createFilterRow());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(createListAndDetails(), 1);

    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_department);
    setTabOrder(m_department, m_invite);
    setTabOrder(m_invite, m_table);
    connectControls();
    modelChanged();
}

QLayout *EmployeesPage::createSearchRow() {
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employeeSearch"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setAccessibleDescription(tr("Filters the list as you type: name, e-mail, position or phone"));
    m_search->setPlaceholderText(tr("Name, e-mail, position or phone"));
    m_search->setToolTip(tr("Names are found in other spellings too: \"mueller\" finds Müller, "
                            "\"dmitriy\" finds Дмитрий, \"юлия\" finds Julia."));
    m_search->setClearButtonEnabled(true);
    // The whole hint stays readable in every language (with room for the clear button).
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) +
                              fontMetrics().height() * 3);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_invite = new QPushButton(tr("I&nvite users…"), this);
    m_invite->setObjectName(QStringLiteral("inviteUsersButton"));
    m_invite->setAccessibleName(tr("Invite users…"));
    m_invite->setAccessibleDescription(tr("Opens the invite dialog"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_invite);
    return searchRow;
}

QLayout *EmployeesPage::createFilterRow() {
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->setAccessibleDescription(tr("Which people to list: everyone, employees, pending "
                                               "invitations, dismissed or extranet users"));
    m_stateFilter->addItem(tr("All"), int(EmployeeQuery::StateFilter::All));
    m_stateFilter->addItem(tr("Employees"), int(EmployeeQuery::StateFilter::Employees));
    m_stateFilter->addItem(tr("Invited, not yet joined"), int(EmployeeQuery::StateFilter::Invited));
    m_stateFilter->addItem(tr("Dismissed"), int(EmployeeQuery::StateFilter::Dismissed));
    m_stateFilter->addItem(tr("Extranet"), int(EmployeeQuery::StateFilter::Extranet));
    m_stateFilter->view()->setObjectName(QStringLiteral("stateFilterList"));
    m_stateFilter->view()->setAccessibleName(tr("Show"));
    auto *stateLabel = new QLabel(tr("S&how:"), this);
    stateLabel->setBuddy(m_stateFilter);

    m_department = new DepartmentSelector(this);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(stateLabel);
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(departmentLabel);
    filterRow->addWidget(m_department, 1);
    filterRow->addStretch();
    return filterRow;
}

QWidget *EmployeesPage::createListAndDetails() {
    m_table = PeopleView::createTable(this, QStringLiteral("employeeTable"), tr("People"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty = PeopleView::createHint(this, QStringLiteral("employeesEmptyState"), true);
    m_tableOrEmpty = new QStackedWidget(this);
    m_tableOrEmpty->addWidget(m_table);
    m_tableOrEmpty->addWidget(m_empty);
    m_count = PeopleView::createHint(this, QStringLiteral("employeeCount"), false);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_tableOrEmpty, 1);
    listLayout->addWidget(m_count);

    m_details = new EmployeeDetailsPane(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("employeesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void EmployeesPage::connectControls() {
    connect(m_table, &QWidget::customContextMenuRequested, this, &EmployeesPage::showPersonMenu);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &EmployeesPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &EmployeesPage::applySearch);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &EmployeesPage::applyStateFilter);
    connect(m_department, &DepartmentSelector::departmentChanged, this, [this](qint64 id) {
        if (m_model)
            m_model->setDepartmentFilter(id, true);
    });
    connect(m_invite, &QPushButton::clicked, this, &EmployeesPage::inviteRequested);
}

EmployeesPage::~EmployeesPage() {
    // The view and the model go before the connection they read through.
    delete m_table;
    delete m_model;
}

bool EmployeesPage::setDirectory(const QString &databasePath) {
    return setDirectory(DirectoryReader::shared(databasePath));
}

bool EmployeesPage::setDirectory(std::shared_ptr<DirectoryReader> reader) {
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_reader = std::move(reader);
    const bool ok = m_reader && m_reader->isOpen();

    m_model = new EmployeeTableModel(m_reader.get(), this);
    m_model->setSearchText(m_search->text());
    applyStateFilter();
    m_department->reload(m_reader.get());
    if (m_department->departmentId() > 0)
        m_model->setDepartmentFilter(m_department->departmentId(), true);
    m_table->setModel(m_model);
    PeopleView::fitColumns(m_table);

    connect(m_model, &QAbstractItemModel::modelReset, this, &EmployeesPage::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmployeesPage::modelChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EmployeesPage::showCurrentPerson);
    modelChanged();
    return ok;
}

void EmployeesPage::reload() {
    if (!m_reader || !m_model)
        return;
    // The reset that follows brings the selected person back (modelChanged).
    m_department->reload(m_reader.get()); // may re-filter if the chosen department is gone
    m_model->refresh();
}

void EmployeesPage::applySearch() {
    m_searchDelay->stop();
    if (m_model)
        m_model->setSearchText(m_search->text());
}

void EmployeesPage::applyStateFilter() {
    if (m_model)
        m_model->setStateFilter(
            static_cast<EmployeeQuery::StateFilter>(m_stateFilter->currentData().toInt()));
}

void EmployeesPage::modelChanged() {
    const int rows = m_model ? m_model->rowCount() : 0;
    if (!m_model || !m_reader || !m_reader->isOpen())
        m_empty->setText(tr("The directory is not available yet. It appears here once it has been "
                            "downloaded from the portal."));
    else if (!m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No one matches “%1”.\nCheck the spelling, or try fewer letters or another "
                            "filter.")
                             .arg(m_search->text().trimmed()));
    else
        m_empty->setText(tr("No people match these filters."));
    m_tableOrEmpty->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (const int total = m_model ? m_model->matchCount() : rows; total < 0)
        showExactCount();
    else
        m_count->setText(tr("%Ln people", nullptr, total));
    if (m_model && sender() == m_model && m_details->userId() > 0)
        reselect(m_details->userId());
}

void EmployeesPage::showCurrentPerson() {
    const QModelIndex current = m_table->currentIndex();
    m_details->showUser(m_reader.get(), current.isValid() ? m_model->userIdAt(current.row()) : 0);
}

void EmployeesPage::reselect(qint64 userId) {
    if (!m_model)
        return;
    // Look through the first windows only: after a change of search the person is either near the
    // top or no longer of interest.
    const int limit = std::min(m_model->rowCount(), 2 * EmployeeTableModel::WindowSize);
    for (int row = 0; row < limit && userId > 0; ++row) {
        if (m_model->userIdAt(row) == userId) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            m_details->showUser(m_reader.get(), userId);
            return;
        }
    }
    m_details->showUser(m_reader.get(), 0);
}

void EmployeesPage::showExactCount() {
    // The rows are up; the uncapped count follows right after, once the event loop is free.
    m_count->setText(tr("Counting people…"));
    QTimer::singleShot(0, m_count, [this, model = QPointer<EmployeeTableModel>(m_model)] {
        if (model && model == m_model && m_model->matchCount() < 0)
            m_count->setText(tr("%Ln people", nullptr, m_model->exactMatchCount()));
    });
}

void EmployeesPage::setPortalUrl(const QUrl &url) {
    m_details->setPortalUrl(url);
}

void EmployeesPage::showPersonMenu(const QPoint &position) {
    // The row under the mouse (or the current one, from the keyboard's menu key) becomes the person.
    if (const QModelIndex at = m_table->indexAt(position); at.isValid())
        m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    const QList<QAction *> actions = m_details->personActions();
    if (actions.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("personContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(actions);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}
