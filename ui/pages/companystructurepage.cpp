#include "pages/companystructurepage.h"

#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"
#include "directory/employeetablemodel.h"
#include "pages/peopleview.h"

#include <QAction>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int ExpandedDepth = 1; // the company, its divisions and their teams
} // namespace

CompanyStructurePage::CompanyStructurePage(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("companyStructurePage"));
    setAccessibleName(tr("Company structure"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("structureSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createTreeSide());
    splitter->addWidget(createPeopleSide());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_tree, m_includeSub);
    setTabOrder(m_includeSub, m_invite);
    setTabOrder(m_invite, m_table);

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("departmentContextMenu"));
    m_menu->setAccessibleName(tr("Department actions"));
    m_inviteAction = m_menu->addAction(tr("&Invite to this department…"));
    m_inviteAction->setObjectName(QStringLiteral("inviteToDepartmentAction"));

    connect(m_invite, &QPushButton::clicked, this, &CompanyStructurePage::requestInvite);
    connect(m_inviteAction, &QAction::triggered, this, &CompanyStructurePage::requestInvite);
    connect(m_includeSub, &QCheckBox::toggled, this, &CompanyStructurePage::departmentSelected);
    departmentSelected();
}

QWidget *CompanyStructurePage::createTreeSide() {
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setAccessibleName(tr("Departments"));
    m_tree->setAccessibleDescription(tr("The company's departments with their heads, their own number of "
                                        "members and the number with all sub-departments. The context "
                                        "menu invites people to a department."));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_tree->installEventFilter(this);
    m_treeViewport = m_tree->viewport();
    m_treeViewport->installEventFilter(this);
    auto *treeLabel = new QLabel(tr("De&partments:"), this);
    treeLabel->setBuddy(m_tree);

    auto *treeSide = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeSide);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(treeLabel);
    treeLayout->addWidget(m_tree, 1);
    return treeSide;
}

QWidget *CompanyStructurePage::createPeopleSide() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("departmentTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    // The department's name beside its main action, the filter below: a long name or a long
    // translation wraps instead of widening the page.
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 8);

    m_includeSub = new QCheckBox(tr("Include &sub-departments"), this);
    m_includeSub->setObjectName(QStringLiteral("includeSubDepartments"));
    m_includeSub->setAccessibleName(tr("Include sub-departments"));
    m_includeSub->setChecked(true);

    m_invite = new QPushButton(tr("&Invite to this department…"), this);
    m_invite->setObjectName(QStringLiteral("inviteToDepartmentButton"));
    m_invite->setAccessibleName(tr("Invite to this department…"));
    m_invite->setAccessibleDescription(tr("Opens the invite dialog with the selected department"));
    m_invite->setEnabled(false);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_invite, 0, Qt::AlignTop);

    m_table =
        PeopleView::createTable(this, QStringLiteral("departmentPeople"), tr("People in the department"));
    m_hint = PeopleView::createHint(this, QStringLiteral("departmentPeopleHint"), true);
    m_peopleOrHint = new QStackedWidget(this);
    m_peopleOrHint->addWidget(m_table);
    m_peopleOrHint->addWidget(m_hint);
    m_count = PeopleView::createHint(this, QStringLiteral("departmentPeopleCount"), false);

    auto *peopleSide = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(peopleSide);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addLayout(titleRow);
    peopleLayout->addWidget(m_includeSub, 0, Qt::AlignLeft);
    peopleLayout->addWidget(m_peopleOrHint, 1);
    peopleLayout->addWidget(m_count);
    return peopleSide;
}

CompanyStructurePage::~CompanyStructurePage() {
    // The views and the models go before the connection they read through.
    m_tree->removeEventFilter(this);
    m_treeViewport->removeEventFilter(this);
    delete m_tree;
    delete m_table;
    delete m_departments;
    delete m_people;
}

bool CompanyStructurePage::setDirectory(const QString &databasePath) {
    return setDirectory(DirectoryReader::shared(databasePath));
}

bool CompanyStructurePage::setDirectory(std::shared_ptr<DirectoryReader> reader) {
    m_tree->setModel(nullptr);
    m_table->setModel(nullptr);
    delete m_departments;
    delete m_people;
    m_departments = nullptr;
    m_people = nullptr;
    m_reader = std::move(reader);
    m_modelsPending = true;
    if (isVisible())
        ensureModels();
    else
        peopleChanged();
    return m_reader && m_reader->isOpen();
}

void CompanyStructurePage::showEvent(QShowEvent *event) {
    ensureModels();
    QWidget::showEvent(event);
}

DepartmentTreeModel *CompanyStructurePage::departmentModel() const {
    const_cast<CompanyStructurePage *>(this)->ensureModels();
    return m_departments;
}

EmployeeTableModel *CompanyStructurePage::peopleModel() const {
    const_cast<CompanyStructurePage *>(this)->ensureModels();
    return m_people;
}

void CompanyStructurePage::ensureModels() {
    if (!m_modelsPending)
        return;
    m_modelsPending = false;
    m_departments = new DepartmentTreeModel(m_reader.get(), this);
    m_tree->setModel(m_departments);
    const int charWidth = fontMetrics().averageCharWidth();
    // Every column in view without a horizontal scrollbar: the name takes what the others leave.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DepartmentTreeModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(DepartmentTreeModel::HeadColumn,
                          qMax(charWidth * 16, header->sectionSizeHint(DepartmentTreeModel::HeadColumn)));
    for (const int column :
         {int(DepartmentTreeModel::MembersColumn), int(DepartmentTreeModel::AllMembersColumn)})
        header->resizeSection(column, header->sectionSizeHint(column));
    // Narrower than its titles, the tree would cut them; the people list gives way instead.
    int titles = m_tree->frameWidth() * 2;
    for (const int column :
         {int(DepartmentTreeModel::NameColumn), int(DepartmentTreeModel::HeadColumn),
          int(DepartmentTreeModel::MembersColumn), int(DepartmentTreeModel::AllMembersColumn)})
        titles += column == DepartmentTreeModel::NameColumn ? header->sectionSizeHint(column)
                                                            : header->sectionSize(column);
    m_tree->setMinimumWidth(qMax(titles, charWidth * 36));
    m_tree->expandToDepth(ExpandedDepth);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CompanyStructurePage::departmentSelected);

    m_people = new EmployeeTableModel(m_reader.get(), this);
    m_table->setModel(m_people);
    // Who, how to reach them, where and in which state: the position is on the Employees page.
    m_table->setColumnHidden(int(EmployeeQuery::Column::Position), true);
    PeopleView::fitColumns(m_table);
    connect(m_people, &QAbstractItemModel::modelReset, this, &CompanyStructurePage::peopleChanged);
    connect(m_people, &QAbstractItemModel::rowsInserted, this, &CompanyStructurePage::peopleChanged);

    // Nothing is chosen at first: the root department holds the whole company, and listing it sorted
    // costs SQLite a sort of every member (see EmployeeQuery::plan), which start-up should not pay.
    departmentSelected();
}

void CompanyStructurePage::reload() {
    if (!m_departments || !m_people)
        return; // not built yet: they read the current copy when they are
    const qint64 selected = currentDepartmentId();
    m_departments->refresh();
    m_tree->expandToDepth(ExpandedDepth);
    selectDepartment(selected);
    m_people->refresh();
    departmentSelected();
}

qint64 CompanyStructurePage::currentDepartmentId() const {
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(DepartmentTreeModel::DepartmentIdRole).toLongLong() : 0;
}

QString CompanyStructurePage::currentDepartmentName() const {
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.siblingAtColumn(DepartmentTreeModel::NameColumn).data().toString()
                             : QString();
}

bool CompanyStructurePage::selectDepartment(qint64 departmentId) {
    ensureModels();
    if (!m_departments)
        return false;
    const QModelIndex index = m_departments->indexForDepartment(departmentId);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void CompanyStructurePage::departmentSelected() {
    const qint64 id = currentDepartmentId();
    m_invite->setEnabled(id > 0);
    m_inviteAction->setEnabled(id > 0);
    m_title->setText(id > 0 ? currentDepartmentName() : QString());
    if (m_people && id > 0)
        m_people->setDepartmentFilter(id, m_includeSub->isChecked());
    peopleChanged();
}

void CompanyStructurePage::peopleChanged() {
    const bool chosen = m_people && currentDepartmentId() > 0;
    const int rows = chosen ? m_people->rowCount() : 0;
    if (!m_reader || !m_reader->isOpen())
        m_hint->setText(tr("The directory is not available yet. It appears here once it has been "
                           "downloaded from the portal."));
    else if (!chosen)
        m_hint->setText(tr("Select a department to see its people."));
    else
        m_hint->setText(tr("Nobody works in this department yet."));
    m_peopleOrHint->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_table) : m_hint);
    if (!chosen)
        m_count->clear();
    else if (const int total = m_people->matchCount(); total < 0)
        showExactCount();
    else
        m_count->setText(countText(total));
}

QString CompanyStructurePage::countText(int listed) const {
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !m_departments || m_departments->rowCount(current.siblingAtColumn(0)) == 0)
        return tr("%Ln people", nullptr, listed); // no sub-departments: one number says it all
    const int direct = current.data(DepartmentTreeModel::MemberCountRole).toInt();
    const int all = current.data(DepartmentTreeModel::AllMemberCountRole).toInt();
    if (m_includeSub->isChecked())
        return tr("%1 · %2", "a department's two member counts")
            .arg(tr("%Ln people with sub-departments", nullptr, listed),
                 tr("%Ln directly in this department", nullptr, direct));
    return tr("%1 · %2", "a department's two member counts")
        .arg(tr("%Ln people directly in this department", nullptr, listed),
             tr("%Ln with sub-departments", nullptr, all));
}

void CompanyStructurePage::requestInvite() {
    const qint64 id = currentDepartmentId();
    if (id > 0)
        emit inviteRequested(id, currentDepartmentName());
}

void CompanyStructurePage::openContextMenu(const QModelIndex &index, const QPoint &globalPos) {
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index.siblingAtColumn(DepartmentTreeModel::NameColumn));
    m_menu->popup(globalPos); // not exec(): no nested event loop
}

bool CompanyStructurePage::eventFilter(QObject *watched, QEvent *event) {
    // No call into m_tree here: the filter also sees the viewport's last events while the tree is
    // being destroyed, when it no longer is a QTreeView.
    if (watched != m_tree && watched != m_treeViewport)
        return QWidget::eventFilter(watched, event);
    // From the keyboard the menu belongs to the current department, shown beside it.
    const auto atCurrent = [this] {
        const QModelIndex current = m_tree->currentIndex();
        const QRect rect = m_tree->visualRect(current);
        openContextMenu(current, m_tree->viewport()->mapToGlobal(rect.isValid() ? rect.center() : QPoint()));
    };
    if (event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (menuEvent->reason() == QContextMenuEvent::Keyboard) {
            atCurrent();
        } else {
            const QPoint viewportPos = m_tree->viewport()->mapFromGlobal(menuEvent->globalPos());
            openContextMenu(m_tree->indexAt(viewportPos), menuEvent->globalPos());
        }
        return true;
    }
    if (event->type() == QEvent::KeyPress && watched == m_tree) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Menu ||
            (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            atCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompanyStructurePage::showExactCount() {
    // The rows are up; the uncapped count follows right after, once the event loop is free.
    m_count->setText(tr("Counting people…"));
    QTimer::singleShot(0, m_count, [this, model = QPointer<EmployeeTableModel>(m_people)] {
        if (model && model == m_people && m_people->matchCount() < 0)
            m_count->setText(countText(m_people->exactMatchCount()));
    });
}
