#include "portal/batchbuilder.h"
#include "portal/restquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Batch packing (≤ 50 per request, order kept, halt, references) and the PHP query encoding.
class TestBatchBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encoding_data() {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("filter") << QJsonObject{{u"FILTER"_s, QJsonObject{{u"EMAIL"_s, u"a@b.c"_s}}}}
                                << QByteArray("FILTER[EMAIL]=a%40b.c");
        QTest::newRow("prefix") << QJsonObject{{u"FILTER"_s, QJsonObject{{u">ID"_s, 50}}}}
                                << QByteArray("FILTER[%3EID]=50");
        QTest::newRow("array") << QJsonObject{{u"select"_s, QJsonArray{u"ID"_s, u"NAME"_s}}}
                               << QByteArray("select[0]=ID&select[1]=NAME");
        QTest::newRow("nested array")
            << QJsonObject{{u"fields"_s,
                            QJsonObject{{u"PHONE"_s, QJsonArray{QJsonObject{{u"VALUE"_s, u"112233"_s}}}}}}}
            << QByteArray("fields[PHONE][0][VALUE]=112233");
        QTest::newRow("bool is Y/N") << QJsonObject{{u"ACTIVE"_s, true}, {u"X"_s, false}}
                                     << QByteArray("ACTIVE=Y&X=N");
        QTest::newRow("negative start") << QJsonObject{{u"start"_s, -1}} << QByteArray("start=-1");
        QTest::newRow("reference") << QJsonObject{{u"ID"_s, u"$result[p00][49][ID]"_s}}
                                   << QByteArray("ID=$result[p00][49][ID]");
        QTest::newRow("ampersand") << QJsonObject{{u"NAME"_s, u"A&B=C"_s}} << QByteArray("NAME=A%26B%3DC");
        QTest::newRow("utf8") << QJsonObject{{u"NAME"_s, u"Jürgen"_s}} << QByteArray("NAME=J%C3%BCrgen");
        QTest::newRow("null") << QJsonObject{{u"X"_s, QJsonValue()}} << QByteArray("X=");
    }

    void encoding() {
        QFETCH(QJsonObject, params);
        QFETCH(QByteArray, expected);
        QCOMPARE(RestQuery::encode(params), expected);
    }

    void splitsIntoRequestsOfFifty_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("1") << 1 << QList<int>{1};
        QTest::newRow("50") << 50 << QList<int>{50};
        QTest::newRow("51") << 51 << QList<int>{50, 1};
        QTest::newRow("120") << 120 << QList<int>{50, 50, 20};
        QTest::newRow("0") << 0 << QList<int>{};
    }

    void splitsIntoRequestsOfFifty() {
        QFETCH(int, count);
        QFETCH(QList<int>, sizes);
        BatchBuilder builder;
        for (int i = 0; i < count; ++i)
            builder.add(u"user.get"_s, {{u"ID"_s, i}});
        const auto chunks = builder.chunks();
        QCOMPARE(chunks.size(), sizes.size());
        for (int i = 0; i < sizes.size(); ++i)
            QCOMPARE(chunks.at(i).size(), sizes.at(i));
        QVERIFY(!builder.validate());
        QVERIFY(builder.isReadOnly());
    }

    void smallerRequests() {
        BatchBuilder builder;
        builder.setMaxPerRequest(5);
        for (int i = 0; i < 12; ++i)
            builder.add(u"user.add"_s, {{u"EMAIL"_s, u"u%1@x.org"_s.arg(i)}});
        QCOMPARE(builder.chunks().size(), 3);
        QVERIFY(!builder.isReadOnly());
        builder.setMaxPerRequest(500);
        QCOMPARE(builder.maxPerRequest(), 50);
    }

    void bodyKeepsOrderAndHalt() {
        BatchBuilder builder;
        builder.setHalt(true);
        for (int i = 0; i < 12; ++i)
            builder.add(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u">ID"_s, i}}}});
        const QByteArray body = BatchBuilder::requestBody(builder.commands(), builder.halt());
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QCOMPARE(object.value("halt"_L1).toInt(), 1);
        const QJsonObject cmd = object.value("cmd"_L1).toObject();
        QCOMPARE(cmd.size(), 12);
        QCOMPARE(cmd.value("c0011"_L1).toString(), u"user.get?FILTER[%3EID]=11"_s);
        // Written order equals insertion order, and ids sort the same way.
        QVERIFY(body.indexOf("c0002") < body.indexOf("c0010"));
        QVERIFY(builder.ids() == [&] {
            QStringList s = builder.ids();
            s.sort();
            return s;
        }());
    }

    void references() {
        QCOMPARE(BatchBuilder::resultRef(u"find"_s, {u"0"_s, u"ID"_s}), u"$result[find][0][ID]"_s);
        BatchBuilder builder;
        builder.add(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"=EMAIL"_s, u"a@b.c"_s}}}}, u"find"_s);
        builder.add(u"user.update"_s, {{u"ID"_s, BatchBuilder::resultRef(u"find"_s, {u"0"_s, u"ID"_s})}},
                    u"upd"_s);
        QVERIFY(!builder.validate());
        const QByteArray body = BatchBuilder::requestBody(builder.commands(), false);
        QVERIFY(body.contains("\"upd\":\"user.update?ID=$result[find][0][ID]\""));
    }

    void referenceAcrossRequestsIsRefused() {
        BatchBuilder builder;
        for (int i = 0; i < 50; ++i)
            builder.add(u"user.get"_s, {}, u"p%1"_s.arg(i, 2, 10, QLatin1Char('0')));
        builder.add(u"user.get"_s, {{u"ID"_s, BatchBuilder::resultRef(u"p03"_s, {u"0"_s})}}, u"late"_s);
        const auto problem = builder.validate();
        QVERIFY(problem);
        QCOMPARE(problem->code(), u"BATCH_REFERENCE_ACROSS_REQUESTS"_s);

        BatchBuilder duplicate;
        duplicate.add(u"scope"_s, {}, u"x"_s);
        duplicate.add(u"scope"_s, {}, u"x"_s);
        QCOMPARE(duplicate.validate()->code(), u"BATCH_DUPLICATE_ID"_s);
    }

    void readMethods_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("read");
        QTest::newRow("user.get") << u"user.get"_s << true;
        QTest::newRow("USER.GET") << u"USER.GET"_s << true;
        QTest::newRow("user.current") << u"user.current"_s << true;
        QTest::newRow("user.admin") << u"user.admin"_s << true;
        QTest::newRow("scope") << u"scope"_s << true;
        QTest::newRow("user.search") << u"user.search"_s << true;
        QTest::newRow("department.get") << u"department.get"_s << true;
        QTest::newRow("user.add") << u"user.add"_s << false;
        QTest::newRow("user.update") << u"user.update"_s << false;
        QTest::newRow("department.add") << u"department.add"_s << false;
        QTest::newRow("sonet_group.user.invite") << u"sonet_group.user.invite"_s << false;
    }

    void readMethods() {
        QFETCH(QString, method);
        QFETCH(bool, read);
        QCOMPARE(RestQuery::isReadMethod(method), read);
    }
};

QTEST_GUILESS_MAIN(TestBatchBuilder)
#include "tst_batchbuilder.moc"
