#pragma once

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUrl>

class PortalCall;

// How persistent a session is about failures (spec §5, §8). Writes are never repeated after a lost
// answer; limit rejections are repeated for every method because the portal did not run them.
struct RetryPolicy {
    int maxReadRetries = 3;      // network errors, timeouts, 5xx and non-JSON bodies (reads only)
    int maxRateLimitRetries = 8; // 503/429 QUERY_LIMIT_EXCEEDED
    int maxOperatingRetries = 2; // 429 OPERATION_TIME_LIMIT
    int baseDelayMs = 500;       // back-off base, doubled per attempt, plus jitter
    int maxDelayMs = 30'000;
    int operatingFallbackSeconds = 60; // wait when no operating_reset_at is known
    int maxOperatingWaitSeconds = 600; // longer waits fail the call with OperationLimit instead

    // Exponential back-off with full jitter in [base·2^n / 2, base·2^n].
    int backoffMs(int attempt) const;
};

// A request waiting in (or travelling through) the session's queue.
struct SessionRequest {
    QPointer<PortalCall> call;
    QString method;
    QByteArray body; // JSON, without `auth`
    bool idempotent = true;
    int readRetries = 0;
    int rateLimitRetries = 0;
    int operatingRetries = 0;
    int redirects = 0; // same-origin 307/308 redirects followed so far
    QUrl target;       // set by a same-origin 307/308 redirect: this request goes there instead
    bool refreshedOnce = false;
    QString tokenUsed; // OAuth: access token the last attempt carried
};
