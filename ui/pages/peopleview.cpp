#include "pages/peopleview.h"

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
