#include "directory/employeequery.h"

#include "common/logging.h"
#include "directory/directoryschema.h"
#include "directory/searchtext.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString sortKey(EmployeeQuery::Column column) {
    switch (column) {
    case EmployeeQuery::Column::Name:
        return QStringLiteral("u.sort_name");
    case EmployeeQuery::Column::Email:
        return QStringLiteral("u.email_norm");
    case EmployeeQuery::Column::Position:
        return QStringLiteral("u.sort_position");
    case EmployeeQuery::Column::Department:
        return QStringLiteral("u.sort_department");
    case EmployeeQuery::Column::State:
        return QStringLiteral("u.state");
    }
    return QStringLiteral("u.sort_name");
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds) {
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDirectory) << "employee query not prepared:" << query.lastError().text();
        return false;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDirectory) << "employee query failed:" << query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

QString EmployeeQuery::fromAndWhere(QVariantList *binds, Plan plan) const {
    // A unary "+" hides a column from the planner: only the constraint meant to drive the query can use
    // an index, since SQLite cannot estimate how many rows an FTS match returns.
    const bool walk = plan == Plan::WalkSortIndex;
    const QString match = fullMatch();
    const bool searchDrives = !walk && !match.isEmpty();
    QStringList conditions;
    if (stateFilter != StateFilter::All) {
        UserState state = UserState::Employee;
        if (stateFilter == StateFilter::Invited)
            state = UserState::Invited;
        else if (stateFilter == StateFilter::Dismissed)
            state = UserState::Dismissed;
        else if (stateFilter == StateFilter::Extranet)
            state = UserState::Extranet;
        conditions
            << QStringLiteral("%1u.state = %2").arg(walk ? u""_s : u"+"_s).arg(UserStates::toStorage(state));
    }
    if (departmentId > 0) {
        const QString members =
            includeSubDepartments
                ? QStringLiteral("SELECT m.user_id FROM membership m WHERE m.department_id IN ("
                                 " WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT d.id FROM departments d"
                                 " JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub)")
                : QStringLiteral("SELECT m.user_id FROM membership m WHERE m.department_id = ?");
        conditions << QStringLiteral("%1u.id IN (%2)").arg(walk || searchDrives ? u"+"_s : u""_s, members);
        *binds << departmentId;
    }
    if (!match.isEmpty()) {
        conditions << QStringLiteral("%1u.id IN (SELECT rowid FROM user_search WHERE user_search MATCH ?)")
                          .arg(walk ? u"+"_s : u""_s);
        *binds << match;
    }
    QString sql = QStringLiteral(" FROM users u");
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(QStringLiteral(" AND "));
    return sql;
}

QString EmployeeQuery::fullMatch() const {
    QString match = SearchText::matchExpression(searchText);
    if (match.isEmpty() || stateFilter == StateFilter::All)
        return match;
    // The state filter is answered inside the search index: every person carries a state token.
    return match + u' ' + SearchText::stateTerm(UserStates::toStorage(filteredState()));
}

UserState EmployeeQuery::filteredState() const {
    switch (stateFilter) {
    case StateFilter::Invited:
        return UserState::Invited;
    case StateFilter::Dismissed:
        return UserState::Dismissed;
    case StateFilter::Extranet:
        return UserState::Extranet;
    case StateFilter::Employees:
    case StateFilter::All:
        break;
    }
    return UserState::Employee;
}

bool EmployeeQuery::countedByProbe() const {
    return departmentId <= 0 && !SearchText::matchExpression(searchText).isEmpty();
}

bool EmployeeQuery::searchesOnly() const {
    return stateFilter == StateFilter::All && departmentId <= 0 &&
           !SearchText::matchExpression(searchText).isEmpty();
}

EmployeeQuery::Plan EmployeeQuery::plan(const QSqlDatabase &db, int totalUsers, int *searchMatches) const {
    if (searchMatches)
        *searchMatches = -1;
    const QString match = fullMatch();
    if (match.isEmpty())
        return departmentId > 0 ? Plan::SortMatches : Plan::WalkSortIndex;
    const int threshold = std::max(WalkMinimum, totalUsers / WalkFraction);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral(
                 "SELECT count(*) FROM (SELECT rowid FROM user_search WHERE user_search MATCH ? LIMIT ?)"),
             {match, threshold}) ||
        !query.next())
        return Plan::SortMatches;
    if (searchMatches)
        *searchMatches = query.value(0).toInt();
    return query.value(0).toInt() >= threshold ? Plan::WalkSortIndex : Plan::SortMatches;
}

int EmployeeQuery::count(const QSqlDatabase &db, int cap, Plan plan) const {
    QVariantList binds;
    QString sql;
    const QString match = fullMatch();
    if (!match.isEmpty() && departmentId <= 0) {
        // Search and state: the index knows the answer without touching the users table.
        sql = QStringLiteral("SELECT rowid FROM user_search WHERE user_search MATCH ?");
        binds << match;
    } else {
        // With search text the matches drive the count (it stops at the cap wherever the matches sit in
        // sort order); walking the sort index only pays off for a window of rows.
        sql = u"SELECT 1" + fromAndWhere(&binds, match.isEmpty() ? plan : Plan::SortMatches);
    }
    if (cap >= 0) {
        sql = u"SELECT count(*) FROM (" + sql + u" LIMIT ?)";
        binds << cap + 1;
    } else {
        sql = u"SELECT count(*) FROM (" + sql + u')';
    }
    QSqlQuery query(db);
    if (!run(query, sql, binds) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool EmployeeQuery::usesNameRank() const {
    return sortColumn == Column::Name && departmentId <= 0 &&
           !SearchText::matchExpression(searchText).isEmpty();
}

namespace {
QList<EmployeeQuery::Row> readRows(QSqlQuery &query, int limit) {
    QList<EmployeeQuery::Row> rows;
    rows.reserve(limit);
    while (query.next()) {
        EmployeeQuery::Row row;
        row.id = query.value(0).toLongLong();
        QStringList names;
        for (int i = 1; i <= 3; ++i)
            if (const QString part = query.value(i).toString(); !part.isEmpty())
                names << part;
        row.email = query.value(4).toString();
        row.name = names.isEmpty() ? row.email : names.join(u' ');
        row.position = query.value(5).toString();
        row.state = UserStates::fromStorage(query.value(6).toInt());
        row.department = query.value(7).toString();
        rows << row;
    }
    return rows;
}
} // namespace

QList<EmployeeQuery::Row> EmployeeQuery::fetchByNameRank(const QSqlDatabase &db, int offset,
                                                         int limit) const {
    // FTS5 walks its doclists in rowid (= name rank) order, either way, and stops at the LIMIT.
    const QString sql =
        QStringLiteral(
            "SELECT u.id, u.first_name, u.second_name, u.last_name, u.email, u.position, u.state,"
            " (SELECT d.name FROM departments d WHERE d.id = u.primary_department_id)"
            " FROM (SELECT rowid AS rank FROM user_search_by_name WHERE user_search_by_name MATCH ?"
            " ORDER BY rowid %1 LIMIT ? OFFSET ?) AS page JOIN name_rank r ON r.rank = page.rank"
            " JOIN users u ON u.id = r.id ORDER BY page.rank %1")
            .arg(sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    QSqlQuery query(db);
    if (!run(query, sql, {fullMatch(), limit, offset}))
        return {};
    return readRows(query, limit);
}

QList<EmployeeQuery::Row> EmployeeQuery::fetch(const QSqlDatabase &db, int offset, int limit,
                                               Plan plan) const {
    if (usesNameRank() && DirectorySchema::nameRankValid(db))
        return fetchByNameRank(db, offset, limit);
    QVariantList binds;
    const QString direction =
        sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order = sortKey(sortColumn) + direction;
    if (sortColumn == Column::State) // ties sorted by name, as people expect
        order += u", u.sort_name" + direction;
    order += u", u.id" + direction;
    const QString from = fromAndWhere(&binds, plan);
    // Two steps: the inner query orders only ids and sort keys (no department name looked up for rows
    // that are then thrown away); the outer one reads the window's rows.
    const QString sql =
        u"SELECT u.id, u.first_name, u.second_name, u.last_name, u.email, u.position, u.state,"
        u" (SELECT d.name FROM departments d WHERE d.id = u.primary_department_id)"
        u" FROM (SELECT u.id" +
        from + u" ORDER BY " + order +
        u" LIMIT ? OFFSET ?) AS page JOIN users u ON u.id = page.id ORDER BY " + order;
    binds << limit << offset;
    QSqlQuery query(db);
    if (!run(query, sql, binds))
        return {};
    return readRows(query, limit);
}
