#pragma once

#include "invite/emailaddress.h"

#include <QString>
#include <QStringList>

// One person to invite as the user entered them (typed, pasted or imported), with the result of
// checking the address. Invalid entries are kept, never dropped, so the user can see and fix them.
struct Recipient {
    QString source;          // the text this recipient came from, for display and error messages
    QString email;           // address as written (without display name and angle brackets)
    QString firstName;       // NAME
    QString middleName;      // SECOND_NAME (e.g. a patronymic)
    QString lastName;        // LAST_NAME
    QString position;        // WORK_POSITION
    QString department;      // department name or ID as given (CSV file, grid), matched against the directory
    qint64 departmentId = 0; // the match of `department`; 0 when none is given (the dialog's target)
    QString sourceFile;      // the file the recipient was imported from; empty when typed or pasted
    int sourceLine = 0;      // 1-based line of sourceFile where the recipient's row starts
    QStringList problems;    // translated; besides the address (unknown department, broken CSV row)
    EmailCheck check;        // filled by RecipientListParser / CsvRecipientReader

    bool isValid() const { return check.isValid(); }
    QString fullName() const;
};
