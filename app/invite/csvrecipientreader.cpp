#include "invite/csvrecipientreader.h"

#include "invite/csvencoding.h"
#include "invite/personname.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace {

struct Record {
    int line = 0;
    QStringList fields;
    bool unclosedQuote = false;
};

// Splits CSV text into records. Quotes open only at the start of a field; a quote elsewhere is text.
QList<Record> splitRecords(QStringView text, QChar delimiter) {
    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = line;
    bool inQuotes = false;
    bool fieldStarted = false;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records.append(current);
        current = Record();
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (!(c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n'))
                    field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (inQuotes)
        current.unclosedQuote = true;
    if (inQuotes || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QChar detectDelimiter(QStringView firstLine) {
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u';', u',', u'\t'};
    bool inQuotes = false;
    for (QChar c : firstLine) {
        if (c == u'"')
            inQuotes = !inQuotes;
        if (inQuotes)
            continue;
        for (int k = 0; k < 3; ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    int best = 1; // ',' when nothing is found: a single column
    for (int k = 0; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

QString headerKey(const QString &header) {
    QString key;
    for (QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

bool isBlankRecord(const Record &r) {
    for (const QString &f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Excel writes ="00123" to keep text; take the text.
QString cellText(const QString &raw) {
    const QString t = raw.trimmed();
    if (t.size() >= 3 && t.startsWith(QLatin1String("=\"")) && t.endsWith(u'"'))
        return t.mid(2, t.size() - 3);
    return t;
}

using Column = CsvRecipientReader::Column;

// The column with most addresses in it: the e-mail column of a file whose header does not name one.
qsizetype addressColumn(const QList<Record> &records, qsizetype width) {
    QList<int> atCounts(width, 0);
    for (const Record &r : records) {
        for (qsizetype k = 0; k < r.fields.size(); ++k)
            atCounts[k] += r.fields.at(k).contains(u'@');
    }
    return std::max_element(atCounts.cbegin(), atCounts.cend()) - atCounts.cbegin();
}

// Decides the header and what each column holds; returns the index of the first data record.
qsizetype readColumns(const QList<Record> &records, const QList<int> &chosen, CsvRecipientImport *result) {
    qsizetype width = 0;
    for (const Record &r : records)
        width = std::max(width, r.fields.size());
    const Record &first = records.constFirst();
    QList<int> named(width, int(Column::Ignored));
    int known = 0;
    bool emailNamed = false;
    bool firstHasAt = false;
    for (qsizetype k = 0; k < first.fields.size(); ++k) {
        const Column c = CsvRecipientReader::columnForHeader(first.fields.at(k));
        named[k] = int(c);
        known += c != Column::Ignored;
        emailNamed = emailNamed || c == Column::Email;
        firstHasAt = firstHasAt || first.fields.at(k).contains(u'@');
    }
    const bool othersHaveAt = std::any_of(records.cbegin() + 1, records.cend(), [](const Record &r) {
        return std::any_of(r.fields.cbegin(), r.fields.cend(),
                           [](const QString &f) { return f.contains(u'@'); });
    });
    result->hasHeader = !firstHasAt && (emailNamed || known >= 2 || othersHaveAt);
    result->headerKnown = result->hasHeader && emailNamed;
    for (qsizetype k = 0; k < width; ++k) {
        result->headerCells
            << (result->hasHeader && k < first.fields.size()
                    ? cellText(first.fields.at(k))
                    : QCoreApplication::translate("CsvRecipientReader", "Column %1").arg(k + 1));
    }
    if (!chosen.isEmpty()) {
        result->columns = chosen.mid(0, width);
        while (result->columns.size() < width)
            result->columns << int(Column::Ignored);
        return result->hasHeader ? 1 : 0;
    }
    if (result->headerKnown) {
        result->columns = named;
        return 1;
    }
    // The addresses found by their content; the other columns by their header name where it is
    // known, else in order as first name, last name, position and department.
    const qsizetype email = addressColumn(records, width);
    const Column rest[] = {Column::FirstName, Column::LastName, Column::Position, Column::Department};
    size_t next = 0;
    result->columns = QList<int>(width, int(Column::Ignored));
    QStringList labels;
    for (qsizetype k = 0; k < width; ++k) {
        if (k == email)
            result->columns[k] = int(Column::Email);
        else if (result->hasHeader)
            result->columns[k] = named.at(k) == int(Column::Email) ? int(Column::Ignored) : named.at(k);
        else if (next < std::size(rest))
            result->columns[k] = int(rest[next++]);
        labels << CsvRecipientReader::columnLabel(Column(result->columns.at(k)));
    }
    result->notes << (result->hasHeader ? QCoreApplication::translate(
                                              "CsvRecipientReader",
                                              "The header row names no e-mail column; columns read "
                                              "as: %1. Choose what each column holds if this is wrong.")
                                        : QCoreApplication::translate("CsvRecipientReader",
                                                                      "No header row; columns read as: %1."))
                         .arg(labels.join(QStringLiteral(", ")));
    return result->hasHeader ? 1 : 0;
}

void putField(Recipient &r, QString *fullName, Column column, const QString &value) {
    switch (column) {
    case Column::Email:
        r.email = value;
        break;
    case Column::FirstName:
        r.firstName = value;
        break;
    case Column::MiddleName:
        r.middleName = value;
        break;
    case Column::LastName:
        r.lastName = value;
        break;
    case Column::FullName:
        *fullName = value;
        break;
    case Column::Position:
        r.position = value;
        break;
    case Column::Department:
        r.department = value;
        break;
    case Column::Ignored:
        break;
    }
}

// `lineOffset`: lines before the text that was split (Excel's "sep=" line).
CsvRecipientRow readRow(const Record &rec, const CsvRecipientImport &file, const QString &fileName,
                        qsizetype headerWidth, int lineOffset) {
    CsvRecipientRow row;
    row.line = rec.line + lineOffset;
    row.fields = rec.fields;
    Recipient &r = row.recipient;
    QString fullName;
    for (qsizetype k = 0; k < rec.fields.size() && k < file.columns.size(); ++k)
        putField(r, &fullName, Column(file.columns.at(k)), cellText(rec.fields.at(k)));
    if (!fullName.isEmpty() && r.firstName.isEmpty() && r.lastName.isEmpty()) {
        const PersonName n = PersonName::fromDisplayName(fullName);
        r.firstName = n.first;
        r.middleName = r.middleName.isEmpty() ? n.middle : r.middleName;
        r.lastName = n.last;
    }
    if (r.email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        r.email = r.email.mid(7);
    r.source = rec.fields.join(file.delimiter);
    r.sourceFile = fileName;
    r.sourceLine = row.line;
    r.check = EmailAddress::check(r.email);
    if (rec.unclosedQuote) {
        const QString unclosed = QCoreApplication::translate(
            "CsvRecipientReader",
            "A quotation mark is not closed; the rest of the file was read as one field.");
        row.problems << unclosed;
        r.problems << unclosed;
    }
    if (r.email.isEmpty())
        row.problems << QCoreApplication::translate("CsvRecipientReader", "No e-mail address in this row.");
    else if (!r.check.isValid())
        row.problems << EmailAddress::problemText(r.check.problem);
    if (file.hasHeader && rec.fields.size() > headerWidth)
        row.problems << QCoreApplication::translate(
            "CsvRecipientReader", "This row has more fields than the header; the extra ones were ignored.");
    return row;
}

} // namespace

CsvRecipientReader::Column CsvRecipientReader::columnForHeader(const QString &header) {
    static const QHash<QString, Column> known = [] {
        QHash<QString, Column> h;
        auto add = [&h](Column c, std::initializer_list<const char16_t *> names) {
            for (const char16_t *n : names)
                h.insert(QString::fromUtf16(n), c);
        };
        add(Column::Email, {u"email",
                            u"mail",
                            u"emailaddress",
                            u"mailaddress",
                            u"emailadresse",
                            u"mailadresse",
                            u"почта",
                            u"электроннаяпочта",
                            u"email адрес",
                            u"emailадрес",
                            u"адресэлектроннойпочты",
                            u"адреспочты",
                            u"эпочта",
                            u"элпочта",
                            u"courriel",
                            u"correo",
                            u"correoelectronico",
                            u"work email",
                            u"workemail",
                            u"primaryemail",
                            u"emailprimary",
                            u"emails"});
        add(Column::FirstName, {u"firstname", u"first", u"givenname", u"forename", u"имя", u"vorname",
                                u"prénom", u"prenom", u"nombre", u"name1"});
        add(Column::MiddleName, {u"middlename", u"secondname", u"отчество", u"middle", u"zweitname"});
        add(Column::LastName, {u"lastname", u"last", u"surname", u"familyname", u"фамилия", u"nachname",
                               u"familienname", u"nom", u"apellido", u"apellidos", u"name2"});
        add(Column::FullName, {u"name", u"fullname", u"displayname", u"фио", u"имяфамилия", u"фамилияимя",
                               u"фамилияимяотчество", u"полноеимя", u"vollständigername", u"anzeigename",
                               u"employee", u"сотрудник", u"mitarbeiter", u"contact", u"контакт"});
        add(Column::Position, {u"position", u"jobtitle", u"title", u"job", u"role", u"должность", u"позиция",
                               u"stellung", u"berufsbezeichnung", u"stelle", u"funktion", u"workposition"});
        add(Column::Department,
            {u"department", u"dept", u"division", u"team", u"отдел", u"подразделение", u"департамент",
             u"abteilung", u"bereich", u"unit", u"group", u"workdepartment"});
        return h;
    }();
    return known.value(headerKey(header), Column::Ignored);
}

QString CsvRecipientReader::columnLabel(Column c) {
    switch (c) {
    case Column::Email:
        return QCoreApplication::translate("CsvRecipientReader", "e-mail");
    case Column::FirstName:
        return QCoreApplication::translate("CsvRecipientReader", "first name");
    case Column::MiddleName:
        return QCoreApplication::translate("CsvRecipientReader", "middle name");
    case Column::LastName:
        return QCoreApplication::translate("CsvRecipientReader", "last name");
    case Column::FullName:
        return QCoreApplication::translate("CsvRecipientReader", "name");
    case Column::Position:
        return QCoreApplication::translate("CsvRecipientReader", "position");
    case Column::Department:
        return QCoreApplication::translate("CsvRecipientReader", "department");
    case Column::Ignored:
        break;
    }
    return QCoreApplication::translate("CsvRecipientReader", "ignored");
}

QByteArray CsvRecipientReader::templateFile() {
    return QByteArrayLiteral("\xEF\xBB\xBF"
                             "E-mail,First name,Middle name,Last name,Position,Department\r\n"
                             "anna.smith@example.com,Anna,,Smith,Accountant,Finance\r\n");
}

QList<Recipient> CsvRecipientImport::usableRecipients() const {
    QList<Recipient> usable;
    if (!ok || !decoded)
        return usable;
    for (const CsvRecipientRow &row : rows) {
        if (row.recipient.isValid())
            usable << row.recipient;
    }
    return usable;
}

CsvRecipientImport CsvRecipientReader::readFile(const QString &path, const Options &options) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvRecipientImport result;
        result.ok = false;
        result.notes << QCoreApplication::translate("CsvRecipientReader", "The file could not be opened: %1")
                            .arg(file.errorString());
        return result;
    }
    Options named = options;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(path).fileName();
    return read(file.readAll(), named);
}

CsvRecipientImport CsvRecipientReader::read(const QByteArray &data, const Options &options) const {
    CsvRecipientImport result;
    result.encoding = options.encoding.isEmpty() ? CsvEncoding::detect(data) : options.encoding;
    result.hadByteOrderMark =
        data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF");
    std::optional<QString> decoded = CsvEncoding::decode(data, result.encoding);
    if (!decoded) {
        // Shown so the user sees what went wrong, never added: the replaced characters are lost.
        result.decoded = false;
        result.notes << QCoreApplication::translate(
                            "CsvRecipientReader",
                            "The file is not valid %1 text, so no row can be added. Choose the encoding "
                            "it was saved in.")
                            .arg(CsvEncoding::label(result.encoding));
        decoded = QString::fromUtf8(data);
    }
    QString text = *decoded;

    // Excel's delimiter hint: a first line "sep=;".
    QChar forced;
    int lineOffset = 0;
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() > 4) {
        forced = text.at(4);
        lineOffset = 1;
        const qsizetype eol = text.indexOf(u'\n');
        text = eol < 0 ? QString() : text.mid(eol + 1);
    }
    const qsizetype firstEol = text.indexOf(u'\n');
    result.delimiter = forced.isNull()
                           ? detectDelimiter(QStringView(text).left(firstEol < 0 ? text.size() : firstEol))
                           : forced;

    QList<Record> records = splitRecords(text, result.delimiter);
    records.erase(std::remove_if(records.begin(), records.end(), isBlankRecord), records.end());
    if (records.isEmpty()) {
        result.notes << QCoreApplication::translate("CsvRecipientReader", "The file contains no rows.");
        return result;
    }
    const qsizetype dataStart = readColumns(records, options.columns, &result);
    const qsizetype headerWidth = result.hasHeader ? records.constFirst().fields.size() : 0;
    for (qsizetype ri = dataStart; ri < records.size(); ++ri)
        result.rows.append(readRow(records.at(ri), result, options.fileName, headerWidth, lineOffset));
    if (result.usableRecipients().isEmpty() && result.decoded)
        result.notes << QCoreApplication::translate(
            "CsvRecipientReader", "No row has a usable e-mail address, so there is nothing to add.");
    return result;
}
