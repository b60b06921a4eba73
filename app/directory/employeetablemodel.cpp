#include "directory/employeetablemodel.h"

#include "common/plaintooltip.h"
#include "directory/directoryreader.h"

#include <QSqlQuery>

EmployeeTableModel::EmployeeTableModel(const DirectoryReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader) {
    m_warmOrder.setSingleShot(true);
    m_warmOrder.setInterval(WarmOrderDelayMs);
    connect(&m_warmOrder, &QTimer::timeout, this, &EmployeeTableModel::warmSortOrder);
    refresh();
}

void EmployeeTableModel::warmSortOrder() {
    if (m_reader && m_reader->isOpen())
        m_reader->sortOrders().order(m_reader->database(), int(m_query.sortColumn));
}

int EmployeeTableModel::matchCount() const {
    if (m_ranked)
        return m_ranked->size();
    return m_countCapped ? -1 : m_count;
}

int EmployeeTableModel::exactMatchCount() const {
    if (const int known = matchCount(); known >= 0)
        return known;
    if (m_exactCount < 0 && m_reader && m_reader->isOpen())
        m_exactCount = m_query.count(m_reader->database(), -1, m_plan);
    return m_exactCount;
}

int EmployeeTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_count;
}

int EmployeeTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 5;
}

const EmployeeQuery::Row *EmployeeTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_count)
        return nullptr;
    const int window = row / WindowSize;
    const int offset = row % WindowSize;
    auto found = m_windows.find(window);
    if (found != m_windows.end() && window == 0 && m_firstWindowShort && offset >= found->size()) {
        m_windows.erase(found); // the short first read: now the whole window
        m_recentWindows.removeOne(0);
        m_firstWindowShort = false;
        found = m_windows.end();
    }
    if (found == m_windows.end()) {
        if (m_windows.size() >= CachedWindows && !m_recentWindows.isEmpty())
            m_windows.remove(m_recentWindows.takeFirst());
        const bool shortRead = window == 0 && m_firstWindowShort && offset < FirstFetch;
        if (window == 0 && !shortRead)
            m_firstWindowShort = false;
        const int limit = shortRead ? FirstFetch : WindowSize;
        found = m_windows.insert(
            window,
            m_ranked
                ? EmployeeQuery::fetchIds(m_reader->database(), m_ranked->ids(window * WindowSize, limit))
                : m_query.fetch(m_reader->database(), window * WindowSize, limit, m_plan, m_matchIds));
    } else {
        m_recentWindows.removeOne(window);
    }
    m_recentWindows << window;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QVariant EmployeeTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EmployeeQuery::Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::ToolTipRole:
        return plainToolTip(data(index, Qt::DisplayRole).toString()); // names from the portal, as typed
    case Qt::DisplayRole:
        switch (static_cast<EmployeeQuery::Column>(index.column())) {
        case EmployeeQuery::Column::Name:
            return row->name;
        case EmployeeQuery::Column::Email:
            return row->email;
        case EmployeeQuery::Column::Position:
            return row->position;
        case EmployeeQuery::Column::Department:
            return row->department;
        case EmployeeQuery::Column::State:
            return UserStates::displayName(row->state);
        }
        return {};
    case UserIdRole:
        return row->id;
    case StateRole:
        return UserStates::toStorage(row->state);
    case EmailRole:
        return row->email;
    default:
        return {};
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<EmployeeQuery::Column>(section)) {
    case EmployeeQuery::Column::Name:
        return tr("Name");
    case EmployeeQuery::Column::Email:
        return tr("E-mail");
    case EmployeeQuery::Column::Position:
        return tr("Position");
    case EmployeeQuery::Column::Department:
        return tr("Department");
    case EmployeeQuery::Column::State:
        return tr("State");
    }
    return {};
}

void EmployeeTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount())
        return;
    m_query.sortColumn = static_cast<EmployeeQuery::Column>(column);
    m_query.sortOrder = order;
    requery();
}

void EmployeeTableModel::setSearchText(const QString &text) {
    if (text == m_query.searchText)
        return;
    m_query.searchText = text;
    requery();
}

void EmployeeTableModel::setStateFilter(EmployeeQuery::StateFilter filter) {
    if (filter == m_query.stateFilter)
        return;
    m_query.stateFilter = filter;
    requery();
}

void EmployeeTableModel::setDepartmentFilter(qint64 departmentId, bool includeSubDepartments) {
    m_query.departmentId = departmentId;
    m_query.includeSubDepartments = includeSubDepartments;
    requery();
}

qint64 EmployeeTableModel::userIdAt(int row) const {
    const EmployeeQuery::Row *found = rowAt(row);
    return found ? found->id : 0;
}

void EmployeeTableModel::refresh() {
    // Only the plan's threshold depends on it; during a first sync (0 until it finishes) the
    // threshold's minimum applies.
    m_totalUsers = m_reader && m_reader->isOpen() ? m_reader->syncStatus().userCount : 0;
    requery();
}

void EmployeeTableModel::requery() {
    beginResetModel();
    m_windows.clear();
    m_recentWindows.clear();
    m_firstWindowShort = true;
    m_count = 0;
    m_matchIds.clear();
    m_ranked.reset();
    if (m_reader && m_reader->isOpen())
        m_ranked = m_query.rankedMatches(m_reader->database(), m_reader->sortOrders());
    if (m_ranked) {
        m_count = m_ranked->size();
    } else if (m_reader && m_reader->isOpen()) {
        int searchMatches = -1;
        m_plan = m_query.plan(m_reader->database(), m_totalUsers, &searchMatches, &m_matchIds);
        if (m_query.countedByProbe() && searchMatches >= 0)
            m_count = std::min(searchMatches, CountCap + 1); // the probe counted (up to its threshold)
        else
            m_count = std::max(0, m_query.count(m_reader->database(), CountCap, m_plan));
    }
    m_countCapped = m_count > CountCap;
    m_exactCount = -1;
    if (m_countCapped)
        m_count = CountCap;
    endResetModel();
    // Only a search without a department filter ranks by the order.
    if (m_query.searchText.trimmed().isEmpty() && m_query.departmentId <= 0 && m_reader && m_reader->isOpen())
        m_warmOrder.start();
    else
        m_warmOrder.stop();
}

bool EmployeeTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_countCapped;
}

void EmployeeTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || !m_countCapped)
        return;
    const int total = m_ranked ? m_ranked->size() : m_query.count(m_reader->database(), -1, m_plan);
    m_countCapped = false;
    if (total <= m_count)
        return;
    beginInsertRows({}, m_count, total - 1);
    m_count = total;
    endInsertRows();
}
