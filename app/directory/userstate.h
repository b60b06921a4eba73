#pragma once

#include <QString>
#include <QStringList>

// A directory user's standing as the UI and the invite dialog's duplicate check see it. Stored as an
// integer in the users table; the numbers are part of the file format, never renumber them.
enum class UserState {
    Unknown = 0,
    Employee = 1,
    Extranet = 2,
    Dismissed = 3,
    Invited = 4, // active, never logged in (spec §7.1): the invitation is not yet accepted
};

namespace UserStates {
// Derives the state from the portal's fields. lastLoginKnown is false when the scope did not return
// LAST_LOGIN at all (user_basic / user_brief): then nobody can be told apart as "invited".
UserState derive(bool active, const QString &userType, bool lastLoginKnown, bool everLoggedIn);

int toStorage(UserState state);
UserState fromStorage(int value);

// The translated label shown in the state column and the filter ("Employee", "Invited", …).
QString displayName(UserState state);

// Stable lower-case token for logs and tests ("employee", "invited", …).
QString token(UserState state);

// When one e-mail belongs to several users (a dismissed person re-invited), the more relevant state
// wins: active employee/extranet over invited over dismissed.
int precedence(UserState state);
} // namespace UserStates
