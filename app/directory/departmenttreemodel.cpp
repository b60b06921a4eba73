#include "directory/departmenttreemodel.h"

#include "common/logging.h"
#include "directory/directoryreader.h"

#include <QSqlError>
#include <QSqlQuery>

DepartmentTreeModel::DepartmentTreeModel(const DirectoryReader *reader, QObject *parent, Contents contents)
    : QAbstractItemModel(parent)
    , m_reader(reader)
    , m_contents(contents) {
    refresh();
}

const DepartmentTreeModel::Node *DepartmentTreeModel::nodeFor(const QModelIndex &index) const {
    if (!index.isValid())
        return nullptr;
    const auto position = static_cast<qsizetype>(index.internalId());
    return position < m_nodes.size() ? &m_nodes.at(position) : nullptr;
}

const QList<int> &DepartmentTreeModel::childrenOf(const QModelIndex &parent) const {
    const Node *node = nodeFor(parent);
    return node ? node->children : m_roots;
}

QModelIndex DepartmentTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex DepartmentTreeModel::parent(const QModelIndex &child) const {
    const Node *node = nodeFor(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int DepartmentTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int DepartmentTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant DepartmentTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        if (index.column() == HeadColumn)
            return node->headName;
        if (index.column() == MembersColumn)
            return node->members;
        if (index.column() == AllMembersColumn)
            return node->allMembers;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == AllMembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DepartmentIdRole:
        return node->id;
    case HeadIdRole:
        return node->headId;
    case MemberCountRole:
        return node->members;
    case AllMemberCountRole:
        return node->allMembers;
    default:
        return {};
    }
}

QVariant DepartmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tip ? QVariant() : tr("Department");
    case HeadColumn:
        return tip ? QVariant() : tr("Head");
    case MembersColumn:
        return tip ? tr("People in this department itself, without its sub-departments") : tr("Direct");
    case AllMembersColumn:
        return tip ? tr("People in this department and all its sub-departments; someone in several of "
                        "them counts once")
                   : tr("Total");
    default:
        return {};
    }
}

QModelIndex DepartmentTreeModel::indexForDepartment(qint64 departmentId) const {
    const auto found = m_byId.constFind(departmentId);
    if (found == m_byId.cend())
        return {};
    return createIndex(m_nodes.at(*found).row, 0, quintptr(*found));
}

void DepartmentTreeModel::refresh() {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    QList<qint64> parents;
    if (m_reader && m_reader->isOpen()) {
        const QHash<qint64, DirectoryReader::MemberCounts> counts =
            m_contents == Contents::Full ? m_reader->departmentMemberCounts()
                                         : QHash<qint64, DirectoryReader::MemberCounts>();
        QSqlQuery query(m_reader->database());
        query.setForwardOnly(true);
        const bool ok = query.exec(
            m_contents == Contents::Full
                ? QStringLiteral(
                      "SELECT d.id, d.name, coalesce(d.parent_id, 0), coalesce(d.head_id, 0),"
                      " coalesce(nullif(trim(h.first_name || ' ' || h.last_name), ''), h.email, '')"
                      " FROM departments d LEFT JOIN users h ON h.id = d.head_id ORDER BY d.sort, "
                      "d.sort_key, d.id")
                : QStringLiteral("SELECT d.id, d.name, coalesce(d.parent_id, 0), coalesce(d.head_id, 0), ''"
                                 " FROM departments d ORDER BY d.sort, d.sort_key, d.id"));
        if (!ok)
            qCWarning(lcDirectory) << "department tree not read:" << query.lastError().text();
        while (ok && query.next()) {
            Node node;
            node.id = query.value(0).toLongLong();
            node.name = query.value(1).toString();
            node.headId = query.value(3).toLongLong();
            node.headName = query.value(4).toString();
            const DirectoryReader::MemberCounts members = counts.value(node.id);
            node.members = members.direct;
            node.allMembers = members.withSubDepartments;
            m_byId.insert(node.id, int(m_nodes.size()));
            m_nodes << node;
            parents << query.value(2).toLongLong();
        }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        int parent = int(m_byId.value(parents.at(i), -1));
        // A parent that is missing, or a chain that leads back here, makes the department a root.
        for (int hops = 0, walk = parent; walk >= 0 && parent >= 0;
             walk = int(m_byId.value(parents.at(walk), -1))) {
            if (walk == i || ++hops > m_nodes.size())
                parent = -1;
        }
        Node &node = m_nodes[i];
        node.parent = parent;
        QList<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
        node.row = int(siblings.size());
        siblings << i;
    }
    endResetModel();
}
