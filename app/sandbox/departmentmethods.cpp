// department.* and sonet_group.get handlers of RestMethods (spec §6.9, §6.10).
#include "sandbox/restmethods.h"

#include "sandbox/requestparser.h"
#include "sandbox/sandboxdirectory.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QJsonObject departmentJson(const SandboxDepartment &d) {
    QJsonObject o{{QStringLiteral("ID"), QString::number(d.id)},
                  {QStringLiteral("NAME"), d.name},
                  {QStringLiteral("SORT"), d.sort}};
    if (d.parent > 0)
        o.insert(QStringLiteral("PARENT"), QString::number(d.parent));
    if (d.head > 0)
        o.insert(QStringLiteral("UF_HEAD"), QString::number(d.head));
    return o;
}

QString departmentField(const SandboxDepartment &d, const QString &field) {
    if (field == u"ID")
        return QString::number(d.id);
    if (field == u"NAME")
        return d.name;
    if (field == u"SORT")
        return QString::number(d.sort);
    if (field == u"PARENT")
        return d.parent > 0 ? QString::number(d.parent) : QString();
    if (field == u"UF_HEAD")
        return d.head > 0 ? QString::number(d.head) : QString();
    return QString();
}

bool valueMatches(const QString &have, const QJsonValue &want, bool numeric) {
    const auto one = [&](const QJsonValue &v) {
        if (numeric)
            return RequestParser::phpInt(v) == RequestParser::phpInt(have);
        return RequestParser::phpString(v) == have;
    };
    if (want.isArray()) {
        for (const QJsonValue &v : want.toArray()) {
            if (one(v))
                return true;
        }
        return false;
    }
    return one(want);
}

QJsonObject groupJson(const SandboxGroup &g) {
    const QString yn[] = {QStringLiteral("N"), QStringLiteral("Y")};
    return QJsonObject{{QStringLiteral("ID"), QString::number(g.id)},
                       {QStringLiteral("SITE_ID"), QStringLiteral("s1")},
                       {QStringLiteral("NAME"), g.name},
                       {QStringLiteral("DESCRIPTION"), g.description},
                       {QStringLiteral("DATE_CREATE"), g.dateCreate},
                       {QStringLiteral("DATE_UPDATE"), g.dateCreate},
                       {QStringLiteral("ACTIVE"), QStringLiteral("Y")},
                       {QStringLiteral("VISIBLE"), yn[g.visible]},
                       {QStringLiteral("OPENED"), yn[g.opened]},
                       {QStringLiteral("CLOSED"), QStringLiteral("N")},
                       {QStringLiteral("SUBJECT_ID"), QStringLiteral("1")},
                       {QStringLiteral("OWNER_ID"), QString::number(g.ownerId)},
                       {QStringLiteral("KEYWORDS"), QJsonValue::Null},
                       {QStringLiteral("NUMBER_OF_MEMBERS"), QString::number(g.members.size())},
                       {QStringLiteral("DATE_ACTIVITY"), g.dateCreate},
                       {QStringLiteral("SUBJECT_NAME"), QStringLiteral("Workgroups")},
                       {QStringLiteral("PROJECT"), QStringLiteral("N")},
                       {QStringLiteral("IS_EXTRANET"), yn[g.extranet]}};
}

// Paging with page-number navigation (department.get, sonet_group.get): start rounds down to 50s.
RestOutcome pageOf(const QJsonArray &all, qint64 start) {
    if (start < 0)
        start = 0;
    const qint64 offset = start / 50 * 50;
    QJsonArray rows;
    for (qint64 i = offset; i < all.size() && rows.size() < 50; ++i)
        rows.append(all.at(i));
    RestOutcome o = RestOutcome::ok(rows);
    o.hasTotal = true;
    o.total = all.size();
    if (offset + rows.size() < all.size()) {
        o.hasNext = true;
        o.next = offset + 50;
    }
    return o;
}

} // namespace

RestOutcome RestMethods::departmentGet(const RestCall &call) {
    const QJsonObject &params = call.params;
    // Filter keys are read case-sensitively (upper-case only), sort/order case-insensitively: an
    // upper-case SORT is both the sort field and a filter SORT = intval(value) (spec §6.9 trap).
    QJsonObject filter;
    static const QStringList filterKeys = {QStringLiteral("ID"), QStringLiteral("NAME"),
                                           QStringLiteral("SORT"), QStringLiteral("PARENT"),
                                           QStringLiteral("UF_HEAD")};
    for (const QString &k : filterKeys) {
        if (params.contains(k))
            filter.insert(k, params.value(k));
    }
    const QJsonObject nested = params.value(QStringLiteral("FILTER")).toObject();
    for (const QString &k : filterKeys) {
        if (nested.contains(k))
            filter.insert(k, nested.value(k));
    }
    QString sortField;
    QString order = QStringLiteral("ASC");
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.key().compare(u"sort", Qt::CaseInsensitive) == 0)
            sortField = RequestParser::phpString(it.value()).toUpper();
        else if (it.key().compare(u"order", Qt::CaseInsensitive) == 0)
            order = RequestParser::phpString(it.value()).toUpper();
    }
    if (!filterKeys.contains(sortField))
        sortField.clear();

    QList<const SandboxDepartment *> rows;
    for (int id : m_directory->departmentTreeOrder()) {
        const SandboxDepartment *d = m_directory->department(id);
        bool ok = true;
        for (auto it = filter.begin(); it != filter.end() && ok; ++it) {
            const bool numeric = it.key() != u"NAME";
            ok = valueMatches(departmentField(*d, it.key()), it.value(), numeric);
        }
        if (ok)
            rows.append(d);
    }
    if (!sortField.isEmpty()) {
        const bool numeric = sortField != u"NAME";
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const SandboxDepartment *a, const SandboxDepartment *b) {
                             const QString x = departmentField(*a, sortField);
                             const QString y = departmentField(*b, sortField);
                             const int r = numeric ? (x.toLongLong() < y.toLongLong()   ? -1
                                                      : x.toLongLong() > y.toLongLong() ? 1
                                                                                        : 0)
                                                   : QString::compare(x, y, Qt::CaseInsensitive);
                             return order == u"DESC" ? r > 0 : r < 0;
                         });
    }
    QJsonArray all;
    for (const SandboxDepartment *d : rows)
        all.append(departmentJson(*d));
    return pageOf(all, RequestParser::phpInt(params.value(QStringLiteral("start"))));
}

RestOutcome RestMethods::departmentFields(const RestCall &) {
    return RestOutcome::ok(QJsonObject{{QStringLiteral("ID"), QStringLiteral("ID")},
                                       {QStringLiteral("NAME"), QStringLiteral("Department Name")},
                                       {QStringLiteral("SORT"), QStringLiteral("Sort Order")},
                                       {QStringLiteral("PARENT"), QStringLiteral("Parent Department")},
                                       {QStringLiteral("UF_HEAD"), QStringLiteral("Manager")}});
}

RestOutcome RestMethods::departmentAdd(const RestCall &call) {
    const QJsonObject &p = call.params;
    if (!call.caller.admin)
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("Access denied"));
    const QString name = RequestParser::phpString(p.value(QStringLiteral("NAME"))).trimmed();
    if (name.isEmpty())
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"),
                                 QStringLiteral("Department name not provided.<br>"));
    const int parent = int(RequestParser::phpInt(p.value(QStringLiteral("PARENT"))));
    const SandboxDepartment *parentDept = m_directory->department(parent);
    if (!parentDept || !parentDept->active)
        return RestOutcome::fail(
            400, QStringLiteral("ERROR_CORE"),
            QStringLiteral("There can only be one top-level department in the company structure"));
    SandboxDepartment d;
    d.name = name;
    d.parent = parent;
    if (p.contains(QStringLiteral("SORT")))
        d.sort = int(RequestParser::phpInt(p.value(QStringLiteral("SORT"))));
    d.head = int(RequestParser::phpInt(p.value(QStringLiteral("UF_HEAD"))));
    return RestOutcome::ok(m_directory->addDepartment(d));
}

RestOutcome RestMethods::departmentUpdate(const RestCall &call) {
    const QJsonObject &p = call.params;
    if (!call.caller.admin)
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("Access denied"));
    SandboxDepartment *d = m_directory->department(int(RequestParser::phpInt(p.value(QStringLiteral("ID")))));
    if (!d || !d->active)
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("Department not found"));
    if (p.contains(QStringLiteral("NAME")) &&
        !RequestParser::phpString(p.value(QStringLiteral("NAME"))).trimmed().isEmpty())
        d->name = RequestParser::phpString(p.value(QStringLiteral("NAME"))).trimmed();
    if (p.contains(QStringLiteral("SORT")))
        d->sort = int(RequestParser::phpInt(p.value(QStringLiteral("SORT"))));
    if (p.contains(QStringLiteral("UF_HEAD")))
        d->head = int(RequestParser::phpInt(p.value(QStringLiteral("UF_HEAD"))));
    if (p.contains(QStringLiteral("PARENT")) && d->parent > 0) {
        const int parent = int(RequestParser::phpInt(p.value(QStringLiteral("PARENT"))));
        if (parent != d->id && m_directory->department(parent))
            d->parent = parent;
    }
    return RestOutcome::ok(true);
}

RestOutcome RestMethods::departmentDelete(const RestCall &call) {
    if (!call.caller.admin)
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("Access denied"));
    SandboxDepartment *d =
        m_directory->department(int(RequestParser::phpInt(call.params.value(QStringLiteral("ID")))));
    if (!d || !d->active || d->parent == 0)
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("Department not found"));
    d->active = false;
    return RestOutcome::ok(true);
}

RestOutcome RestMethods::sonetGroupGet(const RestCall &call) {
    const QJsonObject params = RequestParser::upperKeys(call.params);
    const QJsonObject filter = RequestParser::upperKeys(params.value(QStringLiteral("FILTER")).toObject());
    const bool skipRights =
        call.caller.admin && RequestParser::phpString(params.value(QStringLiteral("IS_ADMIN"))) == u"Y";
    QList<const SandboxGroup *> rows;
    for (const SandboxGroup &g : m_directory->groups()) {
        if (!skipRights && !g.visible && !g.members.contains(call.caller.userId))
            continue;
        const QJsonObject json = groupJson(g);
        bool ok = true;
        if (params.contains(QStringLiteral("GROUP_ID")))
            ok = RequestParser::phpInt(params.value(QStringLiteral("GROUP_ID"))) == g.id;
        for (auto it = filter.begin(); it != filter.end() && ok; ++it) {
            QString key = it.key();
            QString op;
            while (!key.isEmpty() && QStringLiteral("!<>=%?").contains(key.at(0))) {
                op += key.at(0);
                key.remove(0, 1);
            }
            const QJsonValue have = json.value(key);
            if (have.isUndefined())
                continue;
            const QString h = RequestParser::phpString(have);
            const QString w = RequestParser::phpString(it.value());
            const bool numeric = key == u"ID" || key == u"OWNER_ID";
            const int cmp = numeric ? (h.toLongLong() < w.toLongLong()   ? -1
                                       : h.toLongLong() > w.toLongLong() ? 1
                                                                         : 0)
                                    : QString::compare(h, w, Qt::CaseInsensitive);
            if (op.isEmpty() || op == u"=")
                ok = cmp == 0;
            else if (op == u"!" || op == u"!=")
                ok = cmp != 0;
            else if (op == u">")
                ok = cmp > 0;
            else if (op == u">=")
                ok = cmp >= 0;
            else if (op == u"<")
                ok = cmp < 0;
            else if (op == u"<=")
                ok = cmp <= 0;
            else if (op == u"%" || op == u"?")
                ok = h.contains(w, Qt::CaseInsensitive);
            else if (op == u"!%")
                ok = !h.contains(w, Qt::CaseInsensitive);
        }
        if (ok)
            rows.append(&g);
    }
    QString sortField = QStringLiteral("ID");
    bool descending = true;
    const QJsonObject order = RequestParser::upperKeys(params.value(QStringLiteral("ORDER")).toObject());
    if (!order.isEmpty()) {
        sortField = order.begin().key();
        descending = RequestParser::phpString(order.begin().value()).toUpper() == u"DESC";
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const SandboxGroup *a, const SandboxGroup *b) {
        int r = 0;
        if (sortField == u"NAME")
            r = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        else
            r = a->id < b->id ? -1 : (a->id > b->id ? 1 : 0);
        return descending ? r > 0 : r < 0;
    });
    QJsonArray all;
    for (const SandboxGroup *g : rows)
        all.append(groupJson(*g));
    return pageOf(all, RequestParser::phpInt(call.params.value(QStringLiteral("start"))));
}
