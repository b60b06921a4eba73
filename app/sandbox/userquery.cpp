#include "sandbox/userquery.h"

#include "sandbox/requestparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>

namespace {

enum class Op { Eq, NotEq, Gt, Ge, Lt, Le, In, NotIn, Like, LikeWild, NotLike, NotLikeWild, WordPrefix };

struct Condition {
    QString field;
    Op op = Op::Eq;
    QStringList values;
    // TIMESTAMP_X compared as Unix seconds (every value parsed once): the refresh's `>TIMESTAMP_X`
    // runs over every user of the company.
    std::optional<QList<qint64>> stamps;
};

bool isDateField(const QString &f) {
    return f == u"LAST_LOGIN" || f == u"DATE_REGISTER" || f == u"PERSONAL_BIRTHDAY" ||
           f == u"UF_EMPLOYMENT_DATE" || f == u"TIMESTAMP_X" || f == u"LAST_ACTIVITY_DATE";
}

bool isNumericField(const QString &f) {
    return f == u"ID" || f == u"UF_DEPARTMENT";
}

QDateTime parseDate(const QString &s, bool *ok) {
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime(QDate::fromString(s, QStringLiteral("dd.MM.yyyy")), QTime(0, 0), Qt::UTC);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    *ok = dt.isValid();
    return dt;
}

QStringList valueList(const QJsonValue &v) {
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.append(RequestParser::phpString(e));
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append(RequestParser::phpString(it.value()));
    } else {
        out.append(RequestParser::phpString(v));
    }
    return out;
}

bool likeMatch(const QString &value, const QString &pattern) {
    QString re = QRegularExpression::escape(pattern);
    re.replace(QStringLiteral("\\%"), QStringLiteral(".*"));
    const QRegularExpression rx(QRegularExpression::anchoredPattern(re),
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::DotMatchesEverythingOption);
    return rx.match(value).hasMatch();
}

bool wordPrefix(const QString &text, const QString &query) {
    static const QRegularExpression splitter(QStringLiteral("[\\s\\-'.,/()]+"));
    const QStringList words = text.split(splitter, Qt::SkipEmptyParts);
    const QStringList needles = query.split(splitter, Qt::SkipEmptyParts);
    if (needles.isEmpty())
        return true;
    for (const QString &needle : needles) {
        bool found = false;
        for (const QString &word : words) {
            if (word.startsWith(needle, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

int compareValues(const QString &field, const QString &a, const QString &b) {
    if (isNumericField(field)) {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (isDateField(field)) {
        bool okA = false;
        bool okB = false;
        const QDateTime x = parseDate(a, &okA);
        const QDateTime y = parseDate(b, &okB);
        if (okA && okB)
            return x < y ? -1 : (x > y ? 1 : 0);
    }
    return QString::compare(a, b, Qt::CaseInsensitive);
}

bool equalValues(const QString &field, const QString &a, const QString &b) {
    if (isNumericField(field))
        return RequestParser::phpInt(a) == RequestParser::phpInt(b) && !b.trimmed().isEmpty();
    if (isDateField(field) && !a.isEmpty() && !b.isEmpty())
        return compareValues(field, a, b) == 0;
    return QString::compare(a, b, Qt::CaseInsensitive) == 0;
}

// The ops a TIMESTAMP_X condition is compared with as numbers; the others (LIKE) use the text.
std::optional<QList<qint64>> stampValues(const Condition &c) {
    if (c.field != u"TIMESTAMP_X" || c.values.isEmpty() ||
        !(c.op == Op::Eq || c.op == Op::In || c.op == Op::NotEq || c.op == Op::NotIn || c.op == Op::Gt ||
          c.op == Op::Ge || c.op == Op::Lt || c.op == Op::Le))
        return std::nullopt;
    QList<qint64> stamps;
    for (const QString &v : c.values) {
        bool ok = false;
        const QDateTime dt = parseDate(v, &ok);
        if (!ok || v.contains(u'%'))
            return std::nullopt;
        stamps.append(dt.toSecsSinceEpoch());
    }
    return stamps;
}

bool matchStamp(const Condition &c, qint64 have) {
    const auto any = [&](auto pred) { return std::any_of(c.stamps->begin(), c.stamps->end(), pred); };
    switch (c.op) {
    case Op::NotEq:
    case Op::NotIn:
        return !any([&](qint64 v) { return have == v; });
    case Op::Gt:
        return any([&](qint64 v) { return have > v; });
    case Op::Ge:
        return any([&](qint64 v) { return have >= v; });
    case Op::Lt:
        return any([&](qint64 v) { return have < v; });
    case Op::Le:
        return any([&](qint64 v) { return have <= v; });
    default:
        return any([&](qint64 v) { return have == v; });
    }
}

bool matchOne(const Condition &c, const QStringList &have) {
    const auto any = [&](auto pred) {
        for (const QString &h : have) {
            for (const QString &v : c.values) {
                if (pred(h, v))
                    return true;
            }
        }
        return false;
    };
    switch (c.op) {
    case Op::Eq:
    case Op::In:
        return any([&](const QString &h, const QString &v) {
            return v.contains(u'%') ? likeMatch(h, v) : equalValues(c.field, h, v);
        });
    case Op::NotEq:
    case Op::NotIn:
        return !any([&](const QString &h, const QString &v) { return equalValues(c.field, h, v); });
    case Op::Gt:
    case Op::Ge:
    case Op::Lt:
    case Op::Le:
        return any([&](const QString &h, const QString &v) {
            if (h.isEmpty())
                return false;
            const int r = compareValues(c.field, h, v);
            return c.op == Op::Gt ? r > 0 : c.op == Op::Ge ? r >= 0 : c.op == Op::Lt ? r < 0 : r <= 0;
        });
    case Op::Like:
        return any([](const QString &h, const QString &v) { return h.contains(v, Qt::CaseInsensitive); });
    case Op::LikeWild:
        return any([](const QString &h, const QString &v) { return likeMatch(h, v); });
    case Op::NotLike:
        return !any([](const QString &h, const QString &v) { return h.contains(v, Qt::CaseInsensitive); });
    case Op::NotLikeWild:
        return !any([](const QString &h, const QString &v) { return likeMatch(h, v); });
    case Op::WordPrefix:
        return any([](const QString &h, const QString &v) { return wordPrefix(h, v); });
    }
    return false;
}

// Splits "!=%EMAIL" into operator and field name.
Condition parseKey(const QString &key) {
    static const std::pair<const char16_t *, Op> prefixes[] = {{u"!=%", Op::NotLikeWild},
                                                               {u"!%=", Op::NotLikeWild},
                                                               {u"!@", Op::NotIn},
                                                               {u"!%", Op::NotLike},
                                                               {u"!=", Op::NotEq},
                                                               {u">=", Op::Ge},
                                                               {u"<=", Op::Le},
                                                               {u"=%", Op::LikeWild},
                                                               {u"%=", Op::LikeWild},
                                                               {u"!", Op::NotEq},
                                                               {u">", Op::Gt},
                                                               {u"<", Op::Lt},
                                                               {u"@", Op::In},
                                                               {u"%", Op::Like},
                                                               {u"=", Op::Eq}};
    Condition c;
    c.field = key;
    for (const auto &[prefix, op] : prefixes) {
        const QString p = QString::fromUtf16(prefix);
        if (key.startsWith(p)) {
            c.op = op;
            c.field = key.mid(p.size());
            break;
        }
    }
    return c;
}

// The IDs that the conditions on ID can let through, worked out as matchOne evaluates them
// (ranges: QString::toLongLong through compareValues; equality: phpInt through equalValues),
// so that user.get finds them by binary search instead of testing every user. A superset:
// every candidate still goes through all conditions.
struct IdCandidates {
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    bool none = false;   // a condition no user can meet (e.g. `>ID` with no value)
    bool listed = false; // `exact` holds the only IDs that can match
    QList<qint64> exact; // sorted, unique
};

IdCandidates idCandidates(const QList<Condition> &conditions) {
    IdCandidates r;
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    for (const Condition &c : conditions) {
        if (c.field != u"ID")
            continue;
        switch (c.op) {
        case Op::Gt:
        case Op::Ge:
        case Op::Lt:
        case Op::Le: {
            if (c.values.isEmpty()) { // any() over no values: never true
                r.none = true;
                break;
            }
            const bool lower = c.op == Op::Gt || c.op == Op::Ge;
            qint64 bound = lower ? kMax : kMin; // any(): the loosest value decides
            for (const QString &v : c.values) {
                const qint64 t = v.toLongLong();
                bound = lower ? std::min(bound, t) : std::max(bound, t);
            }
            if (c.op == Op::Gt) {
                if (bound == kMax)
                    r.none = true;
                else
                    r.low = std::max(r.low, bound + 1);
            } else if (c.op == Op::Ge) {
                r.low = std::max(r.low, bound);
            } else if (c.op == Op::Lt) {
                if (bound == kMin)
                    r.none = true;
                else
                    r.high = std::min(r.high, bound - 1);
            } else {
                r.high = std::min(r.high, bound);
            }
            break;
        }
        case Op::Eq:
        case Op::In: {
            QList<qint64> ids;
            bool pattern = false;
            for (const QString &v : c.values) {
                if (v.contains(u'%')) {
                    pattern = true; // LIKE on the ID's text: no shortcut
                    break;
                }
                if (!v.trimmed().isEmpty())
                    ids.append(RequestParser::phpInt(v));
            }
            if (pattern)
                break;
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            if (r.listed) {
                QList<qint64> both;
                std::set_intersection(r.exact.begin(), r.exact.end(), ids.begin(), ids.end(),
                                      std::back_inserter(both));
                ids = both;
            }
            r.exact = ids;
            r.listed = true;
            break;
        }
        default:
            break;
        }
    }
    if (r.listed && r.exact.isEmpty())
        r.none = true;
    if (r.low > r.high)
        r.none = true;
    return r;
}

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

} // namespace

RestOutcome UserQuery::run(const SandboxDirectory &directory, const RestCall &call, bool search,
                           bool timestampFilterEmpty) {
    // user.* upper-cases every top-level key and the FILTER contents; `start` is read lower-case.
    const QJsonObject params = RequestParser::upperKeys(call.params);
    QJsonObject filter;
    static const QSet<QString> reserved = {QStringLiteral("SORT"),   QStringLiteral("ORDER"),
                                           QStringLiteral("FILTER"), QStringLiteral("ADMIN_MODE"),
                                           QStringLiteral("SELECT"), QStringLiteral("IMAGE_RESIZE"),
                                           QStringLiteral("START"),  QStringLiteral("AUTH")};
    const QJsonValue filterValue = params.value(QStringLiteral("FILTER"));
    if (filterValue.isObject() || (filterValue.isArray() && !filterValue.toArray().isEmpty())) {
        if (filterValue.isObject())
            filter = RequestParser::upperKeys(filterValue.toObject());
    } else {
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (!reserved.contains(it.key()))
                filter.insert(it.key(), it.value());
        }
    }

    const FieldSet fieldSet = fieldSetOf(call.caller.scopes);
    QList<Condition> conditions;
    QString find;
    bool impossible = false;
    int minId = 0;
    static const QSet<QString> extraFilterable = {
        QStringLiteral("NAME_SEARCH"), QStringLiteral("HAS_DEPARTAMENT"), QStringLiteral("FIND"),
        QStringLiteral("UF_DEPARTMENT_NAME"), QStringLiteral("CONFIRM_CODE")};
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        Condition c = parseKey(it.key());
        if (!standardFields().contains(c.field) && !extraFilterable.contains(c.field))
            continue; // unknown filter keys are ignored, as the portal does
        if ((standardFields().contains(c.field) && !fieldAllowed(c.field, fieldSet)) ||
            (c.field == u"CONFIRM_CODE" && fieldSet != FieldSet::Full))
            continue; // a field outside the caller's scope cannot be probed through the filter
        if (!search && (c.field == u"FIND" || c.field == u"UF_DEPARTMENT_NAME" || c.field == u"CONFIRM_CODE"))
            continue;
        c.values = valueList(it.value());
        if (it.value().isArray() && c.op == Op::Eq)
            c.op = Op::In;
        if (c.field == u"ACTIVE" || c.field == u"IS_ONLINE") {
            for (QString &v : c.values)
                v = (v.isEmpty() || v == u"0" || v == u"N") ? QStringLiteral("N") : QStringLiteral("Y");
        }
        if (c.field == u"CONFIRM_CODE") {
            for (QString &v : c.values) {
                if (v == u"0")
                    v.clear(); // the server maps "0" to false: an empty confirm code
            }
        }
        if (c.field == u"FIND") {
            find = c.values.value(0);
            continue;
        }
        if (c.field == u"NAME_SEARCH") {
            c.op = Op::WordPrefix;
        } else if (search && c.op == Op::Eq &&
                   (c.field == u"NAME" || c.field == u"LAST_NAME" || c.field == u"SECOND_NAME" ||
                    c.field == u"WORK_POSITION" || c.field == u"UF_DEPARTMENT_NAME")) {
            c.op = Op::WordPrefix;
        }
        if (isDateField(c.field) && c.op != Op::Like && c.op != Op::NotLike) {
            for (const QString &v : c.values) {
                bool ok = false;
                parseDate(v, &ok);
                if (!ok && !v.isEmpty() && !v.contains(u'%'))
                    impossible = true; // an unparsable date gives an empty result, not an error
            }
        }
        if (c.field == u"TIMESTAMP_X" && timestampFilterEmpty)
            impossible = true;
        c.stamps = stampValues(c);
        if (c.field == u"ID" && (c.op == Op::Gt || c.op == Op::Ge) && c.values.size() == 1)
            minId = std::max(minId, int(RequestParser::phpInt(c.values.first())) + (c.op == Op::Gt ? 1 : 0));
        conditions.append(c);
    }

    const SandboxUser *viewer = directory.user(call.caller.userId);
    const bool adminMode =
        call.caller.admin && RequestParser::phpTruthy(params.value(QStringLiteral("ADMIN_MODE")));

    QString sortField = QStringLiteral("ID");
    bool descending = false;
    if (params.contains(QStringLiteral("ORDER")) && params.value(QStringLiteral("SORT")).isString()) {
        const QString s = params.value(QStringLiteral("SORT")).toString().toUpper();
        if (standardFields().contains(s) && fieldAllowed(s, fieldSet))
            sortField = s;
        descending = RequestParser::phpString(params.value(QStringLiteral("ORDER"))).toUpper() == u"DESC";
    }

    QStringList select;
    const QJsonValue selectValue = params.value(QStringLiteral("SELECT"));
    if (selectValue.isArray() || selectValue.isObject()) {
        for (const QString &s : valueList(selectValue)) {
            const QString f = s.toUpper();
            if (f == u"*" || f == u"UF_*") {
                for (const QString &sf : standardFields()) {
                    if (f == u"*" || sf.startsWith(u"UF_"))
                        select.append(sf);
                }
            } else if (standardFields().contains(f)) {
                select.append(f);
            }
        }
        if (!select.isEmpty() && !select.contains(QStringLiteral("ID")))
            select.prepend(QStringLiteral("ID"));
    }

    const QJsonValue startValue = call.params.value(QStringLiteral("start"));
    qint64 start = RequestParser::phpInt(startValue);
    const bool noCount = start == -1;
    if (start < 0)
        start = 0;

    const auto matches = [&](const SandboxUser &u) {
        if (!adminMode && !visibleTo(u, viewer))
            return false;
        for (const Condition &c : conditions) {
            if (c.stamps ? !matchStamp(c, u.timestampX) : !matchOne(c, fieldValues(u, c.field, directory)))
                return false;
        }
        if (!find.isEmpty() && !wordPrefix(searchText(u, directory), find))
            return false;
        return true;
    };

    const IdCandidates ids = idCandidates(conditions);
    QList<const SandboxUser *> page;
    qint64 total = 0;
    if (!impossible) {
        if (sortField == u"ID" && !descending) {
            forEachCandidate(directory, ids, minId, [&](const SandboxUser &u) {
                if (!matches(u))
                    return true;
                if (total >= start && page.size() < 50)
                    page.append(&u);
                ++total;
                return !(noCount && page.size() == 50); // start=-1: no count, stop at a full page
            });
        } else {
            QList<const SandboxUser *> all;
            forEachCandidate(directory, ids, minId, [&](const SandboxUser &u) {
                if (matches(u))
                    all.append(&u);
                return true;
            });
            std::stable_sort(all.begin(), all.end(), [&](const SandboxUser *a, const SandboxUser *b) {
                const int r = compareValues(sortField, fieldValues(*a, sortField, directory).value(0),
                                            fieldValues(*b, sortField, directory).value(0));
                if (r == 0)
                    return a->id < b->id;
                return descending ? r > 0 : r < 0;
            });
            total = all.size();
            page = all.mid(start, 50);
        }
    }

    QJsonArray rows;
    for (const SandboxUser *u : page)
        rows.append(toJson(*u, select, fieldSet));
    RestOutcome outcome = RestOutcome::ok(rows);
    if (page.isEmpty() && total == 0)
        return outcome; // nothing matched: no total (nav data is attached only when rows exist)
    outcome.hasTotal = true;
    if (noCount) {
        outcome.total = 0;
        return outcome;
    }
    outcome.total = total;
    if (start + page.size() < total) {
        outcome.hasNext = true;
        outcome.next = start + page.size();
    }
    return outcome;
}
