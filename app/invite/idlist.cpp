#include "invite/idlist.h"

#include <QStringList>

namespace {
template<typename Id> QString joined(const QList<Id> &ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (Id id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}
} // namespace

QString IdList::join(const QList<int> &ids) {
    return joined(ids);
}

QString IdList::join(const QList<qint64> &ids) {
    return joined(ids);
}

QList<int> IdList::split(const QString &text) {
    QList<int> ids;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        ids << part.toInt();
    return ids;
}
