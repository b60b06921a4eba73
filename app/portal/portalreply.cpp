#include "portal/portalreply.h"

#include "common/wholenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

ResponseTime ResponseTime::fromJson(const QJsonValue &value) {
    ResponseTime time;
    const QJsonObject object = value.toObject();
    time.start = object.value("start"_L1).toDouble();
    time.finish = object.value("finish"_L1).toDouble();
    time.duration = object.value("duration"_L1).toDouble();
    time.processing = object.value("processing"_L1).toDouble();
    time.dateStart = object.value("date_start"_L1).toString();
    if (object.contains("operating"_L1))
        time.operating = object.value("operating"_L1).toDouble();
    const QJsonValue resetAt = object.value("operating_reset_at"_L1);
    if (resetAt.isDouble())
        time.operatingResetAt = wholeNumber(resetAt.toDouble());
    else if (resetAt.isString())
        time.operatingResetAt = resetAt.toString().toLongLong();
    return time;
}

namespace PortalParse {

qint64 idValue(const QJsonValue &value) {
    if (value.isDouble())
        return wholeNumber(value.toDouble());
    if (value.isString())
        return value.toString().trimmed().toLongLong();
    return 0;
}

static std::optional<qint64> optionalNumber(const QJsonObject &object, QLatin1StringView key) {
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return wholeNumber(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

static PortalError errorFromObject(int httpStatus, const QJsonObject &object) {
    // `error` may be an empty string or (rarely) a number; `error_description` may be absent.
    const QJsonValue code = object.value("error"_L1);
    const QString codeText = code.isDouble() ? QString::number(code.toDouble()) : code.toString();
    PortalError error =
        PortalError::fromPortal(httpStatus, codeText, object.value("error_description"_L1).toString(),
                                object.value("argument"_L1).toString());
    const ResponseTime time = ResponseTime::fromJson(object.value("time"_L1));
    if (time.operatingResetAt)
        error.setResetAt(*time.operatingResetAt);
    return error;
}

Result<PortalReply> envelope(int httpStatus, const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Gateway pages (nginx 502/504 HTML), truncated bodies, XML: never a valid envelope.
        PortalError error(httpStatus >= 500   ? PortalError::Kind::Server
                          : httpStatus == 404 ? PortalError::Kind::NotFound
                                              : PortalError::Kind::MalformedResponse,
                          {}, {}, httpStatus);
        error.setDetail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : u"not a JSON object"_s);
        return error;
    }
    const QJsonObject object = document.object();
    if (object.contains("error"_L1))
        return errorFromObject(httpStatus, object);
    if (!object.contains("result"_L1)) {
        PortalError error(httpStatus >= 500 ? PortalError::Kind::Server
                                            : PortalError::Kind::MalformedResponse,
                          {}, {}, httpStatus);
        error.setDetail(u"no result in the answer"_s);
        return error;
    }
    const QJsonValue result = object.value("result"_L1);
    // Handlers that return their error array as the result (spec §6.6 quirk).
    if (result.isObject() && result.toObject().contains("error"_L1))
        return errorFromObject(httpStatus, result.toObject());
    if (httpStatus >= 400) {
        // A result with an error status is not something the protocol defines; be safe.
        return PortalError::fromPortal(httpStatus, {}, {});
    }
    PortalReply reply;
    reply.result = result;
    reply.total = optionalNumber(object, "total"_L1);
    reply.next = optionalNumber(object, "next"_L1);
    reply.time = ResponseTime::fromJson(object.value("time"_L1));
    reply.httpStatus = httpStatus;
    return reply;
}

QHash<QString, QJsonValue> subMap(const QJsonValue &value) {
    QHash<QString, QJsonValue> map;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), it.value());
    } else if (value.isArray()) {
        // PHP turns a map with keys 0..n-1 into an array; an empty map into [].
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            map.insert(QString::number(i), array.at(i));
    }
    return map;
}

QList<BatchCommandOutcome> batch(const QJsonValue &batchResult, const QStringList &ids) {
    const QJsonObject object = batchResult.toObject();
    const auto results = subMap(object.value("result"_L1));
    const auto errors = subMap(object.value("result_error"_L1));
    const auto totals = subMap(object.value("result_total"_L1));
    const auto nexts = subMap(object.value("result_next"_L1));
    const auto times = subMap(object.value("result_time"_L1));

    QList<BatchCommandOutcome> outcomes;
    outcomes.reserve(ids.size());
    for (const QString &id : ids) {
        BatchCommandOutcome outcome;
        outcome.id = id;
        const auto errorIt = errors.constFind(id);
        if (errorIt != errors.cend()) {
            outcome.executed = true;
            const QJsonObject errorObject = errorIt->toObject();
            outcome.outcome = errorFromObject(0, errorObject);
        } else if (const auto resultIt = results.constFind(id); resultIt != results.cend()) {
            outcome.executed = true;
            const QJsonValue value = *resultIt;
            if (value.isObject() && value.toObject().contains("error"_L1)) {
                outcome.outcome = errorFromObject(0, value.toObject());
            } else {
                PortalReply reply;
                reply.result = value;
                if (const auto t = totals.constFind(id); t != totals.cend())
                    reply.total = idValue(*t);
                if (const auto n = nexts.constFind(id); n != nexts.cend())
                    reply.next = idValue(*n);
                if (const auto tm = times.constFind(id); tm != times.cend())
                    reply.time = ResponseTime::fromJson(*tm);
                reply.httpStatus = 200;
                outcome.outcome = reply;
            }
        }
        outcomes.append(std::move(outcome));
    }
    return outcomes;
}

} // namespace PortalParse
