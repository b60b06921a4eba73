#include "sandbox/userfilter.h"

#include "sandbox/requestparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace UserFilter {

namespace {

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

bool likeMatch(const QString &value, const QString &pattern) {
    QString re = QRegularExpression::escape(pattern);
    re.replace(QStringLiteral("\\%"), QStringLiteral(".*"));
    const QRegularExpression rx(QRegularExpression::anchoredPattern(re),
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::DotMatchesEverythingOption);
    return rx.match(value).hasMatch();
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

// May this filter key be used by this caller and method? Unknown keys are ignored, as the portal
// does, and a field outside the caller's scope cannot be probed through the filter.
bool filterable(const QString &field, UserQuery::FieldSet fieldSet, bool search) {
    static const QSet<QString> extraFilterable = {
        QStringLiteral("NAME_SEARCH"), QStringLiteral("HAS_DEPARTAMENT"), QStringLiteral("FIND"),
        QStringLiteral("UF_DEPARTMENT_NAME"), QStringLiteral("CONFIRM_CODE")};
    const bool standard = UserQuery::standardFields().contains(field);
    if (!standard && !extraFilterable.contains(field))
        return false;
    if ((standard && !UserQuery::fieldAllowed(field, fieldSet)) ||
        (field == u"CONFIRM_CODE" && fieldSet != UserQuery::FieldSet::Full))
        return false;
    return search || (field != u"FIND" && field != u"UF_DEPARTMENT_NAME" && field != u"CONFIRM_CODE");
}

// The values and operator of a condition as the portal reads them: Y/N flags, "0" as an empty confirm
// code, arrays as IN, and name fields of user.search as word prefixes.
void normalise(Condition &c, const QJsonValue &value, bool search) {
    c.values = valueList(value);
    if (value.isArray() && c.op == Op::Eq)
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
    if (c.field == u"NAME_SEARCH") {
        c.op = Op::WordPrefix;
    } else if (search && c.op == Op::Eq &&
               (c.field == u"NAME" || c.field == u"LAST_NAME" || c.field == u"SECOND_NAME" ||
                c.field == u"WORK_POSITION" || c.field == u"UF_DEPARTMENT_NAME")) {
        c.op = Op::WordPrefix;
    }
}

} // namespace

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

QJsonObject of(const QJsonObject &params) {
    static const QSet<QString> reserved = {QStringLiteral("SORT"),   QStringLiteral("ORDER"),
                                           QStringLiteral("FILTER"), QStringLiteral("ADMIN_MODE"),
                                           QStringLiteral("SELECT"), QStringLiteral("IMAGE_RESIZE"),
                                           QStringLiteral("START"),  QStringLiteral("AUTH")};
    const QJsonValue filterValue = params.value(QStringLiteral("FILTER"));
    QJsonObject filter;
    if (filterValue.isObject() || (filterValue.isArray() && !filterValue.toArray().isEmpty())) {
        if (filterValue.isObject())
            filter = RequestParser::upperKeys(filterValue.toObject());
        return filter;
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!reserved.contains(it.key()))
            filter.insert(it.key(), it.value());
    }
    return filter;
}

Parsed parse(const QJsonObject &filter, UserQuery::FieldSet fieldSet, bool search,
             bool timestampFilterEmpty) {
    Parsed parsed;
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        Condition c = parseKey(it.key());
        if (!filterable(c.field, fieldSet, search))
            continue;
        normalise(c, it.value(), search);
        if (c.field == u"FIND") {
            parsed.find = c.values.value(0);
            continue;
        }
        if (isDateField(c.field) && c.op != Op::Like && c.op != Op::NotLike) {
            for (const QString &v : c.values) {
                bool ok = false;
                parseDate(v, &ok);
                if (!ok && !v.isEmpty() && !v.contains(u'%'))
                    parsed.impossible = true; // an unparsable date gives an empty result, not an error
            }
        }
        if (c.field == u"TIMESTAMP_X" && timestampFilterEmpty)
            parsed.impossible = true;
        c.stamps = stampValues(c);
        if (c.field == u"ID" && (c.op == Op::Gt || c.op == Op::Ge) && c.values.size() == 1)
            parsed.minId = std::max(parsed.minId,
                                    int(RequestParser::phpInt(c.values.first())) + (c.op == Op::Gt ? 1 : 0));
        parsed.conditions.append(c);
    }
    return parsed;
}

bool matches(const Condition &c, const SandboxUser &user, const SandboxDirectory &directory) {
    return c.stamps ? matchStamp(c, user.timestampX)
                    : matchOne(c, UserQuery::fieldValues(user, c.field, directory));
}

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

} // namespace UserFilter
