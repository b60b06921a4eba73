#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>

class DirectoryReader;

// The Company Structure page's tree: departments with their head and number of members, directly and
// with the sub-departments. The structure is small (hundreds of departments), so it is read whole on
// refresh().
class DepartmentTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // Members: the department's own people; AllMembers: with its sub-departments, each person once.
    enum Column { NameColumn, HeadColumn, MembersColumn, AllMembersColumn, ColumnCount };
    enum Roles {
        DepartmentIdRole = Qt::UserRole + 1,
        HeadIdRole,
        MemberCountRole,    // direct members
        AllMemberCountRole, // members with the sub-departments'
    };

    // Names only: the tree without heads and member counts, for department pickers. Counting the
    // members reads the whole membership index (100 000 rows in a large company); a picker that opens
    // with the window should not pay for it.
    enum class Contents { Full, NamesOnly };

    explicit DepartmentTreeModel(const DirectoryReader *reader, QObject *parent = nullptr,
                                 Contents contents = Contents::Full);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForDepartment(qint64 departmentId) const;
    void refresh();

private:
    struct Node {
        qint64 id = 0;
        QString name;
        qint64 headId = 0;
        QString headName;
        int members = 0;
        int allMembers = 0;
        int parent = -1; // index into m_nodes, -1 for top level
        int row = 0;     // position among its siblings
        QList<int> children;
    };

    const Node *nodeFor(const QModelIndex &index) const;
    const QList<int> &childrenOf(const QModelIndex &parent) const;

    const DirectoryReader *m_reader;
    Contents m_contents;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_byId;
};
