#include "directory/directoryexport.h"

#include "directory/directoryreader.h"
#include "directory/userstate.h"

#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString csvField(const QString &value) {
    QString text = value;
    // A leading =, +, - or @ would be a formula in a spreadsheet.
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}
} // namespace

bool DirectoryExport::writeCsv(const DirectoryReader &reader, const QString &path, int *written,
                               QString *error) {
    *written = 0;
    QHash<qint64, QString> departments;
    QSqlQuery q(reader.database());
    if (!q.exec(u"SELECT id, name FROM departments"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        departments.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(u"SELECT first_name, second_name, last_name, email, position, department_ids, state"
                " FROM users ORDER BY id"_s)) {
        *error = q.lastError().text();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write("name,email,position,departments,state\n");
    while (q.next()) {
        QStringList name;
        for (int i = 0; i < 3; ++i) {
            if (const QString part = q.value(i).toString(); !part.isEmpty())
                name << part;
        }
        QStringList names;
        for (const QString &id : q.value(5).toString().split(u',', Qt::SkipEmptyParts))
            names << departments.value(id.toLongLong(), id);
        const QString line = QStringList{csvField(name.join(u' ')), csvField(q.value(3).toString()),
                                         csvField(q.value(4).toString()), csvField(names.join(u"; "_s)),
                                         UserStates::token(UserStates::fromStorage(q.value(6).toInt()))}
                                 .join(u',') +
                             u'\n';
        file.write(line.toUtf8());
        ++*written;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
