#pragma once

#include "invite/recipient.h"

#include <QList>
#include <QString>

// Turns typed or pasted text into recipients. Entries may be separated by commas, semicolons, spaces,
// tabs or new lines and written as a bare address, `Name <address>`, `"Last, First" <address>`,
// `Last, First <address>`, `address (Name)` or a spreadsheet row `First<TAB>Last<TAB>address`.
// Every token that is not part of a name becomes a recipient: invalid ones carry their problem, so
// nothing the user pasted disappears silently. Linear in the length of the text.
class RecipientListParser {
public:
    QList<Recipient> parse(const QString &text) const;
};
