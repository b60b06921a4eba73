#include "directory/userstate.h"

#include <QCoreApplication>

UserState UserStates::derive(bool active, const QString &userType, bool lastLoginKnown, bool everLoggedIn) {
    if (!active)
        return UserState::Dismissed;
    if (lastLoginKnown && !everLoggedIn)
        return UserState::Invited;
    if (userType.compare(u"extranet", Qt::CaseInsensitive) == 0)
        return UserState::Extranet;
    return UserState::Employee;
}

int UserStates::toStorage(UserState state) {
    return static_cast<int>(state);
}

UserState UserStates::fromStorage(int value) {
    switch (value) {
    case 1:
        return UserState::Employee;
    case 2:
        return UserState::Extranet;
    case 3:
        return UserState::Dismissed;
    case 4:
        return UserState::Invited;
    default:
        return UserState::Unknown;
    }
}

QString UserStates::displayName(UserState state) {
    switch (state) {
    case UserState::Employee:
        return QCoreApplication::translate("UserState", "Employee");
    case UserState::Extranet:
        return QCoreApplication::translate("UserState", "Extranet");
    case UserState::Dismissed:
        return QCoreApplication::translate("UserState", "Dismissed");
    case UserState::Invited:
        return QCoreApplication::translate("UserState", "Invited");
    case UserState::Unknown:
        break;
    }
    return QCoreApplication::translate("UserState", "Unknown");
}

QString UserStates::token(UserState state) {
    switch (state) {
    case UserState::Employee:
        return QStringLiteral("employee");
    case UserState::Extranet:
        return QStringLiteral("extranet");
    case UserState::Dismissed:
        return QStringLiteral("dismissed");
    case UserState::Invited:
        return QStringLiteral("invited");
    case UserState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int UserStates::precedence(UserState state) {
    switch (state) {
    case UserState::Employee:
    case UserState::Extranet:
        return 3;
    case UserState::Invited:
        return 2;
    case UserState::Dismissed:
        return 1;
    case UserState::Unknown:
        break;
    }
    return 0;
}
