#pragma once

#include <QList>
#include <QString>

// Id lists as the outbox file stores them: "3,17,42" (department and group ids of an invitation or
// draft), and the same text for an SQL IN (...) of row ids.
namespace IdList {
QString join(const QList<int> &ids);
QString join(const QList<qint64> &ids);
// Unreadable parts read as 0; empty parts are skipped.
QList<int> split(const QString &text);
} // namespace IdList
