#pragma once

#include <QByteArray>
#include <QJsonObject>

// PHP-bracket query encoding used inside `batch` commands (spec §2.1, §4):
// {"FILTER":{">ID":5},"select":["ID","NAME"]} -> FILTER[%3EID]=5&select[0]=ID&select[1]=NAME.
// Booleans become "Y"/"N" (PHP treats the string "false" as true, §8.1); null becomes empty.
// `$` and brackets stay readable so `$result[cmd][0][ID]` references survive as written.
namespace RestQuery {
QByteArray encode(const QJsonObject &params);
}

#include <QString>

namespace RestQuery {
// Methods that only read (safe to repeat after a lost answer): *.get, *.current, *.admin, …
// Everything else (user.add, *.update, …) is treated as a write and never retried blindly.
bool isReadMethod(const QString &method);
} // namespace RestQuery
