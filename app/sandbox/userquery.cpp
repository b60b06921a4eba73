#include "sandbox/userquery.h"

#include "sandbox/requestparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

enum class Op { Eq, NotEq, Gt, Ge, Lt, Le, In, NotIn, Like, LikeWild, NotLike, NotLikeWild, WordPrefix };

struct Condition {
    QString field;
    Op op = Op::Eq;
    QStringList values;
};

const QStringList &standardFields() {
    static const QStringList fields = {QStringLiteral("ID"),
                                       QStringLiteral("XML_ID"),
                                       QStringLiteral("ACTIVE"),
                                       QStringLiteral("NAME"),
                                       QStringLiteral("LAST_NAME"),
                                       QStringLiteral("SECOND_NAME"),
                                       QStringLiteral("TITLE"),
                                       QStringLiteral("EMAIL"),
                                       QStringLiteral("LAST_LOGIN"),
                                       QStringLiteral("DATE_REGISTER"),
                                       QStringLiteral("TIME_ZONE"),
                                       QStringLiteral("IS_ONLINE"),
                                       QStringLiteral("TIMESTAMP_X"),
                                       QStringLiteral("LAST_ACTIVITY_DATE"),
                                       QStringLiteral("PERSONAL_GENDER"),
                                       QStringLiteral("PERSONAL_WWW"),
                                       QStringLiteral("PERSONAL_BIRTHDAY"),
                                       QStringLiteral("PERSONAL_MOBILE"),
                                       QStringLiteral("PERSONAL_CITY"),
                                       QStringLiteral("WORK_PHONE"),
                                       QStringLiteral("WORK_POSITION"),
                                       QStringLiteral("UF_EMPLOYMENT_DATE"),
                                       QStringLiteral("UF_PHONE_INNER"),
                                       QStringLiteral("UF_DEPARTMENT"),
                                       QStringLiteral("USER_TYPE")};
    return fields;
}

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

QString searchText(const SandboxUser &u, const SandboxDirectory &directory) {
    QString text = u.name + u' ' + u.lastName + u' ' + u.secondName + u' ' + u.workPosition;
    for (int d : u.departments)
        text += u' ' + directory.departmentName(d);
    return text;
}

} // namespace

QStringList UserQuery::fieldValues(const SandboxUser &u, const QString &f,
                                   const SandboxDirectory &directory) {
    if (f == u"UF_DEPARTMENT") {
        QStringList out;
        for (int d : u.departments)
            out.append(QString::number(d));
        return out.isEmpty() ? QStringList{QString()} : out;
    }
    if (f == u"ID")
        return {QString::number(u.id)};
    if (f == u"EMAIL")
        return {u.email};
    if (f == u"NAME")
        return {u.name};
    if (f == u"LAST_NAME")
        return {u.lastName};
    if (f == u"USER_TYPE")
        return {u.userType};
    if (f == u"LAST_LOGIN")
        return {u.lastLogin};
    if (f == u"ACTIVE")
        return {u.active ? QStringLiteral("Y") : QStringLiteral("N")};
    if (f == u"CONFIRM_CODE")
        return {u.confirmCode};
    if (f == u"UF_DEPARTMENT_NAME") {
        QStringList out;
        for (int d : u.departments)
            out.append(directory.departmentName(d));
        return out;
    }
    if (f == u"HAS_DEPARTAMENT")
        return {u.departments.isEmpty() ? QStringLiteral("N") : QStringLiteral("Y")};
    const QJsonValue v = toJson(u, {f}).value(f);
    if (v.isUndefined())
        return {u.extra.value(f)};
    return {RequestParser::phpString(v)};
}

QJsonObject UserQuery::toJson(const SandboxUser &u, const QStringList &select) {
    QJsonObject o;
    const bool all = select.isEmpty();
    const auto put = [&](const QString &key, const QJsonValue &value) {
        if (all || select.contains(key))
            o.insert(key, value);
    };
    put(QStringLiteral("ID"), QString::number(u.id));
    put(QStringLiteral("XML_ID"), u.extra.value(QStringLiteral("XML_ID")));
    put(QStringLiteral("ACTIVE"), u.active);
    put(QStringLiteral("NAME"), u.name);
    put(QStringLiteral("LAST_NAME"), u.lastName);
    put(QStringLiteral("SECOND_NAME"), u.secondName);
    put(QStringLiteral("TITLE"), u.extra.value(QStringLiteral("TITLE")));
    put(QStringLiteral("EMAIL"), u.email);
    put(QStringLiteral("LAST_LOGIN"), u.lastLogin);
    put(QStringLiteral("DATE_REGISTER"), u.dateRegister);
    put(QStringLiteral("TIME_ZONE"), u.timeZone);
    put(QStringLiteral("IS_ONLINE"), u.isOnline);
    put(QStringLiteral("TIMESTAMP_X"), QJsonObject());
    put(QStringLiteral("LAST_ACTIVITY_DATE"), QJsonObject());
    put(QStringLiteral("PERSONAL_GENDER"), u.personalGender);
    put(QStringLiteral("PERSONAL_WWW"), u.extra.value(QStringLiteral("PERSONAL_WWW")));
    put(QStringLiteral("PERSONAL_BIRTHDAY"), u.personalBirthday);
    put(QStringLiteral("PERSONAL_MOBILE"), u.personalMobile);
    put(QStringLiteral("PERSONAL_CITY"), u.personalCity);
    put(QStringLiteral("WORK_PHONE"), u.workPhone);
    put(QStringLiteral("WORK_POSITION"), u.workPosition);
    put(QStringLiteral("UF_EMPLOYMENT_DATE"), u.employmentDate);
    put(QStringLiteral("UF_PHONE_INNER"), u.phoneInner);
    QJsonArray departments;
    for (int d : u.departments)
        departments.append(d);
    put(QStringLiteral("UF_DEPARTMENT"), departments);
    put(QStringLiteral("USER_TYPE"), u.userType);
    for (auto it = u.extra.begin(); it != u.extra.end(); ++it) {
        if (!o.contains(it.key()))
            put(it.key(), it.value());
    }
    return o;
}

QJsonObject UserQuery::fieldLabels() {
    return QJsonObject{
        {QStringLiteral("ID"), QStringLiteral("ID")},
        {QStringLiteral("XML_ID"), QStringLiteral("External code")},
        {QStringLiteral("ACTIVE"), QStringLiteral("Activity")},
        {QStringLiteral("NAME"), QStringLiteral("First Name")},
        {QStringLiteral("LAST_NAME"), QStringLiteral("Last Name")},
        {QStringLiteral("SECOND_NAME"), QStringLiteral("Middle Name")},
        {QStringLiteral("TITLE"), QStringLiteral("Title")},
        {QStringLiteral("EMAIL"), QStringLiteral("E-Mail")},
        {QStringLiteral("LAST_LOGIN"), QStringLiteral("Last Authorization")},
        {QStringLiteral("DATE_REGISTER"), QStringLiteral("Registration Date")},
        {QStringLiteral("TIME_ZONE"), QStringLiteral("Time Zone")},
        {QStringLiteral("IS_ONLINE"), QStringLiteral("Online")},
        {QStringLiteral("TIMESTAMP_X"), QStringLiteral("Last Modified")},
        {QStringLiteral("LAST_ACTIVITY_DATE"), QStringLiteral("Last Activity")},
        {QStringLiteral("PERSONAL_GENDER"), QStringLiteral("Gender")},
        {QStringLiteral("PERSONAL_WWW"), QStringLiteral("Web Site")},
        {QStringLiteral("PERSONAL_BIRTHDAY"), QStringLiteral("Date of Birth")},
        {QStringLiteral("PERSONAL_MOBILE"), QStringLiteral("Mobile Phone")},
        {QStringLiteral("PERSONAL_CITY"), QStringLiteral("City")},
        {QStringLiteral("WORK_PHONE"), QStringLiteral("Work Phone")},
        {QStringLiteral("WORK_POSITION"), QStringLiteral("Job Title")},
        {QStringLiteral("UF_EMPLOYMENT_DATE"), QStringLiteral("Employment Date")},
        {QStringLiteral("UF_PHONE_INNER"), QStringLiteral("Extension")},
        {QStringLiteral("UF_DEPARTMENT"), QStringLiteral("Units")},
        {QStringLiteral("USER_TYPE"), QStringLiteral("USER_TYPE")},
    };
}

bool UserQuery::visibleTo(const SandboxUser &u, const SandboxUser *viewer) {
    if (!viewer)
        return false;
    const bool viewerExtranet = viewer->userType == u"extranet";
    if (u.userType != u"extranet" && !viewerExtranet)
        return true;
    if (u.id == viewer->id)
        return true;
    for (int g : u.groups) {
        if (viewer->groups.contains(g))
            return true;
    }
    return false;
}

RestOutcome UserQuery::run(const SandboxDirectory &directory, const RestCall &call, bool search) {
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
        if (standardFields().contains(s))
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
            if (!matchOne(c, fieldValues(u, c.field, directory)))
                return false;
        }
        if (!find.isEmpty() && !wordPrefix(searchText(u, directory), find))
            return false;
        return true;
    };

    const std::vector<SandboxUser> &users = directory.users();
    QList<const SandboxUser *> page;
    qint64 total = 0;
    if (!impossible) {
        if (sortField == u"ID" && !descending) {
            for (qsizetype i = directory.lowerBoundIndex(minId); i < qsizetype(users.size()); ++i) {
                const SandboxUser &u = users[size_t(i)];
                if (!matches(u))
                    continue;
                if (total >= start && page.size() < 50)
                    page.append(&u);
                ++total;
                if (noCount && page.size() == 50)
                    break;
            }
        } else {
            QList<const SandboxUser *> all;
            for (qsizetype i = directory.lowerBoundIndex(minId); i < qsizetype(users.size()); ++i) {
                if (matches(users[size_t(i)]))
                    all.append(&users[size_t(i)]);
            }
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
        rows.append(toJson(*u, select));
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
