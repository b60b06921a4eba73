#include "directory/portalfields.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace {
// The n decimal digits at s[at], or -1.
int digitsAt(QStringView s, qsizetype at, int n) {
    int value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The form every portal sends, "2025-06-01T08:00:00+03:00" (or "+0300", or "Z"), read without
// QDateTime's general parser, which cost more than the rest of a person's row. Anything else (fractions
// of a second, 24:00, another layout) is left to the parser: an invalid QDateTime here means "not this
// form", not "no date".
QDateTime isoWithOffset(QStringView s) {
    if (s.size() != 20 && s.size() != 24 && s.size() != 25)
        return {};
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':')
        return {};
    // Every field is checked for digits: QDate takes a year of -1 (a "#" where a digit should be) as 1 BC.
    const int fields[] = {digitsAt(s, 0, 4),  digitsAt(s, 5, 2),  digitsAt(s, 8, 2),
                          digitsAt(s, 11, 2), digitsAt(s, 14, 2), digitsAt(s, 17, 2)};
    if (std::any_of(std::begin(fields), std::end(fields), [](int field) { return field < 0; }))
        return {};
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5]);
    if (!date.isValid() || fields[3] > 23 || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (s.size() == 20) {
        if (s[19] != u'Z')
            return {};
    } else {
        const QChar sign = s[19];
        const bool colon = s.size() == 25;
        if ((sign != u'+' && sign != u'-') || (colon && s[22] != u':'))
            return {};
        const int hours = digitsAt(s, 20, 2);
        const int minutes = digitsAt(s, colon ? 23 : 22, 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours > 14)
            return {};
        offsetSeconds = (sign == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    const qint64 utcSeconds = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 +
                              time.msecsSinceStartOfDay() / 1000 - offsetSeconds;
    return QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc());
}
} // namespace

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
    if (QDateTime fast = isoWithOffset(s); fast.isValid())
        return fast;
    return parsedDateTime(s);
}

QDateTime PortalFields::parsedDateTime(const QString &text) {
    const QString s = text.trimmed();
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
