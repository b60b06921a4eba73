#include "sandbox/ratelimiter.h"

#include <QDateTime>

#include <algorithm>

bool RateLimiter::admit(const QString &client, double ratePerSecond, int burst, qint64 now) {
    Bucket &bucket = m_buckets[client];
    if (bucket.lastMs != 0 || bucket.level > 0)
        bucket.level = std::max(0.0, bucket.level - double(now - bucket.lastMs) / 1000.0 * ratePerSecond);
    bucket.lastMs = now;
    if (bucket.level + 1 > double(burst) + 1e-9)
        return false;
    bucket.level += 1;
    return true;
}

void RateLimiter::resetBuckets() {
    m_buckets.clear();
}

void RateLimiter::expire(Budget &budget, qint64 now) {
    for (size_t i = 0; i < budget.minuteStart.size(); ++i) {
        if (budget.minuteStart[i] != 0 && budget.minuteStart[i] + 600 <= now) {
            budget.minuteStart[i] = 0;
            budget.seconds[i] = 0;
        }
    }
}

bool RateLimiter::overBudget(const QString &credential, const QString &method, double limitSeconds) {
    return limitSeconds > 0 && operating(credential, method) > limitSeconds;
}

void RateLimiter::charge(const QString &credential, const QString &method, double seconds) {
    Budget &budget = m_budgets[credential + u'|' + method];
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    expire(budget, now);
    const size_t slot = size_t((now / 60) % 10);
    if (budget.minuteStart[slot] == 0 || budget.minuteStart[slot] / 60 != now / 60) {
        budget.minuteStart[slot] = now;
        budget.seconds[slot] = 0;
    }
    budget.seconds[slot] += seconds;
}

double RateLimiter::operating(const QString &credential, const QString &method) {
    auto it = m_budgets.find(credential + u'|' + method);
    if (it == m_budgets.end())
        return 0;
    expire(*it, QDateTime::currentSecsSinceEpoch());
    double sum = 0;
    for (double s : it->seconds)
        sum += s;
    return sum;
}

qint64 RateLimiter::operatingResetAt(const QString &credential, const QString &method) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto it = m_budgets.find(credential + u'|' + method);
    if (it == m_budgets.end())
        return now + 600;
    expire(*it, now);
    qint64 oldest = 0;
    for (qint64 s : it->minuteStart) {
        if (s != 0 && (oldest == 0 || s < oldest))
            oldest = s;
    }
    return oldest == 0 ? now + 600 : oldest + 600;
}

void RateLimiter::resetBudgets() {
    m_budgets.clear();
}
