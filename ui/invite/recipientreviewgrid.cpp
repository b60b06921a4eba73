#include "invite/recipientreviewgrid.h"

#include "invite/recipientproblemfilter.h"
#include "invite/recipientreviewmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Problems in the error colour; a department taken from the tab's target in the placeholder colour.
class ReviewDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        QColor color;
        if (index.column() == RecipientReviewModel::StateColumn &&
            index.data(RecipientReviewModel::InvalidRole).toBool())
            color = QColor(0xc0, 0x39, 0x2b);
        else if (index.column() == RecipientReviewModel::StateColumn &&
                 index.data(RecipientReviewModel::HasProblemRole).toBool())
            color = option->palette.color(QPalette::PlaceholderText);
        else if (index.data(RecipientReviewModel::InheritedRole).toBool())
            color = option->palette.color(QPalette::PlaceholderText);
        if (color.isValid())
            option->palette.setColor(QPalette::Text, color);
    }
};
} // namespace

RecipientReviewGrid::RecipientReviewGrid(RecipientReviewModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new RecipientProblemFilter(this))
    , m_problemsOnly(new QCheckBox(tr("Show &problems only"), this))
    , m_removeInvalid(new QPushButton(tr("Remove in&valid"), this))
    , m_showSource(new QPushButton(tr("Show so&urce"), this))
    , m_table(new QTableView(this))
    , m_source(new QLabel(this))
    , m_tools(new QWidget(this)) {
    setObjectName(QStringLiteral("emailReviewGrid"));
    m_filter->setSourceModel(model);
    m_problemsOnly->setObjectName(QStringLiteral("emailProblemsOnly"));
    m_problemsOnly->setAccessibleName(tr("Show problems only"));
    m_removeInvalid->setObjectName(QStringLiteral("emailRemoveInvalid"));
    m_removeInvalid->setAccessibleName(tr("Remove invalid recipients"));
    m_removeInvalid->setAutoDefault(false);
    m_showSource->setObjectName(QStringLiteral("emailShowSource"));
    m_showSource->setAccessibleName(tr("Show where the selected recipient came from"));
    m_showSource->setToolTip(tr("The line of the imported file, or the entry in the typed text"));
    m_showSource->setAutoDefault(false);

    setUpTable();

    m_source->setObjectName(QStringLiteral("emailSourceLine"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_source->hide();

    auto *tools = new QHBoxLayout(m_tools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_problemsOnly);
    tools->addStretch(1);
    tools->addWidget(m_showSource);
    tools->addWidget(m_removeInvalid);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_source);

    setTabOrder(m_problemsOnly, m_table);
    setTabOrder(m_table, m_showSource);
    setTabOrder(m_showSource, m_removeInvalid);

    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &RecipientProblemFilter::setProblemsOnly);
    connect(m_removeInvalid, &QPushButton::clicked, this, [this] {
        const int typedBefore = m_model->typedCount();
        const QStringList kept = m_model->removeInvalid();
        if (m_model->typedCount() != typedBefore)
            Q_EMIT typedEntriesKept(kept);
    });
    connect(m_showSource, &QPushButton::clicked, this, &RecipientReviewGrid::showSource);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == RecipientReviewModel::SourceColumn)
            showSource();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RecipientReviewGrid::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecipientReviewGrid::updateActions);
    // New rows may need other widths; an edit or a state change in place does not refit (a send
    // updates thousands of states).
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecipientReviewGrid::fitColumns);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RecipientReviewGrid::fitColumns);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RecipientReviewGrid::fitColumns);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RecipientReviewGrid::fitColumns);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &RecipientReviewGrid::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RecipientReviewGrid::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RecipientReviewGrid::updateActions);
    updateActions();
}

void RecipientReviewGrid::setUpTable() {
    m_table->setObjectName(QStringLiteral("emailRecipientTable"));
    m_table->setAccessibleName(tr("Recipients and their state"));
    m_table->setAccessibleDescription(tr("Edit a field with F2 or by typing; it is sent as shown."));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ReviewDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() +
                                                     8); // more rows in view
    // Every column in view, none cut: the columns share the width. Where a row came from is shown
    // below the grid on request (Show source); the middle name only when a row has one.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The viewport, not the table: a vertical scroll bar that comes and goes changes only the viewport.
    m_table->viewport()->installEventFilter(this);
    // A short table rather than a dialog taller than a laptop's screen: the grid grows with the window.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              2 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    m_table->setColumnHidden(RecipientReviewModel::SourceColumn, true);
    m_table->setColumnHidden(RecipientReviewModel::MiddleNameColumn, true);
}

bool RecipientReviewGrid::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// Each shown column gets what its title and its cells need when the grid has room for all of it, and
// the room left over in equal parts. Without that room, every title still reads whole and what is
// left goes to the columns whose cells are wider than their titles (the addresses, a problem's
// words, up to a cap), in proportion to what they lack, rather than in equal parts to empty name columns. The
// user can still drag a border; a new set of rows or a new size fits the columns again.
void RecipientReviewGrid::fitColumns() {
    QHeaderView *header = m_table->horizontalHeader();
    // The first rows stand for the rest: a pasted list of thousands is not measured cell by cell.
    const int rowsMeasured = std::min(m_table->model()->rowCount(), 100);
    struct Need {
        int column;
        int title;
        int cells;
    };
    QList<Need> needs;
    int titles = 0;
    int wanted = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        Need need{column, header->sectionSizeHint(column), 0};
        for (int row = 0; row < rowsMeasured; ++row)
            need.cells =
                std::max(need.cells, m_table->sizeHintForIndex(m_table->model()->index(row, column)).width());
        // A long problem sentence or position does not take the room of the addresses: past a cap
        // the cell is elided (its tooltip has the whole text).
        const int capChars = column == RecipientReviewModel::AddressColumn ? 36 : 18;
        need.cells =
            std::max(std::min(need.cells, capChars * m_table->fontMetrics().averageCharWidth()), need.title);
        titles += need.title;
        wanted += need.cells;
        needs.append(need);
    }
    if (needs.isEmpty())
        return;
    const int room = m_table->viewport()->width();
    if (wanted <= room) {
        const int spare = (room - wanted) / int(needs.size());
        for (const Need &need : std::as_const(needs))
            header->resizeSection(need.column, need.cells + spare);
        return;
    }
    // wanted > room here, so some cell is wider than its title, or the titles alone overflow.
    const qint64 spare = std::max(0, room - titles);
    const qint64 lacking = std::max(1, wanted - titles);
    for (const Need &need : std::as_const(needs))
        header->resizeSection(need.column, need.title + int((need.cells - need.title) * spare / lacking));
}

void RecipientReviewGrid::updateActions() {
    bool middleNames = false;
    for (int row = 0; row < m_model->rowCount() && !middleNames; ++row)
        middleNames =
            !m_model->index(row, RecipientReviewModel::MiddleNameColumn).data().toString().isEmpty();
    if (m_table->isColumnHidden(RecipientReviewModel::MiddleNameColumn) == middleNames) {
        m_table->setColumnHidden(RecipientReviewModel::MiddleNameColumn, !middleNames);
        fitColumns();
    }
    m_removeInvalid->setEnabled(m_model->invalidCount() > 0);
    m_showSource->setEnabled(m_table->currentIndex().isValid());
}

QModelIndex RecipientReviewGrid::sourceIndex(const QModelIndex &tableIndex) const {
    return m_filter->mapToSource(tableIndex);
}

void RecipientReviewGrid::showSource() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString file = current.data(RecipientReviewModel::SourceFileRole).toString();
    const QString text = current.data(RecipientReviewModel::SourceTextRole).toString();
    if (file.isEmpty()) {
        m_source->hide();
        Q_EMIT typedEntryRequested(text);
        return;
    }
    const int line = current.data(RecipientReviewModel::SourceLineRole).toInt();
    const QString shown = tr("%1, line %2: %3").arg(file).arg(line).arg(text);
    m_source->setText(shown);
    m_source->setAccessibleName(shown);
    m_source->show();
}
