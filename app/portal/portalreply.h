#pragma once

#include "portal/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The `time` object of an envelope (spec §2.2); every field is optional on the wire.
struct ResponseTime {
    double start = 0;
    double finish = 0;
    double duration = 0;
    double processing = 0;
    std::optional<double> operating;
    std::optional<qint64> operatingResetAt;
    // date_start as the portal wrote it (ISO-8601 with the portal's offset): the portal's clock,
    // which an incremental refresh's TIMESTAMP_X filter must be measured by. Empty when absent.
    QString dateStart;

    static ResponseTime fromJson(const QJsonValue &value);
};

// One successful answer of the portal: the method's `result` plus list paging and timing.
struct PortalReply {
    QJsonValue result;
    std::optional<qint64> total; // list methods; a missing total on an empty list means 0
    std::optional<qint64> next;
    ResponseTime time;
    int httpStatus = 0;
};

// The per-command outcome inside a batch answer (spec §4).
struct BatchCommandOutcome {
    QString id;
    bool executed = false; // false: absent from every sub-map (halt, or beyond the limit)
    std::optional<Result<PortalReply>> outcome;
};

// Pure parsers of the Bitrix24 wire format; no I/O. Tested against every example in the spec.
namespace PortalParse {

// Reads an HTTP answer (status, body) into a reply or a classified error. Handles the error
// envelope (also with an empty `error`), a `result` object that itself carries `error` (§6.6),
// non-JSON bodies (gateway pages) and status-only failures.
Result<PortalReply> envelope(int httpStatus, const QByteArray &body);

// Reads `result` of a successful `batch` call. Each of the five sub-maps may be an object or an
// array (PHP); `ids` gives the command ids in request order (numeric ids index arrays).
QList<BatchCommandOutcome> batch(const QJsonValue &batchResult, const QStringList &ids);

// Value of an ID that may come as a string or a number; 0 when absent or unparsable.
qint64 idValue(const QJsonValue &value);

// Reads a sub-map that may be a JSON object or a JSON array into id -> value.
QHash<QString, QJsonValue> subMap(const QJsonValue &value);

} // namespace PortalParse
