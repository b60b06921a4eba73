#pragma once

#include "sandbox/restcall.h"

#include <QDateTime>
#include <QJsonObject>

// Builds the wire envelopes of spec §2: the success envelope with its `time` object and the error
// envelope (`error`, `error_description`, extra keys; no `time`).
class Envelope {
public:
    // A Bitrix-style ISO-8601 date with a numeric offset ("2025-01-15T07:05:49+00:00").
    static QString isoDate(const QDateTime &dateTime);
    // `time` object. operating < 0 omits the two operating fields.
    static QJsonObject time(qint64 startMs, qint64 finishMs, double processing, double operating,
                            qint64 operatingResetAt);
    static QJsonObject error(const RestOutcome &outcome);
    static QJsonObject error(const QString &code, const QString &description);
    // result/total/next (+ time when given).
    static QJsonObject success(const RestOutcome &outcome, const QJsonObject &time);
};
