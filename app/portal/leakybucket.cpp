#include "portal/leakybucket.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {
qint64 steadyNowMs() {
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

LeakyBucket::LeakyBucket(ThrottleLimits limits, Clock clock)
    : m_limits(limits)
    , m_clock(clock ? std::move(clock) : Clock(&steadyNowMs))
    , m_updatedMs(m_clock()) {}

void LeakyBucket::setLimits(ThrottleLimits limits) {
    m_level = levelAt(m_clock());
    m_updatedMs = m_clock();
    m_limits = limits;
}

double LeakyBucket::levelAt(qint64 nowMs) const {
    if (!m_limits.enabled)
        return 0;
    const double drained = double(nowMs - m_updatedMs) / 1000.0 * m_limits.ratePerSecond;
    return std::max(0.0, m_level - drained);
}

double LeakyBucket::level() const {
    return levelAt(m_clock());
}

qint64 LeakyBucket::delayMs() const {
    if (!m_limits.enabled || m_limits.ratePerSecond <= 0)
        return 0;
    const double capacity = std::max(1.0, double(m_limits.burst) - kReserve);
    const double excess = levelAt(m_clock()) + 1.0 - capacity;
    if (excess <= 0)
        return 0;
    return qint64(std::ceil(excess / m_limits.ratePerSecond * 1000.0));
}

void LeakyBucket::consume() {
    const qint64 now = m_clock();
    m_level = levelAt(now) + 1.0;
    m_updatedMs = now;
}

void LeakyBucket::markFull() {
    m_level = double(m_limits.burst);
    m_updatedMs = m_clock();
}
