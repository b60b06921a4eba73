#include "common/wholenumber.h"

#include <cmath>
#include <limits>

qint64 wholeNumber(double value) {
    if (std::isnan(value))
        return 0;
    if (value >= 9223372036854775807.0)
        return std::numeric_limits<qint64>::max();
    if (value <= -9223372036854775807.0)
        return std::numeric_limits<qint64>::min();
    return qint64(value);
}
