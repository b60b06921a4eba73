#pragma once

#include <QHash>
#include <QString>

#include <array>

// The two limits of spec §5: a leaky bucket per client address (each request adds 1, the bucket
// drains `rate` per second, more than `burst` → 503 QUERY_LIMIT_EXCEEDED), and the operating
// budget per (credential, method): execution seconds summed in ten one-minute buckets, checked
// before each call (over the limit → 429 OPERATION_TIME_LIMIT).
class RateLimiter {
public:
    // Adds one request for `client` at `nowMs` (a monotonic clock); false when the bucket is full
    // (the request is refused).
    bool admit(const QString &client, double ratePerSecond, int burst, qint64 nowMs);
    void resetBuckets();

    // True when (credential, method) is over `limitSeconds` right now.
    bool overBudget(const QString &credential, const QString &method, double limitSeconds);
    void charge(const QString &credential, const QString &method, double seconds);
    double operating(const QString &credential, const QString &method);
    qint64 operatingResetAt(const QString &credential, const QString &method); // Unix seconds
    void resetBudgets();

private:
    struct Bucket {
        double level = 0;
        qint64 lastMs = 0;
    };
    struct Budget {
        std::array<qint64, 10> minuteStart{}; // Unix seconds of the first call in that bucket, 0 = empty
        std::array<double, 10> seconds{};
    };
    void expire(Budget &budget, qint64 now);

    QHash<QString, Bucket> m_buckets;
    QHash<QString, Budget> m_budgets;
};
