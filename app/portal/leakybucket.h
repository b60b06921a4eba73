#pragma once

#include <QtGlobal>

#include <functional>

// The rate limit a portal applies (spec §5.1): each request adds 1, the level drains by
// ratePerSecond, above burst the portal answers 503 QUERY_LIMIT_EXCEEDED.
struct ThrottleLimits {
    bool enabled = true;
    double ratePerSecond = 2;
    int burst = 50;

    static ThrottleLimits standard() { return {true, 2, 50}; }
    static ThrottleLimits enterprise() { return {true, 5, 250}; }
    static ThrottleLimits unlimited() { return {false, 0, 0}; }
};

// Client-side model of the portal's leaky bucket, shared by every request of a session, so that
// requests leave at the rate the portal accepts instead of bouncing off 503s. The clock is
// injectable (milliseconds, monotonic) so tests can step time.
class LeakyBucket {
public:
    using Clock = std::function<qint64()>;

    explicit LeakyBucket(ThrottleLimits limits = ThrottleLimits::standard(), Clock clock = {});

    void setLimits(ThrottleLimits limits);

    // Milliseconds until one more request fits under the bucket (0 = now).
    qint64 delayMs() const;
    // Records one request leaving now.
    void consume();
    // The portal said the bucket is full (503/429 QUERY_LIMIT_EXCEEDED): assume it is.
    void markFull();
    double level() const;

    // Requests kept in reserve below `burst`, against clock skew between us and the portal.
    static constexpr double kReserve = 1.0;

private:
    double levelAt(qint64 nowMs) const;

    ThrottleLimits m_limits;
    Clock m_clock;
    double m_level = 0;
    qint64 m_updatedMs = 0;
};
