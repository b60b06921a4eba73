#include "directory/directorydepartment.h"
#include "directory/directorysyncsummary.h"
#include "directory/directoryuser.h"
#include "directory/portalfields.h"
#include "directory/searchtext.h"
#include "directory/userstate.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Parsing portal rows defensively (spec §8), deriving the state (§7.1), and the search text rules.
class TestDirectoryParsing : public QObject {
    Q_OBJECT

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

private slots:
    void stateDerivation_data() {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("state");
        // ACTIVE as bool or "Y"/"N"; LAST_LOGIN as a date, "", null, false, {} or absent (no scope).
        QTest::newRow("employee")
            << R"({"ID":"1","ACTIVE":true,"LAST_LOGIN":"2024-07-25T13:06:54+00:00","USER_TYPE":"employee"})"
            << "employee";
        QTest::newRow("employee Y") << R"({"ID":"1","ACTIVE":"Y","LAST_LOGIN":"2024-07-25T13:06:54+00:00"})"
                                    << "employee";
        QTest::newRow("invited empty") << R"({"ID":"7","ACTIVE":true,"LAST_LOGIN":"","USER_TYPE":"employee"})"
                                       << "invited";
        QTest::newRow("invited null") << R"({"ID":"7","ACTIVE":true,"LAST_LOGIN":null})"
                                      << "invited";
        QTest::newRow("invited false") << R"({"ID":"7","ACTIVE":"Y","LAST_LOGIN":false})"
                                       << "invited";
        QTest::newRow("invited object") << R"({"ID":"7","ACTIVE":true,"LAST_LOGIN":{}})"
                                        << "invited";
        QTest::newRow("invited extranet")
            << R"({"ID":"7","ACTIVE":true,"LAST_LOGIN":"","USER_TYPE":"extranet"})"
            << "invited";
        QTest::newRow("no scope for LAST_LOGIN") << R"({"ID":"7","ACTIVE":true,"USER_TYPE":"employee"})"
                                                 << "employee";
        QTest::newRow("dismissed") << R"({"ID":"2","ACTIVE":false,"LAST_LOGIN":"2024-07-25T13:06:54+00:00"})"
                                   << "dismissed";
        QTest::newRow("dismissed N") << R"({"ID":"2","ACTIVE":"N","LAST_LOGIN":""})"
                                     << "dismissed";
        QTest::newRow("dismissed 0") << R"({"ID":"2","ACTIVE":0,"LAST_LOGIN":""})"
                                     << "dismissed";
        QTest::newRow("extranet")
            << R"({"ID":"3","ACTIVE":true,"LAST_LOGIN":"2024-07-25 10:00:00","USER_TYPE":"extranet"})"
            << "extranet";
        QTest::newRow("extranet dismissed")
            << R"({"ID":"3","ACTIVE":false,"LAST_LOGIN":"2024-07-25","USER_TYPE":"extranet"})"
            << "dismissed";
        QTest::newRow("no ACTIVE") << R"({"ID":"4","LAST_LOGIN":"2024-07-25T13:06:54+00:00"})"
                                   << "employee";
    }

    void stateDerivation() {
        QFETCH(QString, row);
        QFETCH(QString, state);
        const auto user = DirectoryUser::fromJson(QJsonDocument::fromJson(row.toUtf8()).object());
        QVERIFY(user);
        QCOMPARE(UserStates::token(user->state), state);
        QCOMPARE(UserStates::fromStorage(UserStates::toStorage(user->state)), user->state);
        QVERIFY(!UserStates::displayName(user->state).isEmpty());
    }

    void idsAsStringOrNumber_data() {
        QTest::addColumn<QString>("row");
        QTest::addColumn<qint64>("id");
        QTest::newRow("string") << R"({"ID":"15"})" << qint64(15);
        QTest::newRow("number") << R"({"ID":15})" << qint64(15);
        QTest::newRow("padded") << R"({"ID":" 15 "})" << qint64(15);
        QTest::newRow("missing") << R"({"NAME":"x"})" << qint64(0);
        QTest::newRow("zero") << R"({"ID":"0"})" << qint64(0);
        QTest::newRow("text") << R"({"ID":"abc"})" << qint64(0);
        QTest::newRow("fraction") << R"({"ID":1.5})" << qint64(0);
        QTest::newRow("object") << R"({"ID":{}})" << qint64(0);
    }

    void idsAsStringOrNumber() {
        QFETCH(QString, row);
        QFETCH(qint64, id);
        const auto user = DirectoryUser::fromJson(QJsonDocument::fromJson(row.toUtf8()).object());
        QCOMPARE(user ? user->id : 0, id);
    }

    void userFields() {
        const auto user =
            DirectoryUser::fromJson(json(R"({"ID":"1","ACTIVE":true,"NAME":" Anna ","LAST_NAME":"Berg",
            "SECOND_NAME":null,"EMAIL":"Anna.Berg@Example.COM ","LAST_LOGIN":"2024-07-25T13:06:54+00:00",
            "DATE_REGISTER":"2024-07-15T00:00:00+03:00","TIMESTAMP_X":{},"WORK_POSITION":"Sales",
            "PERSONAL_MOBILE":"+7 (495) 123-45-67","WORK_PHONE":"","UF_PHONE_INNER":123,
            "UF_DEPARTMENT":[1,"3",3,"x"],"USER_TYPE":"Employee","IS_ONLINE":"Y"})"));
        QVERIFY(user);
        QCOMPARE(user->firstName, u"Anna"_s);
        QCOMPARE(user->secondName, QString());
        QCOMPARE(user->emailNormalized(), u"anna.berg@example.com"_s);
        QCOMPARE(user->departmentIds, (QList<qint64>{1, 3}));
        QCOMPARE(user->innerPhone, u"123"_s);
        QCOMPARE(user->userType, u"employee"_s);
        QCOMPARE(user->lastLogin, QDateTime(QDate(2024, 7, 25), QTime(13, 6, 54), QTimeZone::utc()));
        QCOMPARE(user->dateRegister.toUTC(), QDateTime(QDate(2024, 7, 14), QTime(21, 0), QTimeZone::utc()));
        QCOMPARE(user->fullName(), u"Anna Berg"_s);
        QCOMPARE(user->phones(), (QStringList{u"+7 (495) 123-45-67"_s, u"123"_s}));

        // Volatile fields do not change the content hash; a real change does.
        auto online = json(R"({"ID":"1","NAME":"Anna","IS_ONLINE":"Y","LAST_ACTIVITY_DATE":{}})");
        auto offline =
            json(R"({"ID":"1","NAME":"Anna","IS_ONLINE":"N","LAST_ACTIVITY_DATE":"2024-07-25 13:06:54"})");
        auto renamed = json(R"({"ID":"1","NAME":"Anne","IS_ONLINE":"N"})");
        QCOMPARE(DirectoryUser::fromJson(online)->contentHash(),
                 DirectoryUser::fromJson(offline)->contentHash());
        QVERIFY(DirectoryUser::fromJson(online)->contentHash() !=
                DirectoryUser::fromJson(renamed)->contentHash());
        // A scalar UF_DEPARTMENT is accepted too.
        QCOMPARE(DirectoryUser::fromJson(json(R"({"ID":"2","UF_DEPARTMENT":5})"))->departmentIds,
                 QList<qint64>{5});
    }

    void departmentFields() {
        const auto root =
            DirectoryDepartment::fromJson(json(R"({"ID":"1","NAME":"Acme Ltd","SORT":500,"UF_HEAD":"1"})"));
        QVERIFY(root);
        QCOMPARE(root->parentId, 0);
        QCOMPARE(root->headId, 1);
        const auto sales =
            DirectoryDepartment::fromJson(json(R"({"ID":3,"NAME":"Sales","SORT":"200","PARENT":"1"})"));
        QCOMPARE(sales->id, 3);
        QCOMPARE(sales->parentId, 1);
        QCOMPARE(sales->headId, 0);
        QCOMPARE(sales->sort, 200);
        QVERIFY(!DirectoryDepartment::fromJson(json(R"({"NAME":"no id"})")));
        QCOMPARE(DirectoryDepartment::fromJson(json(R"({"ID":"4","PARENT":"4"})"))->parentId, 0);
    }

    void folding_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
        QTest::newRow("polish") << u"Łukasz Wiśniewska"_s << u"lukasz wisniewska"_s;
        QTest::newRow("spanish") << u"José Ángel"_s << u"jose angel"_s;
        QTest::newRow("danish") << u"Søren Nørgaard"_s << u"soren norgaard"_s;
        QTest::newRow("german sharp s") << u"Weiß"_s << u"weiss"_s;
        QTest::newRow("turkish") << u"Ayşe Yılmaz"_s << u"ayse yilmaz"_s;
        QTest::newRow("cyrillic") << u"Иванов Пётр"_s << u"иванов петр"_s;
        // Plain ASCII takes a shortcut that must agree with the full folding.
        QTest::newRow("ascii") << u"Anna-Maria O'Brien, +49 (30) 1234 @Example.COM"_s
                               << u"anna-maria o'brien, +49 (30) 1234 @example.com"_s;
        QTest::newRow("ascii controls") << u"Tab\tNew\nLine ~^`"_s << u"tab\tnew\nline ~^`"_s;
    }

    void folding() {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SearchText::fold(text), folded);
    }

    // The writer's hand-made ISO form is exactly Qt::ISODate of the UTC time, which the stored copies and
    // their content hashes were made with.
    void isoForm() {
        for (const QDateTime &when :
             {QDateTime(QDate(2025, 6, 1), QTime(8, 0, 5, 123), QTimeZone::utc()),
              QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), QTimeZone(3 * 3600)),
              QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone(-5 * 3600 - 1800))})
            QCOMPARE(DirectoryUser::isoOrEmpty(when), when.toUTC().toString(Qt::ISODate));
        QCOMPARE(DirectoryUser::isoOrEmpty(QDateTime()), QString());
        const auto user = DirectoryUser::fromJson({{u"ID"_s, u"5"_s},
                                                   {u"LAST_LOGIN"_s, u"2025-06-01T11:00:00+03:00"_s},
                                                   {u"UF_DEPARTMENT"_s, QJsonArray{4, 2}}});
        QVERIFY(user);
        QCOMPARE(user->contentHash(u"4,2"_s, u"2025-06-01T08:00:00Z"_s, QString()), user->contentHash());
    }

    // The portal's usual form has a reader of its own: it must read as Qt's parser (parsedDateTime) reads
    // it, and every other text must still reach the parser (a different instant would change the stored
    // date and the content hash of every person).
    static void compareWithTheParser(const QString &text) {
        const QDateTime read = PortalFields::dateTime(QJsonValue(text));
        const QDateTime expected = PortalFields::parsedDateTime(text);
        QVERIFY2(read.isValid() == expected.isValid(), qPrintable(text));
        if (expected.isValid()) {
            QVERIFY2(read.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch(), qPrintable(text));
            QCOMPARE(DirectoryUser::isoOrEmpty(read), expected.toUTC().toString(Qt::ISODate));
        }
    }

    void datesReadAsTheParserReadsThem_data() {
        QTest::addColumn<QString>("text");
        for (const char *text : {"2024-07-25T13:06:54+00:00", "2024-07-15T00:00:00+03:00",
                                 "2024-07-15T00:00:00-05:30", "2024-07-15T23:59:59Z",
                                 "2024-07-15T08:00:00+0300",  "2024-02-29T12:00:00+14:00",
                                 "2024-02-29T12:00:00+14:59", "2024-02-29T12:00:00-14:59",
                                 "2024-02-29T12:00:00-00:00", "2024-02-29T12:00:00+1400",
                                 "#024-07-25T13:06:54+03:00", // found by fuzz_userrows: not year -1
                                 "2024-07-25T13:-6:54+03:00", "2023-02-29T12:00:00+00:00",
                                 "2024-13-01T12:00:00+00:00", "2024-07-15T24:00:00+00:00",
                                 "2024-07-15T23:60:00+00:00", "2024-07-15T12:00:00+15:00",
                                 "2024-07-15T12:00:00+03:60", "2024-07-15T12:00:00.250+02:00",
                                 "2024-07-15 10:00:00",       "2024-07-15",
                                 "2024-07-15T12:00:00",       " 2024-07-15T12:00:00+02:00 ",
                                 "2024-07-15T12:00:00+02:0x", "2024-07-15T1a:00:00+02:00",
                                 "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
                                 "2024-07-15X12:00:00+02:00", "2024-07-15T12:00:00*02:00",
                                 "2024-07-15T12:00:00+02-00", "not a date"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void datesReadAsTheParserReadsThem() {
        QFETCH(QString, text);
        compareWithTheParser(text);
    }

    // Ten thousand dates in the portal's form, with offsets from -12:00 to +14:00 (a fixed seed).
    void manyDatesReadAsTheParserReadsThem() {
        QRandomGenerator random(20261206);
        for (int i = 0; i < 10000; ++i) {
            const QDate date = QDate(1990, 1, 1).addDays(random.bounded(20000));
            const QTime time(random.bounded(24), random.bounded(60), random.bounded(60));
            const int offsetMinutes = random.bounded(-12 * 60, 14 * 60 + 1);
            const QString offset = offsetMinutes == 0 && i % 2
                                       ? u"Z"_s
                                       : u"%1%2:%3"_s.arg(offsetMinutes < 0 ? u'-' : u'+')
                                             .arg(std::abs(offsetMinutes) / 60, 2, 10, QChar(u'0'))
                                             .arg(std::abs(offsetMinutes) % 60, 2, 10, QChar(u'0'));
            compareWithTheParser(date.toString(Qt::ISODate) + u'T' + time.toString(Qt::ISODate) + offset);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The digest the stored copies were made with: every field's UTF-8 bytes followed by 0x1f, in this
    // order. A different digest for the same person would count everyone as changed after an update.
    void contentHashKeepsItsForm() {
        const auto user = DirectoryUser::fromJson({{u"ID"_s, 7},
                                                   {u"NAME"_s, u"Łukasz"_s},
                                                   {u"LAST_NAME"_s, u"Müller-Иванов"_s},
                                                   {u"EMAIL"_s, u"l.muller@example.com"_s},
                                                   {u"WORK_POSITION"_s, u"Engineer"_s},
                                                   {u"WORK_PHONE"_s, u"+7 495 123"_s},
                                                   {u"USER_TYPE"_s, u"employee"_s},
                                                   {u"ACTIVE"_s, true},
                                                   {u"LAST_LOGIN"_s, u"2025-06-01T11:00:00+03:00"_s},
                                                   {u"UF_DEPARTMENT"_s, QJsonArray{4, 2}}});
        QVERIFY(user);
        QCryptographicHash reference(QCryptographicHash::Sha1);
        for (const QString &field :
             {user->firstName, user->lastName, user->secondName, user->email, user->position, user->workPhone,
              user->mobilePhone, user->innerPhone, u"4,2"_s, user->userType, u"1"_s,
              u"2025-06-01T08:00:00Z"_s, QString(), QString::number(UserStates::toStorage(user->state))}) {
            reference.addData(field.toUtf8());
            reference.addData(QByteArrayView("\x1f", 1));
        }
        QCOMPARE(user->contentHash(), reference.result());
    }

    void matchExpression() {
        QCOMPARE(SearchText::matchExpression(u"  Anna  Be"_s), u"(\"anna\"* OR \"анна\"*) AND \"be\"*"_s);
        QCOMPARE(SearchText::matchExpression(u"anna.berg@ex"_s),
                 u"(\"anna\"* OR \"анна\"*) AND (\"berg\"* OR \"берг\"* OR \"бэрг\"*) AND \"ex\"*"_s);
        // FTS syntax never gets through: operators become plain quoted words.
        QCOMPARE(SearchText::matchExpression(u"\"*) OR -"_s), u"\"or\"*"_s);
        QCOMPARE(SearchText::matchExpression(u" -*()\""_s), QString());
        QCOMPARE(SearchText::phoneIndexText({u"+7 (495) 123-45-67"_s, u"123"_s}),
                 u"+7 (495) 123-45-67 74951234567 123"_s);
        QCOMPARE(SearchText::phoneIndexText({u"  "_s, u" 8 800 "_s, QString(), u"ext"_s}),
                 u"8 800 8800 ext"_s);
        QCOMPARE(SearchText::phoneIndexText({}), QString());
    }

    void summaryText() {
        DirectorySyncSummary summary;
        QCOMPARE(summary.text(), u"No changes"_s);
        summary.usersAdded = 12;
        summary.usersChanged = 3;
        summary.usersRemoved = 1;
        QCOMPARE(summary.text(), u"12 new, 3 changed, 1 removed"_s);
        summary = {};
        summary.usersRemoved = 2;
        QCOMPARE(summary.text(), u"2 removed"_s);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryParsing)
#include "tst_directoryparsing.moc"
