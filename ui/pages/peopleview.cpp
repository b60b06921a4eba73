#include "pages/peopleview.h"

#include "directory/employeequery.h"
#include "directory/userstate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace PeopleView {

QTableView *createTable(QWidget *parent, const QString &objectName, const QString &accessibleName) {
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int lineHeight = table->fontMetrics().height();
    table->verticalHeader()->setDefaultSectionSize(lineHeight + lineHeight / 2);
    table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    return table;
}

void fitColumns(QTableView *table) {
    QHeaderView *header = table->horizontalHeader();
    const auto state = int(EmployeeQuery::Column::State);
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionResizeMode(column, column == state ? QHeaderView::Fixed : QHeaderView::Stretch);
    int widest = header->sectionSizeHint(state);
    const QFontMetrics metrics = table->fontMetrics();
    for (const UserState each : {UserState::Employee, UserState::Extranet, UserState::Dismissed,
                                 UserState::Invited, UserState::Unknown})
        widest = qMax(widest, metrics.horizontalAdvance(UserStates::displayName(each)) + metrics.height());
    header->resizeSection(state, widest);
    // Never so narrow that a column's title is cut (stretched columns share the width equally): the
    // splitter beside the table gives way instead.
    int widestTitle = 0, stretched = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == state || header->isSectionHidden(column))
            continue;
        widestTitle = qMax(widestTitle, header->sectionSizeHint(column));
        ++stretched;
    }
    table->setMinimumWidth(table->frameWidth() * 2 + widest + stretched * widestTitle);
}

QLabel *createHint(QWidget *parent, const QString &objectName, bool centred) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    if (centred) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    return label;
}

} // namespace PeopleView
