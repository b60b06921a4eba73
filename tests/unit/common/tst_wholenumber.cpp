// JSON numbers read as whole numbers: in range they truncate, beyond qint64 they clamp, NaN is 0.
#include "common/wholenumber.h"

#include <QTest>

#include <cmath>
#include <limits>

class TestWholeNumber : public QObject {
    Q_OBJECT
private slots:
    void clampsAndTruncates() {
        QCOMPARE(wholeNumber(42.0), 42);
        QCOMPARE(wholeNumber(42.9), 42);
        QCOMPARE(wholeNumber(-7.5), -7);
        QCOMPARE(wholeNumber(1e300), std::numeric_limits<qint64>::max());
        QCOMPARE(wholeNumber(-1e300), std::numeric_limits<qint64>::min());
        QCOMPARE(wholeNumber(std::numeric_limits<double>::infinity()), std::numeric_limits<qint64>::max());
        QCOMPARE(wholeNumber(std::nan("")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWholeNumber)
#include "tst_wholenumber.moc"
