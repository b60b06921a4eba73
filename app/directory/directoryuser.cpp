#include "directory/directoryuser.h"

#include "directory/portalfields.h"
#include "directory/searchtext.h"

#include <QCryptographicHash>
#include <QJsonDocument>

std::optional<DirectoryUser> DirectoryUser::fromJson(const QJsonObject &row) {
    const auto id = PortalFields::id(row.value(u"ID"));
    if (!id)
        return std::nullopt;

    DirectoryUser user;
    user.id = *id;
    user.firstName = PortalFields::text(row.value(u"NAME"));
    user.lastName = PortalFields::text(row.value(u"LAST_NAME"));
    user.secondName = PortalFields::text(row.value(u"SECOND_NAME"));
    user.email = PortalFields::text(row.value(u"EMAIL"));
    user.position = PortalFields::text(row.value(u"WORK_POSITION"));
    user.workPhone = PortalFields::text(row.value(u"WORK_PHONE"));
    user.mobilePhone = PortalFields::text(row.value(u"PERSONAL_MOBILE"));
    user.innerPhone = PortalFields::text(row.value(u"UF_PHONE_INNER"));
    user.departmentIds = PortalFields::idList(row.value(u"UF_DEPARTMENT"));
    user.userType = PortalFields::text(row.value(u"USER_TYPE")).toLower();
    // A row without ACTIVE comes from a restricted scope; the portal lists active users by default.
    user.active = PortalFields::flag(row.value(u"ACTIVE")).value_or(true);
    user.lastLoginKnown = row.contains(u"LAST_LOGIN");
    user.lastLogin = PortalFields::dateTime(row.value(u"LAST_LOGIN"));
    user.dateRegister = PortalFields::dateTime(row.value(u"DATE_REGISTER"));
    user.state =
        UserStates::derive(user.active, user.userType, user.lastLoginKnown, user.lastLogin.isValid());
    user.rawJson = QJsonDocument(row).toJson(QJsonDocument::Compact);
    return user;
}

QString DirectoryUser::emailNormalized() const {
    return SearchText::normalizedEmail(email);
}

QString DirectoryUser::fullName() const {
    QStringList parts;
    for (const QString &part : {firstName, secondName, lastName})
        if (!part.isEmpty())
            parts << part;
    return parts.join(u' ');
}

QString DirectoryUser::displayName() const {
    const QString name = fullName();
    return name.isEmpty() ? email : name;
}

QStringList DirectoryUser::phones() const {
    QStringList result;
    for (const QString &phone : {workPhone, mobilePhone, innerPhone})
        if (!phone.isEmpty())
            result << phone;
    return result;
}

QByteArray DirectoryUser::contentHash() const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &s) {
        hash.addData(s.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(firstName);
    add(lastName);
    add(secondName);
    add(email);
    add(position);
    add(workPhone);
    add(mobilePhone);
    add(innerPhone);
    QStringList departments;
    for (const qint64 department : departmentIds)
        departments << QString::number(department);
    add(departments.join(u','));
    add(userType);
    add(QString::number(int(active)));
    add(lastLogin.isValid() ? lastLogin.toUTC().toString(Qt::ISODate) : QString());
    add(dateRegister.isValid() ? dateRegister.toUTC().toString(Qt::ISODate) : QString());
    add(QString::number(UserStates::toStorage(state)));
    return hash.result();
}
