#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Defensive readers for Bitrix24 JSON fields (spec §6 intro, §8): IDs arrive as strings or numbers,
// booleans as true/false or "Y"/"N", dates as ISO strings, "", null, false or an empty object {}.
namespace PortalFields {
std::optional<qint64> id(const QJsonValue &value);
QList<qint64> idList(const QJsonValue &value); // arrays of ids, or a single scalar id
std::optional<bool> flag(const QJsonValue &value);
QDateTime dateTime(const QJsonValue &value); // invalid when empty or unreadable
// dateTime() without its shortcut for the portal's usual form: every layout Qt's ISO parser reads, then
// "yyyy-MM-dd HH:mm:ss" and a date alone (both taken as UTC). The shortcut must read as this does.
QDateTime parsedDateTime(const QString &text);
QString text(const QJsonValue &value); // null/absent -> "", numbers as digits
} // namespace PortalFields
