#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Who a REST call runs as: resolved from a webhook or an OAuth access token.
struct SandboxCaller {
    int userId = 0;
    bool admin = false;
    QString credentialKey; // "webhook:<uid>" or "oauth:<client>:<uid>", for the operating budget
    QStringList scopes;
};

// One REST method invocation (a top-level request or one batch command).
struct RestCall {
    QString method; // lower-case, without .json
    QJsonObject params;
    SandboxCaller caller;
    bool insideBatch = false;
    QStringList cmdOrder; // batch: command keys in the order sent (QJsonObject sorts its keys)
};

// What a method produced: a success (result, optional total/next) or an error with its HTTP status.
struct RestOutcome {
    int status = 200;
    QJsonValue result;
    bool hasTotal = false;
    qint64 total = 0;
    bool hasNext = false;
    qint64 next = 0;
    QString error; // empty on success (an error code may itself be empty; see isError)
    QString errorDescription;
    bool isError = false;
    QJsonObject extra; // extra error keys such as "argument"

    static RestOutcome ok(const QJsonValue &value) {
        RestOutcome o;
        o.result = value;
        return o;
    }
    static RestOutcome fail(int status, const QString &code, const QString &description) {
        RestOutcome o;
        o.status = status;
        o.isError = true;
        o.error = code;
        o.errorDescription = description;
        return o;
    }
};
