#include "directory/portalfields.h"

#include <QJsonArray>
#include <QTimeZone>

std::optional<qint64> PortalFields::id(const QJsonValue &value) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 1 && d < 9.0e15 && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok && parsed > 0)
            return parsed;
    }
    return std::nullopt;
}

QList<qint64> PortalFields::idList(const QJsonValue &value) {
    QList<qint64> ids;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (const auto parsed = id(item); parsed && !ids.contains(*parsed))
                ids << *parsed;
    } else if (const auto parsed = id(value)) {
        ids << *parsed;
    }
    return ids;
}

std::optional<bool> PortalFields::flag(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare(u"Y", Qt::CaseInsensitive) == 0 || s == u"1" ||
            s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"N", Qt::CaseInsensitive) == 0 || s == u"0" ||
            s.compare(u"false", Qt::CaseInsensitive) == 0 || s.isEmpty())
            return false;
    }
    return std::nullopt;
}

QDateTime PortalFields::dateTime(const QJsonValue &value) {
    if (!value.isString())
        return {}; // "", null, false and PHP's empty DateTime object {} all mean "no date"
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(s, Qt::ISODate);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (parsed.isValid())
            parsed.setTimeZone(QTimeZone::utc()); // the portal's zone is unknown here; keep it stable
    }
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(s, Qt::ISODate);
        if (date.isValid())
            parsed = date.startOfDay(QTimeZone::utc());
    }
    return parsed;
}

QString PortalFields::text(const QJsonValue &value) {
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}
