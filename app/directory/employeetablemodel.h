#pragma once

#include "directory/employeequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>

class DirectoryReader;

// The Employees page's table: a virtual model over SQLite. It knows the number of matching rows and keeps
// only a few windows of rows in memory, fetched on demand in sort order. A search without a department
// filter reads all its matches once and ranks them in memory (EmployeeQuery::rankedMatches); anything else
// is asked of SQLite (one capped count query, then a query per window).
// Every change of search, filter or sort is a model reset; so is refresh() after a sync.
// The Qt view asks for more rows (fetchMore) when a capped count is scrolled to its end.
class EmployeeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        UserIdRole = Qt::UserRole + 1,
        StateRole, // UserState as int
        EmailRole,
    };

    explicit EmployeeTableModel(const DirectoryReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A short prefix can match most of the company; counting stops at CountCap and the rest is counted
    // only when the view scrolls to the end (fetchMore), so a keystroke never waits for a full count.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setSearchText(const QString &text);
    void setStateFilter(EmployeeQuery::StateFilter filter);
    void setDepartmentFilter(qint64 departmentId, bool includeSubDepartments = true);
    const EmployeeQuery &query() const { return m_query; }

    qint64 userIdAt(int row) const;
    // How many people match: rowCount() unless the count stopped at CountCap and the rest was not
    // counted yet (then -1). A search without a department filter always knows its total.
    int matchCount() const;
    // The exact number of matches, also when matchCount() stopped at CountCap: then one uncapped count
    // query, made when asked (after the rows are shown) and kept until the next reset.
    int exactMatchCount() const;
    // Re-reads after the directory changed. The directory's size comes from sync_state (what the
    // writer counted at the end of the last full sync), not from a count of the users table.
    void refresh();

    static constexpr int WindowSize = 128;
    // The first query after a reset reads only this many rows (a window's worth fills the screen);
    // the rest of the first window is read when a row beyond them is asked for.
    static constexpr int FirstFetch = 64;
    static constexpr int CountCap = 1000;
    static constexpr int CachedWindows = 6;
    // With nothing typed, the sort column's order is read into memory this long after the last change of
    // sort, filter or copy, so the first keystroke of a search does not wait for it.
    static constexpr int WarmOrderDelayMs = 250;

private:
    const EmployeeQuery::Row *rowAt(int row) const;
    void requery(); // after a change of search, filter or sort

    void warmSortOrder();

    const DirectoryReader *m_reader;
    QTimer m_warmOrder;
    EmployeeQuery m_query;
    int m_count = 0;
    bool m_countCapped = false;    // m_count == CountCap and more rows match
    mutable int m_exactCount = -1; // the uncapped count, once asked for
    int m_totalUsers = 0;
    mutable bool m_firstWindowShort = false; // window 0 holds FirstFetch rows only
    EmployeeQuery::Plan m_plan = EmployeeQuery::Plan::WalkSortIndex;
    QString m_matchIds; // the people the plan's probe found (SortMatches): windows sort these
    // Search without a department filter: every match, ranked in memory; windows are slices of it.
    mutable std::optional<RankedMatches> m_ranked; // sorted further as windows are read
    // window index -> rows; the least recently used window is dropped first
    mutable QHash<int, QList<EmployeeQuery::Row>> m_windows;
    mutable QList<int> m_recentWindows;
};
