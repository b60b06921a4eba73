#include "directory/directoryuser.h"

#include "directory/portalfields.h"
#include "directory/searchtext.h"

#include <QCryptographicHash>

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

QString DirectoryUser::isoOrEmpty(const QDateTime &when) {
    // Qt::ISODate's form ("2025-06-01T08:00:00Z"), written by hand: QDateTime::toString goes through the
    // locale's formatter, twice per person in a sync.
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    const struct {
        int value;
        int width;
        char16_t after;
    } parts[] = {{date.year(), 4, u'-'}, {date.month(), 2, u'-'},  {date.day(), 2, u'T'},
                 {time.hour(), 2, u':'}, {time.minute(), 2, u':'}, {time.second(), 2, u'Z'}};
    QString text(20, Qt::Uninitialized);
    QChar *out = text.data();
    for (const auto &part : parts) {
        int value = part.value;
        for (int i = part.width - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(u'0' + value % 10);
        out += part.width;
        *out++ = QChar(part.after);
    }
    return text;
}

QByteArray DirectoryUser::contentHash() const {
    QStringList departments;
    for (const qint64 department : departmentIds)
        departments << QString::number(department);
    return contentHash(departments.join(u','), isoOrEmpty(lastLogin), isoOrEmpty(dateRegister));
}

QByteArray DirectoryUser::contentHash(const QString &departments, const QString &lastLoginIso,
                                      const QString &dateRegisterIso) const {
    // The fields' UTF-8 bytes, each followed by 0x1f, hashed at once: one buffer per row instead of a
    // conversion per field.
    QByteArray bytes;
    bytes.reserve(256);
    const auto add = [&bytes](QStringView s) {
        // ASCII (the usual case) is one byte per character, written in place.
        const qsizetype at = bytes.size();
        bytes.resize(at + s.size() + 1);
        char *out = bytes.data() + at;
        for (const QChar c : s) {
            if (c.unicode() >= 0x80) { // rare: the whole field through the codec, same bytes
                bytes.truncate(at);
                bytes += s.toUtf8();
                bytes += '\x1f';
                return;
            }
            *out++ = char(c.unicode());
        }
        *out = '\x1f';
    };
    for (const QString *field : {&firstName, &lastName, &secondName, &email, &position, &workPhone,
                                 &mobilePhone, &innerPhone, &departments, &userType})
        add(*field);
    add(active ? u"1" : u"0");
    add(lastLoginIso);
    add(dateRegisterIso);
    add(QString::number(UserStates::toStorage(state)));
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}
