#pragma once

#include "invite/emailaddress.h"

#include <QString>

// One person to invite as the user entered them (typed, pasted or imported), with the result of
// checking the address. Invalid entries are kept, never dropped, so the user can see and fix them.
struct Recipient {
    QString source;     // the text this recipient came from, for display and error messages
    QString email;      // address as written (without display name and angle brackets)
    QString firstName;  // NAME
    QString middleName; // SECOND_NAME (e.g. a patronymic)
    QString lastName;   // LAST_NAME
    QString position;   // WORK_POSITION
    QString department; // department name as given in a CSV file, matched against the directory later
    EmailCheck check;   // filled by RecipientListParser / CsvRecipientReader

    bool isValid() const { return check.isValid(); }
    QString fullName() const;
};
