#pragma once

// Test helpers around the in-process SandboxPortal: start it, drive its control endpoints over
// HTTP, and wait for portal jobs without nested loops in product code (QTest::qWaitFor only).

#include "portal/portalcall.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>
#include <optional>

namespace Harness {

using namespace Qt::StringLiterals;

inline std::unique_ptr<SandboxPortal> startSandbox(SandboxOptions options = {}) {
    auto sandbox = std::make_unique<SandboxPortal>(options);
    QString error;
    if (!sandbox->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return sandbox;
}

// A control-endpoint request (/sandbox/...). Returns the JSON answer.
inline QJsonObject control(SandboxPortal &sandbox, const QByteArray &verb, const QString &path,
                           const QJsonObject &body = {}) {
    static QNetworkAccessManager network;
    QUrl url = sandbox.baseUrl();
    url.setPath(u"/sandbox/"_s + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader), sandbox.controlToken().toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
    bool done = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&done] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qFatal("sandbox control request timed out");
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

inline void settings(SandboxPortal &sandbox, const QJsonObject &values) {
    control(sandbox, "POST", u"settings"_s, values);
}

inline void fault(SandboxPortal &sandbox, const QJsonObject &fault) {
    control(sandbox, "POST", u"faults"_s, fault);
}

inline QJsonObject counters(SandboxPortal &sandbox) {
    return control(sandbox, "GET", u"counters"_s);
}

inline QJsonArray journal(SandboxPortal &sandbox) {
    return control(sandbox, "GET", u"journal"_s).value("requests"_L1).toArray();
}

inline void reset(SandboxPortal &sandbox) {
    control(sandbox, "DELETE", u"faults"_s);
    control(sandbox, "DELETE", u"journal"_s);
    control(sandbox, "DELETE", u"counters"_s);
}

// Runs a PortalCall to its end and returns its outcome.
inline Result<PortalReply> wait(PortalCall *call, int timeoutMs = 60000) {
    std::optional<Result<PortalReply>> outcome;
    QObject::connect(call, &PortalCall::finished, call, [&outcome, call] { outcome = call->result(); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs))
        return PortalError(PortalError::Kind::Timeout, u"TEST_TIMEOUT"_s);
    return *outcome;
}

// Waits for any job with a finished() signal; `read` copies what the test needs out of it.
template<typename Job, typename Read> bool waitJob(Job *job, Read read, int timeoutMs = 120000) {
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&done, job, read] {
        read(job);
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, timeoutMs);
}

inline PortalCredentials webhook(const QUrl &url) {
    Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(url.toString());
    if (!credentials)
        qFatal("sandbox webhook URL rejected: %s", qPrintable(credentials.error().userMessage()));
    return credentials.value();
}

// Fast retries for tests that do not measure back-off.
inline RetryPolicy fastRetries() {
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.operatingFallbackSeconds = 1;
    return policy;
}

inline QString kindOf(const Result<PortalReply> &result) {
    return result ? u"ok"_s : PortalError::kindName(result.error().kind());
}

} // namespace Harness
