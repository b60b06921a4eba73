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
    QByteArray encoding;      // the encoding read with (CsvEncoding names), detected or chosen
    bool decoded = true;      // false: the bytes are not text in `encoding`; no row may be added
    bool headerKnown = false; // a header row names the e-mail column; else the user may map columns
    QStringList headerCells;  // the header row's cells, or "Column 1", … without a header
    QList<int> columns;       // CsvRecipientReader::Column per column of the file, as read
    QStringList notes;        // translated, about the file as a whole
    bool ok = true;           // false when the file could not be read at all

    // Rows that may join the recipients: decoded, with a valid address.
    QList<Recipient> usableRecipients() const;
};

// Reads recipient lists exported from Excel, LibreOffice, Google Sheets and HR systems: in the
// encodings CsvEncoding detects, `,`, `;` or tab (detected, Excel's `sep=` line honoured), RFC 4180
// quoting with doubled quotes and embedded new lines, CRLF or LF. A header row is recognised by its
// column names in English, Russian or German; without one, the address column is found by its
// content. The user may overrule the encoding and what each column holds.
class CsvRecipientReader {
public:
    enum class Column { Ignored, Email, FirstName, MiddleName, LastName, FullName, Position, Department };
    static constexpr int ColumnKinds = int(Column::Department) + 1;

    struct Options {
        QByteArray encoding; // empty: detect
        QList<int> columns;  // Column per file column; empty: from the header or the content
        QString fileName;    // shown as each recipient's source
    };

    CsvRecipientImport read(const QByteArray &data, const Options &options = {}) const;
    CsvRecipientImport readFile(const QString &path, const Options &options = {}) const;

    static QString columnLabel(Column column); // translated: "e-mail", "first name", …
    // A file to fill in: UTF-8 with BOM (Excel opens it as such), the header row and one example.
    static QByteArray templateFile();

    // The column a header cell names ("E-mail", "Vorname", "Фамилия", …), or Ignored.
    static Column columnForHeader(const QString &header);
};
