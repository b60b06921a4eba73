#include "portal/leakybucket.h"

#include <QTest>

// The client-side bucket with a stepped clock: burst, drain, full-bucket back-off, Enterprise.
class TestLeakyBucket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void burstThenRate() {
        qint64 now = 1000;
        LeakyBucket bucket(ThrottleLimits::standard(), [&now] { return now; });
        int sent = 0;
        while (bucket.delayMs() == 0) {
            bucket.consume();
            ++sent;
        }
        QCOMPARE(sent, 49);              // 50 minus the reserve of one
        QCOMPARE(bucket.delayMs(), 500); // 2 per second
        now += 500;
        QCOMPARE(bucket.delayMs(), 0);
        bucket.consume();
        QCOMPARE(bucket.delayMs(), 500);
    }

    void sustainedRateMatchesThePortal() {
        qint64 now = 0;
        LeakyBucket bucket(ThrottleLimits::standard(), [&now] { return now; });
        // 249 requests as fast as allowed: 49 at once, then 200 at 2/s = 100 s.
        for (int i = 0; i < 249; ++i) {
            now += bucket.delayMs();
            bucket.consume();
            // Never above the portal's bucket: the portal would answer 503.
            QVERIFY(bucket.level() <= 50.0);
        }
        QCOMPARE(now, 100'000);
    }

    void drainsWhileIdle() {
        qint64 now = 0;
        LeakyBucket bucket(ThrottleLimits::standard(), [&now] { return now; });
        for (int i = 0; i < 40; ++i)
            bucket.consume();
        QCOMPARE(bucket.level(), 40.0);
        now += 10'000;
        QCOMPARE(bucket.level(), 20.0);
        now += 60'000;
        QCOMPARE(bucket.level(), 0.0);
    }

    void markFullWaits() {
        qint64 now = 0;
        LeakyBucket bucket(ThrottleLimits::standard(), [&now] { return now; });
        bucket.markFull();
        QCOMPARE(bucket.level(), 50.0);
        QCOMPARE(bucket.delayMs(), 1000); // down to 48, so that one more fits under 49
    }

    void enterprise() {
        qint64 now = 0;
        LeakyBucket bucket(ThrottleLimits::enterprise(), [&now] { return now; });
        int sent = 0;
        while (bucket.delayMs() == 0) {
            bucket.consume();
            ++sent;
        }
        QCOMPARE(sent, 249);
        QCOMPARE(bucket.delayMs(), 200);
    }

    void unlimited() {
        qint64 now = 0;
        LeakyBucket bucket(ThrottleLimits::unlimited(), [&now] { return now; });
        for (int i = 0; i < 10'000; ++i)
            bucket.consume();
        QCOMPARE(bucket.delayMs(), 0);
    }

    void changingLimitsKeepsLevel() {
        qint64 now = 0;
        LeakyBucket bucket(ThrottleLimits::standard(), [&now] { return now; });
        for (int i = 0; i < 49; ++i)
            bucket.consume();
        bucket.setLimits(ThrottleLimits::enterprise());
        QCOMPARE(bucket.delayMs(), 0);
        QCOMPARE(bucket.level(), 49.0);
    }
};

QTEST_GUILESS_MAIN(TestLeakyBucket)
#include "tst_leakybucket.moc"
