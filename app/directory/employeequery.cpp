#include "directory/employeequery.h"

#include "common/logging.h"
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

QString EmployeeQuery::fromAndWhere(QVariantList *binds, Plan plan, Use use, const QString &matchIds) const {
    // A unary "+" hides a column from the planner: only the constraint meant to drive the query can use
    // an index, since SQLite cannot estimate how many rows an FTS match returns.
    const bool walk = plan == Plan::WalkSortIndex;
    const bool fetching = use != Use::Count;
    const QString match = fullMatch();
    const bool searchDrives = !walk && !match.isEmpty();
    QStringList conditions;
    if (stateFilter != StateFilter::All) {
        // users_by_state holds the Name order (and the State order) within a state, so it drives those
        // walks. The other sort indexes carry the state: their walk reads it there and skips other states,
        // instead of sorting everyone in the state.
        const bool stateDrives =
            walk ? !(fetching && sortIndexHoldsState()) : match.isEmpty() && departmentId <= 0;
        conditions << QStringLiteral("%1u.state = %2")
                          .arg(stateDrives ? u""_s : u"+"_s)
                          .arg(UserStates::toStorage(filteredState()));
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
    const bool searched = !match.isEmpty();
    if (searched && !matchIds.isEmpty()) {
        conditions << QStringLiteral("%1u.id IN (SELECT value FROM json_each(?))").arg(walk ? u"+"_s : u""_s);
        *binds << matchIds;
    } else if (searched) {
        conditions << QStringLiteral("%1u.id IN (SELECT rowid FROM user_search WHERE user_search MATCH ?)")
                          .arg(walk ? u"+"_s : u""_s);
        *binds << match;
    }
    QString sql = QStringLiteral(" FROM users u");
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(QStringLiteral(" AND "));
    return sql;
}

bool EmployeeQuery::sortIndexHoldsState() const {
    return sortColumn == Column::Email || sortColumn == Column::Position || sortColumn == Column::Department;
}

QString EmployeeQuery::fullMatch() const {
    QString match = SearchText::matchExpression(searchText);
    if (match.isEmpty() || stateFilter == StateFilter::All)
        return match;
    // The state filter is answered inside the search index: every person carries a state token.
    return match + u" AND " + SearchText::stateTerm(UserStates::toStorage(filteredState()));
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

EmployeeQuery::Plan EmployeeQuery::plan(const QSqlDatabase &db, int totalUsers, int *searchMatches,
                                        QString *matchIds) const {
    if (searchMatches)
        *searchMatches = -1;
    if (matchIds)
        matchIds->clear();
    const QString match = fullMatch();
    const int threshold = std::max(WalkMinimum, totalUsers / WalkFraction);
    QSqlQuery query(db);
    if (match.isEmpty()) {
        if (departmentId > 0)
            return Plan::SortMatches;
        if (stateFilter == StateFilter::All || !sortIndexHoldsState())
            return Plan::WalkSortIndex;
        // The walk skips the people in other states: not worth it when few are in this one.
        if (!run(query, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM users WHERE state = ? LIMIT ?)"),
                 {UserStates::toStorage(filteredState()), threshold}) ||
            !query.next())
            return Plan::WalkSortIndex;
        return query.value(0).toInt() >= threshold ? Plan::WalkSortIndex : Plan::SortMatches;
    }
    // The probe keeps what it found: below the threshold, fetch() sorts exactly these people and the
    // search index is not asked a second time.
    const bool keepMatches = matchIds != nullptr;
    const QString probe =
        keepMatches
            ? QStringLiteral("SELECT count(*), CASE WHEN count(*) < ? THEN json_group_array(rowid) END"
                             " FROM (SELECT rowid FROM user_search WHERE user_search MATCH ? LIMIT ?)")
            : QStringLiteral(
                  "SELECT count(*) FROM (SELECT rowid FROM user_search WHERE user_search MATCH ? LIMIT ?)");
    const QVariantList binds =
        keepMatches ? QVariantList{threshold, match, threshold} : QVariantList{match, threshold};
    if (!run(query, probe, binds) || !query.next())
        return Plan::SortMatches;
    const int found = query.value(0).toInt();
    if (searchMatches)
        *searchMatches = found;
    if (found >= threshold)
        return Plan::WalkSortIndex;
    if (keepMatches)
        *matchIds = query.value(1).toString();
    return Plan::SortMatches;
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
        sql = u"SELECT 1" + fromAndWhere(&binds, match.isEmpty() ? plan : Plan::SortMatches, Use::Count);
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

namespace {
// The columns readRows() reads, in its order, over users u.
constexpr QStringView RowColumns =
    u"u.id, u.first_name, u.second_name, u.last_name, u.email, u.position, u.state,"
    u" (SELECT d.name FROM departments d WHERE d.id = u.primary_department_id)";

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

QList<EmployeeQuery::Row> EmployeeQuery::fetch(const QSqlDatabase &db, int offset, int limit, Plan plan,
                                               const QString &matchIds) const {
    QVariantList binds;
    const QString from = fromAndWhere(&binds, plan, Use::Fetch, matchIds);
    return fetchPage(db, from, binds, offset, limit);
}

QStringList EmployeeQuery::orderColumns(Column column) {
    QStringList columns{sortKey(column)};
    if (column == Column::State) // ties sorted by name, as people expect
        columns << QStringLiteral("u.sort_name");
    return columns << QStringLiteral("u.id");
}

QList<EmployeeQuery::Row> EmployeeQuery::fetchPage(const QSqlDatabase &db, const QString &from,
                                                   QVariantList binds, int offset, int limit) const {
    const QString direction =
        sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString order = orderColumns().join(direction + u", ") + direction;
    // Two steps: the inner query orders only ids and sort keys (no department name looked up for rows
    // that are then thrown away); the outer one reads the window's rows.
    const QString sql = u"SELECT " + RowColumns + u" FROM (SELECT u.id" + from + u" ORDER BY " + order +
                        u" LIMIT ? OFFSET ?) AS page JOIN users u ON u.id = page.id ORDER BY " + order;
    binds << limit << offset;
    QSqlQuery query(db);
    if (!run(query, sql, binds))
        return {};
    return readRows(query, limit);
}

namespace {
// The ids of "SELECT group_concat(rowid)": one value instead of a row per match.
bool parseIds(QStringView text, const SortOrders::Order &order, std::vector<int> *ranks) {
    ranks->clear();
    qint64 id = 0;
    bool inNumber = false;
    const auto flush = [&] {
        if (!inNumber)
            return true;
        const int rank = order.rankOf(id);
        if (rank < 0)
            return false;
        ranks->push_back(rank);
        id = 0;
        inNumber = false;
        return true;
    };
    for (const QChar c : text) {
        if (c.isDigit()) {
            id = id * 10 + c.digitValue();
            inNumber = true;
        } else if (!flush()) {
            return false;
        }
    }
    return flush();
}
} // namespace

std::optional<RankedMatches> EmployeeQuery::rankedMatches(const QSqlDatabase &db, SortOrders &orders) const {
    if (!countedByProbe())
        return std::nullopt;
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT group_concat(rowid) FROM user_search WHERE user_search MATCH ?"),
             {fullMatch()}) ||
        !query.next())
        return std::nullopt;
    const QString ids = query.value(0).toString();
    query.finish();
    std::vector<int> ranks;
    ranks.reserve(size_t(ids.count(u',') + 1));
    // A person the order does not know was added after it was read: read it again, once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::shared_ptr<const SortOrders::Order> order = orders.order(db, int(sortColumn));
        if (!order)
            return std::nullopt;
        if (parseIds(ids, *order, &ranks))
            return RankedMatches(std::move(order), std::move(ranks), sortOrder);
        orders.clear();
    }
    qCWarning(lcDirectory) << "search matches people the sort order does not hold";
    return std::nullopt;
}

QList<EmployeeQuery::Row> EmployeeQuery::fetchIds(const QSqlDatabase &db, const QList<qint64> &ids) {
    if (ids.isEmpty())
        return {};
    QString list = QStringLiteral("[");
    for (const qint64 id : ids)
        list += QString::number(id) + u',';
    list.back() = u']';
    QSqlQuery query(db);
    if (!run(query, u"SELECT " + RowColumns + u" FROM users u WHERE u.id IN (SELECT value FROM json_each(?))",
             {list}))
        return {};
    QHash<qint64, Row> found;
    for (Row &row : readRows(query, int(ids.size())))
        found.insert(row.id, std::move(row));
    QList<Row> rows;
    rows.reserve(found.size());
    for (const qint64 id : ids)
        if (const auto it = found.constFind(id); it != found.cend())
            rows << *it;
    return rows;
}
