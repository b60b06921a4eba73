#pragma once

#include <QtGlobal>

// A JSON number as a whole number. qint64(double) is undefined outside qint64's range, and a broken
// or hostile peer can send 1e300 or -1e300 anywhere a number is expected: clamped; NaN gives 0.
qint64 wholeNumber(double value);
