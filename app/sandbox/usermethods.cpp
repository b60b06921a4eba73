// user.* and profile handlers of RestMethods (spec §6.1–§6.8).
#include "sandbox/restmethods.h"

#include "sandbox/envelope.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxdirectory.h"
#include "sandbox/userquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace {

QList<int> intList(const QJsonValue &value) {
    QList<int> out;
    const auto add = [&](const QJsonValue &v) {
        const qint64 n = RequestParser::phpInt(v);
        if (n > 0 && !out.contains(int(n)))
            out.append(int(n));
    };
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            add(v);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.value());
    } else {
        add(value);
    }
    return out;
}

bool validEmail(const QJsonValue &value) {
    static const QRegularExpression rx(QStringLiteral(
        "^[A-Za-z0-9._%+'\\-!#$&*/=?^`{|}~]+@([A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$"));
    return value.isString() && rx.match(value.toString().trimmed()).hasMatch();
}

// Portal maps any non-empty value other than "N" to Y (spec §8.1).
bool activeValue(const QJsonValue &value) {
    const QString s = RequestParser::phpString(value);
    return !(s.isEmpty() || s == u"0" || s == u"N");
}

QString confirmCode() {
    static const char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyz0123456789";
    QString code(8, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        code[i] = QChar(alphabet[QRandomGenerator::global()->bounded(36)]);
    return code;
}

} // namespace

void RestMethods::applyFields(SandboxUser *u, const QJsonObject &f) {
    static const QSet<QString> extraFields = {QStringLiteral("XML_ID"),
                                              QStringLiteral("TITLE"),
                                              QStringLiteral("PERSONAL_PROFESSION"),
                                              QStringLiteral("PERSONAL_WWW"),
                                              QStringLiteral("PERSONAL_ICQ"),
                                              QStringLiteral("PERSONAL_PHONE"),
                                              QStringLiteral("PERSONAL_FAX"),
                                              QStringLiteral("PERSONAL_PAGER"),
                                              QStringLiteral("PERSONAL_STREET"),
                                              QStringLiteral("PERSONAL_STATE"),
                                              QStringLiteral("PERSONAL_ZIP"),
                                              QStringLiteral("PERSONAL_COUNTRY"),
                                              QStringLiteral("PERSONAL_MAILBOX"),
                                              QStringLiteral("PERSONAL_NOTES"),
                                              QStringLiteral("WORK_COMPANY"),
                                              QStringLiteral("WORK_DEPARTMENT"),
                                              QStringLiteral("WORK_WWW"),
                                              QStringLiteral("WORK_FAX"),
                                              QStringLiteral("WORK_PAGER"),
                                              QStringLiteral("WORK_STREET"),
                                              QStringLiteral("WORK_MAILBOX"),
                                              QStringLiteral("WORK_CITY"),
                                              QStringLiteral("WORK_STATE"),
                                              QStringLiteral("WORK_ZIP"),
                                              QStringLiteral("WORK_COUNTRY"),
                                              QStringLiteral("WORK_PROFILE"),
                                              QStringLiteral("WORK_NOTES"),
                                              QStringLiteral("UF_SKYPE_LINK"),
                                              QStringLiteral("UF_ZOOM"),
                                              QStringLiteral("UF_INTERESTS"),
                                              QStringLiteral("UF_SKILLS"),
                                              QStringLiteral("UF_WEB_SITES"),
                                              QStringLiteral("UF_XING"),
                                              QStringLiteral("UF_LINKEDIN"),
                                              QStringLiteral("UF_FACEBOOK"),
                                              QStringLiteral("UF_TWITTER"),
                                              QStringLiteral("UF_SKYPE"),
                                              QStringLiteral("UF_DISTRICT")};
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString &k = it.key();
        if (!(it.value().isString() || it.value().isDouble() || it.value().isBool() || it.value().isNull())) {
            if (k != u"UF_DEPARTMENT")
                continue; // a field that needs a scalar silently ignores arrays and objects
        }
        const QString v = RequestParser::phpString(it.value());
        if (k == u"NAME")
            u->name = v;
        else if (k == u"LAST_NAME")
            u->lastName = v;
        else if (k == u"SECOND_NAME")
            u->secondName = v;
        else if (k == u"PERSONAL_GENDER")
            u->personalGender = (v == u"M" || v == u"F") ? v : QString();
        else if (k == u"PERSONAL_BIRTHDAY")
            u->personalBirthday = v;
        else if (k == u"PERSONAL_MOBILE")
            u->personalMobile = v;
        else if (k == u"PERSONAL_CITY")
            u->personalCity = v;
        else if (k == u"WORK_PHONE")
            u->workPhone = v;
        else if (k == u"WORK_POSITION")
            u->workPosition = v;
        else if (k == u"UF_PHONE_INNER")
            u->phoneInner = v;
        else if (k == u"UF_EMPLOYMENT_DATE")
            u->employmentDate = v;
        else if (k == u"TIME_ZONE")
            u->timeZone = v;
        else if (k == u"ACTIVE")
            u->active = activeValue(it.value());
        else if (k == u"UF_DEPARTMENT")
            u->departments = intList(it.value());
        else if (extraFields.contains(k))
            u->extra.insert(k, v);
    }
    u->timestampX = QDateTime::currentSecsSinceEpoch();
}

bool RestMethods::mayInvite(const SandboxCaller &caller) const {
    if (caller.admin)
        return true;
    const SandboxUser *u = m_directory->user(caller.userId);
    return m_options->everyoneMayInvite && u && u->active && u->userType == u"employee";
}

RestOutcome RestMethods::userArgumentError(const QString &description) const {
    if (m_options->userAddErrorCore)
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), description);
    RestOutcome o = RestOutcome::fail(400, QStringLiteral("ERROR_ARGUMENT"), description);
    o.extra.insert(QStringLiteral("argument"), QString());
    return o;
}

RestOutcome RestMethods::userCurrent(const RestCall &call) {
    const SandboxUser *u = m_directory->user(call.caller.userId);
    if (!u)
        return RestOutcome::fail(401, QStringLiteral("authorization_error"),
                                 QStringLiteral("Unable to authorize user"));
    return RestOutcome::ok(UserQuery::toJson(*u, {}, UserQuery::fieldSetOf(call.caller.scopes)));
}

RestOutcome RestMethods::userAdmin(const RestCall &call) {
    return RestOutcome::ok(call.caller.admin);
}

RestOutcome RestMethods::userAccess(const RestCall &call) {
    if (call.caller.admin)
        return RestOutcome::ok(true);
    const QJsonObject params = RequestParser::upperKeys(call.params);
    QJsonValue access = params.value(QStringLiteral("ACCESS"));
    QStringList codes;
    if (access.isArray()) {
        for (const QJsonValue &v : access.toArray())
            codes.append(RequestParser::phpString(v));
    } else if (access.isObject()) {
        const QJsonObject o = access.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            codes.append(RequestParser::phpString(it.value()));
    } else if (!access.isUndefined()) {
        codes.append(RequestParser::phpString(access));
    }
    const QString self = u'U' + QString::number(call.caller.userId);
    for (const QString &code : codes) {
        if (code == self || code == u"AU" || code == u"G2")
            return RestOutcome::ok(true);
    }
    return RestOutcome::ok(false);
}

RestOutcome RestMethods::userFields(const RestCall &call) {
    return RestOutcome::ok(UserQuery::fieldLabels(UserQuery::fieldSetOf(call.caller.scopes)));
}

RestOutcome RestMethods::userGet(const RestCall &call) {
    return UserQuery::run(*m_directory, call, false, m_options->timestampFilterEmpty);
}

RestOutcome RestMethods::userSearch(const RestCall &call) {
    return UserQuery::run(*m_directory, call, true, m_options->timestampFilterEmpty);
}

RestOutcome RestMethods::profile(const RestCall &call) {
    const SandboxUser *u = m_directory->user(call.caller.userId);
    if (!u || !u->active)
        return RestOutcome::ok(QJsonArray());
    return RestOutcome::ok(QJsonObject{{QStringLiteral("ID"), QString::number(u->id)},
                                       {QStringLiteral("ADMIN"), call.caller.admin},
                                       {QStringLiteral("NAME"), u->name},
                                       {QStringLiteral("LAST_NAME"), u->lastName},
                                       {QStringLiteral("PERSONAL_GENDER"), u->personalGender},
                                       {QStringLiteral("TIME_ZONE"), u->timeZone}});
}

RestOutcome RestMethods::userAdd(const RestCall &call) {
    const QJsonObject params = RequestParser::upperKeys(call.params);
    // Order as the portal checks (spec §6.7): right → extranet group → e-mail → licence →
    // department → registration (duplicate e-mail).
    if (!mayInvite(call.caller))
        return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("access_denied"));
    const QJsonValue extranetValue = params.value(QStringLiteral("EXTRANET"));
    const bool extranet = extranetValue.isBool() ? extranetValue.toBool()
                                                 : RequestParser::phpString(extranetValue).toUpper() == u"Y";
    const QList<int> groups = intList(params.value(QStringLiteral("SONET_GROUP_ID")));
    if (extranet && groups.isEmpty()) {
        if (m_options->userAddErrorCore)
            return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"),
                                     QStringLiteral("no_sonet_group_for_extranet"));
        return RestOutcome::fail(400, QStringLiteral("ERROR_GROUPID"),
                                 QStringLiteral("Group code not specified"));
    }
    const QJsonValue email = params.value(QStringLiteral("EMAIL"));
    if (!validEmail(email))
        return userArgumentError(QStringLiteral("wrong_email"));
    if (m_options->userLimit > 0 && m_directory->activeUserCount() >= m_options->userLimit)
        return userArgumentError(QStringLiteral("user_count_exceeded"));
    const QList<int> departments =
        extranet ? QList<int>() : intList(params.value(QStringLiteral("UF_DEPARTMENT")));
    if (!extranet && departments.isEmpty())
        return userArgumentError(QStringLiteral("no_extranet_field"));
    for (int g : groups) {
        if (!m_directory->group(g))
            return RestOutcome::fail(400, QStringLiteral("ERROR_NO_GROUP"),
                                     QStringLiteral("Group is specified incorrectly"));
    }
    for (int d : departments) {
        const SandboxDepartment *dep = m_directory->department(d);
        if (!dep || !dep->active)
            return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QString());
    }
    const QString address = email.toString().trimmed();
    if (m_directory->userByEmail(address))
        return userArgumentError(QStringLiteral("A user with this email already exists"));

    SandboxUser u;
    QJsonObject fields = params;
    fields.remove(QStringLiteral("UF_DEPARTMENT"));
    applyFields(&u, fields);
    u.active = params.contains(QStringLiteral("ACTIVE")) ? activeValue(params.value(QStringLiteral("ACTIVE")))
                                                         : true;
    u.email = address;
    u.departments = departments;
    u.userType = extranet ? QStringLiteral("extranet") : QStringLiteral("employee");
    u.groups = groups;
    u.lastLogin.clear();
    u.dateRegister = Envelope::isoDate(QDateTime::currentDateTime());
    u.confirmCode = confirmCode();
    u.messageText = RequestParser::phpString(params.value(QStringLiteral("MESSAGE_TEXT"))).toHtmlEscaped();
    const int id = m_directory->addUser(std::move(u));
    for (int g : groups) {
        if (SandboxGroup *group = m_directory->group(g))
            group->members.append(id);
    }
    ++m_userAdds;
    return RestOutcome::ok(id);
}

RestOutcome RestMethods::userUpdate(const RestCall &call) {
    const QJsonObject params = RequestParser::upperKeys(call.params);
    const int id = int(RequestParser::phpInt(params.value(QStringLiteral("ID"))));
    SandboxUser *target = m_directory->user(id);
    const RestOutcome denied =
        RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("access_denied"));
    if (!target)
        return denied;
    QJsonObject fields = params;
    fields.remove(QStringLiteral("ID"));
    if (!mayInvite(call.caller)) {
        if (id != call.caller.userId)
            return denied;
        fields.remove(QStringLiteral("ACTIVE")); // one's own profile: these two are dropped silently
        fields.remove(QStringLiteral("UF_DEPARTMENT"));
    }
    if (fields.contains(QStringLiteral("EMAIL"))) {
        const QJsonValue email = fields.value(QStringLiteral("EMAIL"));
        if (!validEmail(email))
            return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"), QStringLiteral("wrong_email"));
        const SandboxUser *other = m_directory->userByEmail(email.toString());
        if (other && other->id != id)
            return RestOutcome::fail(400, QStringLiteral("ERROR_CORE"),
                                     QStringLiteral("A user with this email already exists"));
        m_directory->setEmail(id, email.toString().trimmed());
    }
    applyFields(target, fields);
    return RestOutcome::ok(true);
}

int RestMethods::addRegisteredUser(const QJsonObject &fields) {
    const QJsonObject upper = RequestParser::upperKeys(fields);
    SandboxUser u;
    applyFields(&u, upper);
    const QString email = RequestParser::phpString(upper.value(QStringLiteral("EMAIL")));
    if (!email.isEmpty() && m_directory->userByEmail(email))
        return 0;
    u.email = email;
    if (u.departments.isEmpty() &&
        RequestParser::phpString(upper.value(QStringLiteral("USER_TYPE"))) != u"extranet")
        u.departments = {1};
    if (RequestParser::phpString(upper.value(QStringLiteral("USER_TYPE"))) == u"extranet")
        u.userType = QStringLiteral("extranet");
    u.dateRegister = Envelope::isoDate(QDateTime::currentDateTime());
    u.lastLogin = u.dateRegister;
    return m_directory->addUser(std::move(u));
}
