#pragma once

#include <QString>

// A display name split into the parts Bitrix24 stores (NAME, SECOND_NAME, LAST_NAME).
struct PersonName {
    QString first;
    QString middle;
    QString last;

    // Splits a display name: "Last, First", "First Middle Last", "Ludwig van Beethoven",
    // "SMITH John" (upper-case family name first), "Иванов Иван Иванович" (family name first when a
    // patronymic ends the name). Outer quotes and stray whitespace are removed.
    static PersonName fromDisplayName(const QString &displayName);

    // Joins the parts for display in the order of the name's script (family name last).
    static QString join(const QString &first, const QString &middle, const QString &last);
};
