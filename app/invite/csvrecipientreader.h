#pragma once

#include "invite/recipient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One data row of an imported CSV file, ready for a preview table.
struct CsvRecipientRow {
    int line = 0;         // 1-based line in the file where the row starts
    QStringList fields;   // the raw fields, for showing the original row
    Recipient recipient;  // recipient.check tells whether the address is usable
    QStringList problems; // translated, per row (invalid address, missing address, unclosed quote, …)
};

// The whole import: rows plus what was detected about the file.
struct CsvRecipientImport {
    QList<CsvRecipientRow> rows;
    QChar delimiter = u',';
    bool hasHeader = false;
    bool hadByteOrderMark = false;
    QStringList notes; // translated, about the file as a whole
    bool ok = true;    // false when the file could not be read at all
};

// Reads recipient lists exported from Excel, LibreOffice, Google Sheets and HR systems: UTF-8 with or
// without BOM, `,`, `;` or tab (detected, Excel's `sep=` line honoured), RFC 4180 quoting with doubled
// quotes and embedded new lines, CRLF or LF. A header row is recognised by its column names in
// English, Russian or German; without one, the address column is found by its content.
class CsvRecipientReader {
public:
    enum class Column { Ignored, Email, FirstName, MiddleName, LastName, FullName, Position, Department };

    CsvRecipientImport read(const QByteArray &data) const;
    CsvRecipientImport readFile(const QString &path) const;

    // The column a header cell names ("E-mail", "Vorname", "Фамилия", …), or Ignored.
    static Column columnForHeader(const QString &header);
};
