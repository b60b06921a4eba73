// The wire form of a user record, field labels, scope-dependent field sets (spec §6.6) and
// extranet visibility: the parts of UserQuery that are not the query itself.
#include "sandbox/envelope.h"
#include "sandbox/requestparser.h"
#include "sandbox/userquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

const QStringList &UserQuery::standardFields() {
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
    if (f == u"TIMESTAMP_X")
        return {Envelope::isoDate(QDateTime::fromSecsSinceEpoch(u.timestampX))};
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

UserQuery::FieldSet UserQuery::fieldSetOf(const QStringList &scopes) {
    if (scopes.contains(QStringLiteral("user")))
        return FieldSet::Full;
    if (scopes.contains(QStringLiteral("user_basic")))
        return FieldSet::Basic;
    return FieldSet::Brief;
}

bool UserQuery::fieldAllowed(const QString &field, FieldSet fieldSet) {
    // Spec §6.6 (api-reference/user/user-scope.md); USER_TYPE is added for all three.
    static const QSet<QString> brief = {QStringLiteral("ID"),
                                        QStringLiteral("XML_ID"),
                                        QStringLiteral("ACTIVE"),
                                        QStringLiteral("NAME"),
                                        QStringLiteral("LAST_NAME"),
                                        QStringLiteral("SECOND_NAME"),
                                        QStringLiteral("TITLE"),
                                        QStringLiteral("IS_ONLINE"),
                                        QStringLiteral("TIME_ZONE"),
                                        QStringLiteral("PERSONAL_PHOTO"),
                                        QStringLiteral("TIMESTAMP_X"),
                                        QStringLiteral("DATE_REGISTER"),
                                        QStringLiteral("PERSONAL_PROFESSION"),
                                        QStringLiteral("PERSONAL_GENDER"),
                                        QStringLiteral("PERSONAL_BIRTHDAY"),
                                        QStringLiteral("PERSONAL_CITY"),
                                        QStringLiteral("PERSONAL_STATE"),
                                        QStringLiteral("PERSONAL_COUNTRY"),
                                        QStringLiteral("WORK_POSITION"),
                                        QStringLiteral("WORK_CITY"),
                                        QStringLiteral("WORK_STATE"),
                                        QStringLiteral("WORK_COUNTRY"),
                                        QStringLiteral("LAST_ACTIVITY_DATE"),
                                        QStringLiteral("UF_EMPLOYMENT_DATE"),
                                        QStringLiteral("UF_TIMEMAN"),
                                        QStringLiteral("UF_SKILLS"),
                                        QStringLiteral("UF_INTERESTS"),
                                        QStringLiteral("UF_DEPARTMENT"),
                                        QStringLiteral("UF_PHONE_INNER"),
                                        QStringLiteral("USER_TYPE")};
    switch (fieldSet) {
    case FieldSet::Full:
        return true;
    case FieldSet::Basic:
        return field != u"LAST_LOGIN";
    case FieldSet::Brief:
        return brief.contains(field);
    }
    return false;
}

QJsonObject UserQuery::toJson(const SandboxUser &u, const QStringList &select, FieldSet fieldSet) {
    QJsonObject o;
    const bool all = select.isEmpty();
    // Only the wanted fields are built: every QJsonValue is an allocation, and user.get pages
    // usually select a few fields of 2 500 users per request.
    const auto put = [&](const QString &key, const auto &value) {
        if ((all || select.contains(key)) && fieldAllowed(key, fieldSet))
            o.insert(key, QJsonValue(value()));
    };
    put(QStringLiteral("ID"), [&] { return QString::number(u.id); });
    put(QStringLiteral("XML_ID"), [&] { return u.extra.value(QStringLiteral("XML_ID")); });
    put(QStringLiteral("ACTIVE"), [&] { return u.active; });
    put(QStringLiteral("NAME"), [&] { return u.name; });
    put(QStringLiteral("LAST_NAME"), [&] { return u.lastName; });
    put(QStringLiteral("SECOND_NAME"), [&] { return u.secondName; });
    put(QStringLiteral("TITLE"), [&] { return u.extra.value(QStringLiteral("TITLE")); });
    put(QStringLiteral("EMAIL"), [&] { return u.email; });
    put(QStringLiteral("LAST_LOGIN"), [&] { return u.lastLogin; });
    put(QStringLiteral("DATE_REGISTER"), [&] { return u.dateRegister; });
    put(QStringLiteral("TIME_ZONE"), [&] { return u.timeZone; });
    put(QStringLiteral("IS_ONLINE"), [&] { return u.isOnline; });
    put(QStringLiteral("TIMESTAMP_X"), [] { return QJsonObject(); });
    put(QStringLiteral("LAST_ACTIVITY_DATE"), [] { return QJsonObject(); });
    put(QStringLiteral("PERSONAL_GENDER"), [&] { return u.personalGender; });
    put(QStringLiteral("PERSONAL_WWW"), [&] { return u.extra.value(QStringLiteral("PERSONAL_WWW")); });
    put(QStringLiteral("PERSONAL_BIRTHDAY"), [&] { return u.personalBirthday; });
    put(QStringLiteral("PERSONAL_MOBILE"), [&] { return u.personalMobile; });
    put(QStringLiteral("PERSONAL_CITY"), [&] { return u.personalCity; });
    put(QStringLiteral("WORK_PHONE"), [&] { return u.workPhone; });
    put(QStringLiteral("WORK_POSITION"), [&] { return u.workPosition; });
    put(QStringLiteral("UF_EMPLOYMENT_DATE"), [&] { return u.employmentDate; });
    put(QStringLiteral("UF_PHONE_INNER"), [&] { return u.phoneInner; });
    put(QStringLiteral("UF_DEPARTMENT"), [&] {
        QJsonArray departments;
        for (int d : u.departments)
            departments.append(d);
        return departments;
    });
    put(QStringLiteral("USER_TYPE"), [&] { return u.userType; });
    for (auto it = u.extra.begin(); it != u.extra.end(); ++it) {
        if (!o.contains(it.key()))
            put(it.key(), [&] { return it.value(); });
    }
    return o;
}

QJsonObject UserQuery::fieldLabels(FieldSet fieldSet) {
    QJsonObject labels{
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
    for (auto it = labels.begin(); it != labels.end();) {
        if (fieldAllowed(it.key(), fieldSet))
            ++it;
        else
            it = labels.erase(it);
    }
    return labels;
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
