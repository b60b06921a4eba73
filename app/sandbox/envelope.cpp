#include "sandbox/envelope.h"

QString Envelope::isoDate(const QDateTime &dateTime) {
    const QDateTime local = dateTime.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int abs = offset < 0 ? -offset : offset;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg(abs % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QJsonObject Envelope::time(qint64 startMs, qint64 finishMs, double processing, double operating,
                           qint64 operatingResetAt) {
    QJsonObject t;
    t.insert(QStringLiteral("start"), double(startMs) / 1000.0);
    t.insert(QStringLiteral("finish"), double(finishMs) / 1000.0);
    t.insert(QStringLiteral("duration"), double(finishMs - startMs) / 1000.0);
    t.insert(QStringLiteral("processing"), processing);
    t.insert(QStringLiteral("date_start"), isoDate(QDateTime::fromMSecsSinceEpoch(startMs)));
    t.insert(QStringLiteral("date_finish"), isoDate(QDateTime::fromMSecsSinceEpoch(finishMs)));
    if (operating >= 0) {
        t.insert(QStringLiteral("operating_reset_at"), double(operatingResetAt));
        t.insert(QStringLiteral("operating"), operating);
    }
    return t;
}

QJsonObject Envelope::error(const RestOutcome &outcome) {
    QJsonObject e = outcome.extra;
    e.insert(QStringLiteral("error"), outcome.error);
    e.insert(QStringLiteral("error_description"), outcome.errorDescription);
    return e;
}

QJsonObject Envelope::error(const QString &code, const QString &description) {
    return QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("error_description"), description}};
}

QJsonObject Envelope::success(const RestOutcome &outcome, const QJsonObject &time) {
    QJsonObject e;
    e.insert(QStringLiteral("result"), outcome.result);
    if (outcome.hasTotal)
        e.insert(QStringLiteral("total"), double(outcome.total));
    if (outcome.hasNext)
        e.insert(QStringLiteral("next"), double(outcome.next));
    if (!time.isEmpty())
        e.insert(QStringLiteral("time"), time);
    return e;
}
