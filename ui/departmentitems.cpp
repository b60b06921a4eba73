#include "departmentitems.h"

#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace {
struct Item {
    QString name;
    QVariant id;
    QString path;
};

void collect(QList<Item> *items, const DepartmentTreeModel &model, const QModelIndex &parent,
             const QString &path) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, DepartmentTreeModel::NameColumn, parent);
        const QString name = index.data().toString();
        const QString where = path.isEmpty() ? name : path + QStringLiteral(" › ") + name;
        items->append({name, index.data(DepartmentTreeModel::DepartmentIdRole), where});
        collect(items, model, index, where);
    }
}
} // namespace

namespace DepartmentItems {

void append(QComboBox *combo, const DirectoryReader *reader) {
    if (!reader || !reader->isOpen())
        return;
    QList<Item> items;
    {
        const DepartmentTreeModel model(reader, nullptr, DepartmentTreeModel::Contents::NamesOnly);
        collect(&items, model, {}, {});
    }
    // The combo's own model takes all rows in one insertion: one rowsInserted for the combo, its
    // completer and its list to react to instead of two signals per department (addItem, then
    // setItemData for the tool tip), which cost more than reading the departments.
    auto *standard = qobject_cast<QStandardItemModel *>(combo->model());
    if (standard && !combo->rootModelIndex().isValid() && combo->modelColumn() == 0 &&
        combo->maxCount() - combo->count() >= items.size()) {
        QList<QStandardItem *> rows;
        rows.reserve(items.size());
        for (const Item &item : std::as_const(items)) {
            auto *row = new QStandardItem(item.name);
            row->setData(item.id, Qt::UserRole);
            row->setData(item.path, Qt::ToolTipRole);
            rows << row;
        }
        standard->invisibleRootItem()->appendRows(rows);
        return;
    }
    for (const Item &item : std::as_const(items)) {
        combo->addItem(item.name, item.id);
        combo->setItemData(combo->count() - 1, item.path, Qt::ToolTipRole);
    }
}

} // namespace DepartmentItems
