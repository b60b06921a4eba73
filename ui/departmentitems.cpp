#include "departmentitems.h"

#include "directory/departmenttreemodel.h"
#include "directory/directoryreader.h"

#include <QComboBox>

namespace {
void appendChildren(QComboBox *combo, const DepartmentTreeModel &model, const QModelIndex &parent,
                    const QString &path) {
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, DepartmentTreeModel::NameColumn, parent);
        const QString name = index.data().toString();
        const QString where = path.isEmpty() ? name : path + QStringLiteral(" › ") + name;
        combo->addItem(name, index.data(DepartmentTreeModel::DepartmentIdRole));
        combo->setItemData(combo->count() - 1, where, Qt::ToolTipRole);
        appendChildren(combo, model, index, where);
    }
}
} // namespace

namespace DepartmentItems {

void append(QComboBox *combo, const DirectoryReader *reader) {
    if (!reader || !reader->isOpen())
        return;
    const DepartmentTreeModel model(reader, nullptr, DepartmentTreeModel::Contents::NamesOnly);
    appendChildren(combo, model, {}, {});
}

} // namespace DepartmentItems
