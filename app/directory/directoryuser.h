#pragma once

#include "directory/userstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One user of the portal as the directory keeps it: the fields we show or match on and the derived
// state (the rest of the user.get row is not kept: nothing reads it).
struct DirectoryUser {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString secondName;
    QString email;
    QString position;
    QString workPhone;
    QString mobilePhone;
    QString innerPhone;
    QList<qint64> departmentIds;
    QString userType; // "employee", "extranet", "email" or "" when the portal has no intranet module
    bool active = true;
    bool lastLoginKnown = false; // false when the scope hides LAST_LOGIN (user_basic, user_brief)
    QDateTime lastLogin;         // invalid when never logged in
    QDateTime dateRegister;
    UserState state = UserState::Unknown;

    // Parses one user.get row defensively (spec §8). Empty when the row has no usable ID.
    static std::optional<DirectoryUser> fromJson(const QJsonObject &row);

    QString emailNormalized() const;
    QString fullName() const;    // "Anna Berg"; may be empty for people invited by e-mail only
    QString displayName() const; // full name, else the e-mail
    QStringList phones() const;

    // A digest of everything we store except the raw JSON, so that fields that change all the time
    // (IS_ONLINE, LAST_ACTIVITY_DATE) do not turn every refresh into "N changed".
    QByteArray contentHash() const;
    // The same, from the stored forms the writer has already made (departments joined with ',', the
    // dates as UTC ISO-8601 or empty), so that nothing is formatted twice per row.
    QByteArray contentHash(const QString &departments, const QString &lastLoginIso,
                           const QString &dateRegisterIso) const;
    static QString isoOrEmpty(const QDateTime &when);
};
