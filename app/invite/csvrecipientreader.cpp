#include "invite/csvrecipientreader.h"

#include "invite/personname.h"

#include <QCoreApplication>
#include <QFile>
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

QString columnLabel(CsvRecipientReader::Column c) {
    switch (c) {
    case CsvRecipientReader::Column::Email:
        return QCoreApplication::translate("CsvRecipientReader", "e-mail");
    case CsvRecipientReader::Column::FirstName:
        return QCoreApplication::translate("CsvRecipientReader", "first name");
    case CsvRecipientReader::Column::MiddleName:
        return QCoreApplication::translate("CsvRecipientReader", "middle name");
    case CsvRecipientReader::Column::LastName:
        return QCoreApplication::translate("CsvRecipientReader", "last name");
    case CsvRecipientReader::Column::FullName:
        return QCoreApplication::translate("CsvRecipientReader", "name");
    case CsvRecipientReader::Column::Position:
        return QCoreApplication::translate("CsvRecipientReader", "position");
    case CsvRecipientReader::Column::Department:
        return QCoreApplication::translate("CsvRecipientReader", "department");
    case CsvRecipientReader::Column::Ignored:
        break;
    }
    return QCoreApplication::translate("CsvRecipientReader", "ignored");
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

CsvRecipientImport CsvRecipientReader::readFile(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvRecipientImport result;
        result.ok = false;
        result.notes << QCoreApplication::translate("CsvRecipientReader", "The file could not be opened: %1")
                            .arg(file.errorString());
        return result;
    }
    return read(file.readAll());
}

CsvRecipientImport CsvRecipientReader::read(const QByteArray &data) const {
    CsvRecipientImport result;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
        result.hadByteOrderMark = true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError())
        result.notes << QCoreApplication::translate(
            "CsvRecipientReader",
            "The file is not valid UTF-8; some characters were replaced. Save it as \"CSV UTF-8\" and "
            "import it again.");

    // Excel's delimiter hint: a first line "sep=;".
    QChar forced;
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() > 4) {
        forced = text.at(4);
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

    // Header: a first row naming an e-mail column (or several known columns) and holding no address.
    QList<Column> columns;
    const Record &first = records.constFirst();
    int known = 0;
    bool emailNamed = false;
    bool hasAt = false;
    for (const QString &f : first.fields) {
        const Column c = columnForHeader(f);
        columns << c;
        known += c != Column::Ignored;
        emailNamed = emailNamed || c == Column::Email;
        hasAt = hasAt || f.contains(u'@');
    }
    result.hasHeader = !hasAt && (emailNamed || known >= 2);
    qsizetype dataStart = 0;
    if (result.hasHeader) {
        dataStart = 1;
        if (!emailNamed)
            result.notes << QCoreApplication::translate("CsvRecipientReader",
                                                        "No e-mail column was found in the header row.");
    } else {
        // No header: the address column is the one with most '@'; the others in order are taken as
        // first name, last name, position and department.
        qsizetype width = 0;
        for (const Record &r : std::as_const(records))
            width = std::max(width, r.fields.size());
        QList<int> atCounts(width, 0);
        for (const Record &r : std::as_const(records)) {
            for (qsizetype k = 0; k < r.fields.size(); ++k)
                atCounts[k] += r.fields.at(k).contains(u'@');
        }
        const qsizetype emailColumn =
            std::max_element(atCounts.cbegin(), atCounts.cend()) - atCounts.cbegin();
        const Column rest[] = {Column::FirstName, Column::LastName, Column::Position, Column::Department};
        columns = QList<Column>(width, Column::Ignored);
        size_t next = 0;
        QStringList labels;
        for (qsizetype k = 0; k < width; ++k) {
            if (k == emailColumn)
                columns[k] = Column::Email;
            else if (next < std::size(rest))
                columns[k] = rest[next++];
            labels << columnLabel(columns.at(k));
        }
        result.notes << QCoreApplication::translate("CsvRecipientReader",
                                                    "No header row; columns read as: %1.")
                            .arg(labels.join(QStringLiteral(", ")));
    }

    for (qsizetype ri = dataStart; ri < records.size(); ++ri) {
        const Record &rec = records.at(ri);
        CsvRecipientRow row;
        row.line = rec.line;
        row.fields = rec.fields;
        Recipient &r = row.recipient;
        QString fullName;
        for (qsizetype k = 0; k < rec.fields.size() && k < columns.size(); ++k) {
            const QString value = cellText(rec.fields.at(k));
            switch (columns.at(k)) {
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
                fullName = value;
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
        if (!fullName.isEmpty() && r.firstName.isEmpty() && r.lastName.isEmpty()) {
            const PersonName n = PersonName::fromDisplayName(fullName);
            r.firstName = n.first;
            r.middleName = r.middleName.isEmpty() ? n.middle : r.middleName;
            r.lastName = n.last;
        }
        if (r.email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            r.email = r.email.mid(7);
        r.source = rec.fields.join(result.delimiter);
        r.check = EmailAddress::check(r.email);
        if (rec.unclosedQuote)
            row.problems << QCoreApplication::translate(
                "CsvRecipientReader",
                "A quotation mark is not closed; the rest of the file was read as one field.");
        if (r.email.isEmpty())
            row.problems << QCoreApplication::translate("CsvRecipientReader",
                                                        "No e-mail address in this row.");
        else if (!r.check.isValid())
            row.problems << EmailAddress::problemText(r.check.problem);
        if (rec.fields.size() > columns.size() && result.hasHeader)
            row.problems << QCoreApplication::translate(
                "CsvRecipientReader",
                "This row has more fields than the header; the extra ones were ignored.");
        result.rows.append(row);
    }
    return result;
}
