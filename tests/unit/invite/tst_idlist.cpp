// Id lists as the outbox file stores them: joined with commas, split back, damaged parts harmless.
#include "invite/idlist.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIdList : public QObject {
    Q_OBJECT
private slots:
    void roundTrips() {
        QCOMPARE(IdList::join(QList<int>{3, 17, 42}), u"3,17,42"_s);
        QCOMPARE(IdList::join(QList<qint64>{5000000000LL, 1}), u"5000000000,1"_s);
        QCOMPARE(IdList::join(QList<int>{}), QString());
        QCOMPARE(IdList::split(u"3,17,42"_s), (QList<int>{3, 17, 42}));
        QCOMPARE(IdList::split(QString()), QList<int>{});
    }

    void damagedTextStaysHarmless() { QCOMPARE(IdList::split(u",3,,x,9,"_s), (QList<int>{3, 0, 9})); }
};

QTEST_GUILESS_MAIN(TestIdList)
#include "tst_idlist.moc"
