#include "sandbox/userquery.h"

#include "sandbox/requestparser.h"
#include "sandbox/userfilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>

namespace {

using namespace UserFilter;

// Calls visit(user) in ID order for every user whose ID may pass the conditions and is at least
// minId, until visit returns false. Users are kept in ID order (SandboxDirectory).
template<typename Visit>
void forEachCandidate(const SandboxDirectory &directory, const IdCandidates &ids, int minId, Visit visit) {
    if (ids.none)
        return;
    const qint64 low = std::max<qint64>(ids.low, minId);
    const std::vector<SandboxUser> &users = directory.users();
    if (ids.listed) {
        for (qint64 id : ids.exact) {
            if (id < low || id > ids.high || id < std::numeric_limits<int>::min() ||
                id > std::numeric_limits<int>::max())
                continue;
            const SandboxUser *u = directory.user(int(id));
            if (u && !visit(*u))
                return;
        }
        return;
    }
    auto it = std::lower_bound(users.begin(), users.end(), low,
                               [](const SandboxUser &u, qint64 value) { return u.id < value; });
    for (; it != users.end() && it->id <= ids.high; ++it) {
        if (!visit(*it))
            return;
    }
}

QString searchText(const SandboxUser &u, const SandboxDirectory &directory) {
    QString text = u.name + u' ' + u.lastName + u' ' + u.secondName + u' ' + u.workPosition;
    for (int d : u.departments)
        text += u' ' + directory.departmentName(d);
    return text;
}

struct SortOrder {
    QString field = QStringLiteral("ID");
    bool descending = false;
};

// SORT and ORDER: only together, and only on a standard field the caller may see.
SortOrder sortOf(const QJsonObject &params, UserQuery::FieldSet fieldSet) {
    SortOrder order;
    if (params.contains(QStringLiteral("ORDER")) && params.value(QStringLiteral("SORT")).isString()) {
        const QString s = params.value(QStringLiteral("SORT")).toString().toUpper();
        if (UserQuery::standardFields().contains(s) && UserQuery::fieldAllowed(s, fieldSet))
            order.field = s;
        order.descending =
            RequestParser::phpString(params.value(QStringLiteral("ORDER"))).toUpper() == u"DESC";
    }
    return order;
}

// SELECT: standard fields, "*" and "UF_*"; ID always comes along. Empty: every field.
QStringList selectOf(const QJsonObject &params) {
    QStringList select;
    const QJsonValue selectValue = params.value(QStringLiteral("SELECT"));
    if (!selectValue.isArray() && !selectValue.isObject())
        return select;
    for (const QString &s : valueList(selectValue)) {
        const QString f = s.toUpper();
        if (f == u"*" || f == u"UF_*") {
            for (const QString &sf : UserQuery::standardFields()) {
                if (f == u"*" || sf.startsWith(u"UF_"))
                    select.append(sf);
            }
        } else if (UserQuery::standardFields().contains(f)) {
            select.append(f);
        }
    }
    if (!select.isEmpty() && !select.contains(QStringLiteral("ID")))
        select.prepend(QStringLiteral("ID"));
    return select;
}

struct Page {
    QList<const SandboxUser *> users; // at most 50
    qint64 total = 0;
};

// One page of the matching users from start. In ID order the walk stops early when no count is asked
// (start=-1); any other order sorts every match.
template<typename Matches>
Page collectPage(const SandboxDirectory &directory, const Parsed &parsed, const SortOrder &order,
                 qint64 start, bool noCount, Matches matches) {
    const IdCandidates ids = idCandidates(parsed.conditions);
    Page page;
    if (order.field == u"ID" && !order.descending) {
        forEachCandidate(directory, ids, parsed.minId, [&](const SandboxUser &u) {
            if (!matches(u))
                return true;
            if (page.total >= start && page.users.size() < 50)
                page.users.append(&u);
            ++page.total;
            return !(noCount && page.users.size() == 50); // start=-1: no count, stop at a full page
        });
        return page;
    }
    QList<const SandboxUser *> all;
    forEachCandidate(directory, ids, parsed.minId, [&](const SandboxUser &u) {
        if (matches(u))
            all.append(&u);
        return true;
    });
    std::stable_sort(all.begin(), all.end(), [&](const SandboxUser *a, const SandboxUser *b) {
        const int r = compareValues(order.field, UserQuery::fieldValues(*a, order.field, directory).value(0),
                                    UserQuery::fieldValues(*b, order.field, directory).value(0));
        if (r == 0)
            return a->id < b->id;
        return order.descending ? r > 0 : r < 0;
    });
    page.total = all.size();
    page.users = all.mid(start, 50);
    return page;
}

// The rows and the paging fields (total, next) of a page.
RestOutcome pageOutcome(const Page &page, const QStringList &select, UserQuery::FieldSet fieldSet,
                        qint64 start, bool noCount) {
    QJsonArray rows;
    for (const SandboxUser *u : page.users)
        rows.append(UserQuery::toJson(*u, select, fieldSet));
    RestOutcome outcome = RestOutcome::ok(rows);
    if (page.users.isEmpty() && page.total == 0)
        return outcome; // nothing matched: no total (nav data is attached only when rows exist)
    outcome.hasTotal = true;
    if (noCount) {
        outcome.total = 0;
        return outcome;
    }
    outcome.total = page.total;
    if (start + page.users.size() < page.total) {
        outcome.hasNext = true;
        outcome.next = start + page.users.size();
    }
    return outcome;
}

} // namespace

RestOutcome UserQuery::run(const SandboxDirectory &directory, const RestCall &call, bool search,
                           bool timestampFilterEmpty) {
    // `start` is read lower-case, everything else upper-cased.
    const QJsonObject params = RequestParser::upperKeys(call.params);
    const FieldSet fieldSet = fieldSetOf(call.caller.scopes);
    const Parsed parsed = UserFilter::parse(UserFilter::of(params), fieldSet, search, timestampFilterEmpty);
    const SandboxUser *viewer = directory.user(call.caller.userId);
    const bool adminMode =
        call.caller.admin && RequestParser::phpTruthy(params.value(QStringLiteral("ADMIN_MODE")));

    qint64 start = RequestParser::phpInt(call.params.value(QStringLiteral("start")));
    const bool noCount = start == -1;
    if (start < 0)
        start = 0;

    const auto matches = [&](const SandboxUser &u) {
        if (!adminMode && !visibleTo(u, viewer))
            return false;
        for (const Condition &c : parsed.conditions) {
            if (!UserFilter::matches(c, u, directory))
                return false;
        }
        return parsed.find.isEmpty() || wordPrefix(searchText(u, directory), parsed.find);
    };
    Page page;
    if (!parsed.impossible)
        page = collectPage(directory, parsed, sortOf(params, fieldSet), start, noCount, matches);
    return pageOutcome(page, selectOf(params), fieldSet, start, noCount);
}
