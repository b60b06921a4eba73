#include "departmentitems.h"

#include "common/plaintooltip.h"
#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace {
void collect(QList<QStandardItem *> *rows, const DepartmentTreeModel &model, const QModelIndex &parent,
             const QString &path) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, DepartmentTreeModel::NameColumn, parent);
        const QString name = index.data().toString();
        const QString where = path.isEmpty() ? name : path + QStringLiteral(" › ") + name;
        auto *item = new QStandardItem(name);
        item->setData(index.data(DepartmentTreeModel::DepartmentIdRole), Qt::UserRole); // QComboBox's data
        item->setData(plainToolTip(where), Qt::ToolTipRole);
        rows->append(item);
        collect(rows, model, index, where);
    }
}
} // namespace

namespace DepartmentItems {

void append(QComboBox *combo, const DirectoryReader *reader) {
    // The combo's own model takes all rows in one insertion: one rowsInserted for the combo, its
    // completer and its list to react to instead of two signals per department (addItem, then
    // setItemData for the tool tip), which cost more than reading the departments.
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    Q_ASSERT(items); // the pickers keep QComboBox's own model
    if (!items || !reader || !reader->isOpen())
        return;
    QList<QStandardItem *> rows;
    collect(&rows, DepartmentTreeModel(reader, nullptr, DepartmentTreeModel::Contents::NamesOnly), {}, {});
    items->invisibleRootItem()->appendRows(rows);
}

} // namespace DepartmentItems
