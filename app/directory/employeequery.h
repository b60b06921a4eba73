#pragma once

#include "directory/rankedmatches.h"
#include "directory/userstate.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

// The Employees page's question to SQLite: which people match the search, filters and sort, how many
// there are, and one window of them. The table model asks it per keystroke; so does the benchmark.
class EmployeeQuery {
public:
    enum class Column { Name, Email, Position, Department, State };
    enum class StateFilter { All, Employees, Invited, Dismissed, Extranet };

    struct Row {
        qint64 id = 0;
        QString name; // display name: full name, else the e-mail
        QString email;
        QString position;
        QString department; // the main (first) department
        UserState state = UserState::Unknown;
    };

    QString searchText;
    StateFilter stateFilter = StateFilter::All;
    qint64 departmentId = 0; // 0: any department
    bool includeSubDepartments = true;
    Column sortColumn = Column::Name;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // How SQLite should answer. Few search matches: look each up and sort them. Many (a one-letter
    // prefix matches half the company): walk the sort index and keep the rows that match, which stops
    // after one window instead of sorting tens of thousands of rows.
    enum class Plan { SortMatches, WalkSortIndex };

    // Chooses the plan with a cheap probe of the search index; totalUsers is the size of the directory.
    // With nothing typed, a state filter under the e-mail, position or department sort is walked for
    // unless fewer people than the threshold are in the state (then they are sorted).
    // searchMatches, if given, receives the probe's count of search matches (capped; -1 if no probe ran);
    // matchIds, under SortMatches, the matches themselves (a JSON array of ids) for fetch().
    Plan plan(const QSqlDatabase &db, int totalUsers, int *searchMatches = nullptr,
              QString *matchIds = nullptr) const;
    bool searchesOnly() const; // search text, no state or department filter
    // Search text and no department filter: the plan's probe counts exactly what count() would.
    bool countedByProbe() const;

    // Number of matching people, or -1 on a database error. With cap >= 0 the counting stops early: the
    // result is then at most cap + 1, meaning "more than cap".
    int count(const QSqlDatabase &db, int cap = -1, Plan plan = Plan::SortMatches) const;
    // Rows [offset, offset + limit) in sort order; both plans give the same rows. With the matchIds of
    // plan() the search index is not asked again (they are a snapshot: plan again after the copy changed).
    QList<Row> fetch(const QSqlDatabase &db, int offset, int limit, Plan plan = Plan::SortMatches,
                     const QString &matchIds = {}) const;

    // The index is walked when at least this many rows, and at least 1/WalkFraction of all, match.
    static constexpr int WalkMinimum = 2000;
    static constexpr int WalkFraction = 50;
    // Search text and no department filter (countedByProbe): every match, read from the search index in one
    // query, ranked by the sort column's order held in memory (SortOrders). Counting is then exact and a
    // window of any depth is a partial sort. nullopt when it does not apply or on a database error.
    std::optional<RankedMatches> rankedMatches(const QSqlDatabase &db, SortOrders &orders) const;
    // The rows of these people, in the order given (people no longer in the directory are left out).
    static QList<Row> fetchIds(const QSqlDatabase &db, const QList<qint64> &ids);

    // A column's sort key, its tie-breakers and the id, as SQL over users u.
    static QStringList orderColumns(Column column);

private:
    QList<Row> fetchPage(const QSqlDatabase &db, const QString &from, QVariantList binds, int offset,
                         int limit) const;
    QStringList orderColumns() const { return orderColumns(sortColumn); }
    enum class Use { Count, Fetch }; // what fromAndWhere() is for
    QString fromAndWhere(QVariantList *binds, Plan plan, Use use, const QString &matchIds = {}) const;
    // The sort index of the column carries the state (e-mail, position, department).
    bool sortIndexHoldsState() const;
    QString fullMatch() const; // the MATCH expression of the search text and the state filter
    UserState filteredState() const;
};
