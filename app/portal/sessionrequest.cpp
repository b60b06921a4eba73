#include "portal/sessionrequest.h"

#include <QRandomGenerator>

#include <algorithm>

int RetryPolicy::backoffMs(int attempt) const {
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << std::clamp(attempt, 0, 16));
    const qint64 floor = ceiling / 2;
    return int(floor + QRandomGenerator::global()->bounded(ceiling - floor + 1));
}
