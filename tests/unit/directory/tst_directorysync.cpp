#include "directory/directoryreader.h"
#include "directory/directoryschema.h"
#include "directory/directorysync.h"
#include "directory/directorysyncrunner.h"
#include "directory/employeequery.h"
#include "directory/searchtext.h"

#include "userfixtures.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Ids = QList<qint64>;

// The writer: full syncs page by page, the counts they report, cancel, and the worker thread.
class TestDirectorySync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileNumber = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("portal-%1.sqlite").arg(++m_fileNumber)); }

    // Runs a whole sync synchronously (the object is used on this thread) and returns its summary.
    static DirectorySyncSummary runSync(DirectorySync &sync, const QJsonArray &users,
                                        const QJsonArray &departments, int pageSize = 50) {
        QSignalSpy finished(&sync, &DirectorySync::finished);
        sync.beginFullSync(users.size());
        sync.ingestDepartments(departments);
        for (qsizetype i = 0; i < users.size(); i += pageSize)
            sync.ingestUsers(slice(users, i, pageSize));
        sync.finishFullSync();
        if (finished.size() != 1)
            return {};
        return finished.first().first().value<DirectorySyncSummary>();
    }

    static QJsonArray slice(const QJsonArray &rows, qsizetype from, qsizetype size) {
        QJsonArray page;
        for (qsizetype i = from; i < std::min(rows.size(), from + size); ++i)
            page << rows.at(i);
        return page;
    }

    // People in the (contentless) search index: everyone has a state token.
    static QString indexedCount() {
        return u"SELECT count(*) FROM user_search WHERE user_search MATCH '\""_s + SearchText::TokenMark +
               u"\"*'"_s;
    }

    static int scalar(const QSqlDatabase &db, const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void firstSyncStoresEveryField() {
        const QString path = newPath();
        DirectorySync sync(path);
        std::optional<bool> opened;
        connect(&sync, &DirectorySync::opened, this,
                [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
        QSignalSpy progress(&sync, &DirectorySync::progress);
        sync.open();
        QCOMPARE(opened, std::optional<bool>(true));
        const QJsonArray users = UserFixtures::users(1, 300);
        const DirectorySyncSummary summary = runSync(sync, users, UserFixtures::departments());
        QCOMPARE(summary.usersAdded, 300);
        QCOMPARE(summary.usersChanged, 0);
        QCOMPARE(summary.usersRemoved, 0);
        QCOMPARE(summary.departmentsAdded, 24);
        QCOMPARE(summary.userCount, 300);
        QCOMPARE(summary.departmentCount, 24);
        QCOMPARE(summary.text(), u"300 new"_s);
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.last().at(0).toLongLong(), 300);
        QCOMPARE(progress.last().at(1).toLongLong(), 300);

        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        QSqlQuery query(reader.database());
        QVERIFY(query.exec(
            u"SELECT id, first_name, last_name, email, email_norm, position, work_phone, mobile_phone,"
            " inner_phone, department_ids, user_type, active, last_login, date_register, state,"
            " last_login_known FROM users ORDER BY id"_s));
        int checked = 0;
        while (query.next()) {
            const int id = query.value(0).toInt();
            const QJsonObject row = UserFixtures::user(id);
            const bool dismissed = id % 17 == 0;
            const bool invited = !dismissed && id % 11 == 0;
            const bool extranet = !dismissed && !invited && id % 13 == 0;
            QCOMPARE(id, ++checked);
            QCOMPARE(query.value(1).toString(), row[u"NAME"].toString());
            QCOMPARE(query.value(2).toString(), row[u"LAST_NAME"].toString());
            QCOMPARE(query.value(3).toString(), row[u"EMAIL"].toString());
            QCOMPARE(query.value(4).toString(), row[u"EMAIL"].toString().toLower());
            QCOMPARE(query.value(5).toString(), row[u"WORK_POSITION"].toString());
            QCOMPARE(query.value(6).toString(), row[u"WORK_PHONE"].toString());
            QCOMPARE(query.value(7).toString(), row[u"PERSONAL_MOBILE"].toString());
            QCOMPARE(query.value(8).toString(), row[u"UF_PHONE_INNER"].toString());
            QStringList departments;
            for (const QJsonValue &d : row[u"UF_DEPARTMENT"].toArray())
                if (!departments.contains(QString::number(d.toInt()))) // the portal may repeat one
                    departments << QString::number(d.toInt());
            QCOMPARE(query.value(9).toString(), departments.join(u','));
            QCOMPARE(query.value(10).toString(), extranet ? u"extranet"_s : u"employee"_s);
            QCOMPARE(query.value(11).toBool(), !dismissed);
            QCOMPARE(query.value(12).isNull(), invited);
            if (!invited)
                QCOMPARE(query.value(12).toString(),
                         row[u"LAST_LOGIN"].toString().replace(u"+00:00"_s, u"Z"_s));
            QCOMPARE(QDateTime::fromString(query.value(13).toString(), Qt::ISODate),
                     QDateTime::fromString(row[u"DATE_REGISTER"].toString(), Qt::ISODate));
            const UserState expected = dismissed  ? UserState::Dismissed
                                       : invited  ? UserState::Invited
                                       : extranet ? UserState::Extranet
                                                  : UserState::Employee;
            QCOMPARE(UserStates::fromStorage(query.value(14).toInt()), expected);
            QCOMPARE(query.value(15).toBool(), row.contains(u"LAST_LOGIN"));
            QCOMPARE(scalar(reader.database(),
                            QStringLiteral("SELECT count(*) FROM membership WHERE user_id = %1").arg(id)),
                     int(departments.size()));
        }
        QCOMPARE(checked, 300);
        QCOMPARE(scalar(reader.database(), indexedCount()), 300);

        const auto details = reader.userDetails(10);
        QVERIFY(details);
        QCOMPARE(details->departmentNames.size(), 2);
        QCOMPARE(details->user.email, UserFixtures::user(10)[u"EMAIL"].toString());
        QVERIFY(!reader.userDetails(100000));

        const DirectorySyncStatus status = reader.syncStatus();
        QVERIFY(status.lastFullSync.isValid());
        QVERIFY(qAbs(status.lastFullSync.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(status.userCount, 300);
        QCOMPARE(status.lastAdded, 300);
        QVERIFY(status.offlineText().startsWith(u"Offline since"));
    }

    void secondSyncCountsChanges() {
        const QString path = newPath();
        DirectorySync sync(path);
        sync.open();
        QCOMPARE(runSync(sync, UserFixtures::users(1, 300), UserFixtures::departments()).usersAdded, 300);

        QJsonArray next;
        for (int id = 1; id <= 310; ++id) {
            if (id >= 296 && id <= 299)
                continue; // removed from the portal
            QJsonObject row = UserFixtures::user(id);
            if (id <= 5)
                row[u"LAST_NAME"_s] = u"Renamed"_s; // changed
            if (id >= 20 && id <= 22)
                row[u"ACTIVE"_s] = false; // dismissed: a change
            if (id >= 30 && id <= 40) {
                row[u"IS_ONLINE"_s] = u"Y"_s; // volatile fields: no change
                row[u"LAST_ACTIVITY_DATE"_s] = u"2024-08-01 10:00:00"_s;
            }
            next << row;
        }
        next << UserFixtures::user(7); // the same person twice (paging shifted): counted once
        QJsonArray departments = UserFixtures::departments(23); // department 24 removed
        QJsonObject renamed = departments[3].toObject();
        renamed[u"NAME"_s] = u"Sales Nord"_s;
        departments[3] = renamed;

        const DirectorySyncSummary summary = runSync(sync, next, departments, 37);
        QCOMPARE(summary.usersAdded, 10);
        QCOMPARE(summary.usersChanged, 8);
        QCOMPARE(summary.usersRemoved, 4);
        QCOMPARE(summary.usersUnchanged, 300 - 8 - 4);
        QCOMPARE(summary.departmentsChanged, 1);
        QCOMPARE(summary.departmentsRemoved, 1);
        QCOMPARE(summary.userCount, 306);
        QCOMPARE(summary.text(), u"10 new, 8 changed, 4 removed"_s);

        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM users"_s), 306);
        QCOMPARE(scalar(reader.database(), indexedCount()), 306);
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM users WHERE id BETWEEN 296 AND 299"_s), 0);
        QCOMPARE(
            scalar(reader.database(), u"SELECT count(*) FROM membership WHERE user_id BETWEEN 296 AND 299"_s),
            0);
        QCOMPARE(scalar(reader.database(),
                        u"SELECT count(*) FROM user_search WHERE user_search MATCH 'renamed'"_s),
                 5);
        QCOMPARE(scalar(reader.database(), u"SELECT state FROM users WHERE id = 21"_s),
                 UserStates::toStorage(UserState::Dismissed));
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM departments"_s), 23);
        QCOMPARE(reader.syncStatus().lastRemoved, 4);

        // A third identical sync changes nothing.
        const DirectorySyncSummary again = runSync(sync, next, departments);
        QCOMPARE(again.text(), u"No changes"_s);
        QCOMPARE(again.usersUnchanged, 306);
    }

    // The seats the plan counts: active people, invited ones included, dismissed ones not.
    void activeUserCountFollowsTheSyncs() {
        const QString path = newPath();
        DirectoryReader unopened(path);
        QVERIFY(!unopened.activeUserCount().has_value());

        DirectorySync sync(path);
        sync.open();
        const QJsonArray rows = UserFixtures::users(1, 300);
        int active = 0;
        for (const QJsonValue &row : rows) {
            const QJsonValue flag = row.toObject().value(u"ACTIVE"_s);
            active += flag.isBool() ? flag.toBool() : flag.toString() == u"Y"_s;
        }
        QCOMPARE(runSync(sync, rows, UserFixtures::departments()).usersAdded, 300);
        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        QCOMPARE(reader.activeUserCount(), std::optional<int>(active));
        QVERIFY(active < 300 && active > 250); // the fixture dismisses some and invites others

        QJsonArray next = rows;
        QJsonObject dismissed = next[0].toObject(); // user 1 is active in the fixture
        dismissed[u"ACTIVE"_s] = false;
        next[0] = dismissed;
        runSync(sync, next, UserFixtures::departments());
        QCOMPARE(reader.activeUserCount(), std::optional<int>(active - 1));
    }

    // A search follows every sync: ranked by the new order once a sync committed (even one cancelled after
    // its first page), matches what SQLite sorts, and the search index is merged again at the end of the
    // next finished sync after any change.
    void searchFollowsTheSyncs() {
        const QString path = newPath();
        DirectorySync sync(path);
        sync.open();
        runSync(sync, UserFixtures::users(1, 300), UserFixtures::departments());
        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        QSqlDatabase db = reader.database();
        EmployeeQuery everyone; // every fixture e-mail is at example.com or partner.example.org
        everyone.searchText = u"example"_s;
        const auto ranked = [&] {
            std::optional<RankedMatches> matches = everyone.rankedMatches(db, reader.sortOrders());
            return matches ? matches->ids(0, 1000) : Ids{-1};
        };
        const auto sorted = [&] {
            Ids ids;
            for (const auto &row : everyone.fetch(db, 0, 1000, EmployeeQuery::Plan::SortMatches))
                ids << row.id;
            return ids;
        };
        QVERIFY(DirectorySchema::searchIndexMerged(db));
        QCOMPARE(ranked().size(), 300);
        QCOMPARE(ranked(), sorted());

        QJsonArray renamed = UserFixtures::users(1, 300);
        QJsonObject first = renamed[0].toObject();
        first[u"LAST_NAME"_s] = u"Zzyzx"_s; // moves from wherever it was to the end of the Latin names
        renamed[0] = first;
        sync.beginFullSync();
        sync.ingestUsers(slice(renamed, 0, 50));
        sync.requestCancel();
        sync.finishFullSync();
        QVERIFY(!DirectorySchema::searchIndexMerged(db));
        const Ids afterCancel = ranked();
        QCOMPARE(afterCancel, sorted());
        QVERIFY(afterCancel.indexOf(1) > 200);

        runSync(sync, UserFixtures::users(1, 300), UserFixtures::departments()); // first's name restored
        QVERIFY(DirectorySchema::searchIndexMerged(db));
        QCOMPARE(ranked(), sorted());
        QVERIFY(ranked().indexOf(1) < afterCancel.indexOf(1));
        const DirectorySyncSummary summary = runSync(sync, renamed, UserFixtures::departments());
        QCOMPARE(summary.usersChanged, 1);
        QVERIFY(DirectorySchema::searchIndexMerged(db));
        QCOMPARE(ranked(), afterCancel);
        const DirectorySyncSummary fewer = runSync(sync, slice(renamed, 0, 290), UserFixtures::departments());
        QCOMPARE(fewer.usersRemoved, 10);
        QCOMPARE(ranked().size(), 290);
        QCOMPARE(ranked(), sorted());
        QVERIFY(!ranked().contains(300));
    }

    void cancelKeepsThePreviousCopy() {
        const QString path = newPath();
        DirectorySync sync(path);
        sync.open();
        runSync(sync, UserFixtures::users(1, 300), UserFixtures::departments());
        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        const QDateTime lastSync = reader.syncStatus().lastFullSync;

        QSignalSpy finished(&sync, &DirectorySync::finished);
        QSignalSpy cancelled(&sync, &DirectorySync::cancelled);
        sync.beginFullSync();
        sync.ingestUsers(UserFixtures::users(1, 50)); // only the first page arrives
        sync.requestCancel();
        sync.ingestUsers(UserFixtures::users(51, 50)); // queued before the cancel was seen: skipped
        sync.finishFullSync();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM users"_s), 300);
        QCOMPARE(scalar(reader.database(), indexedCount()), 300);
        QCOMPARE(reader.syncStatus().lastFullSync, lastSync);

        // The next full sync is not confused by what the cancelled one marked.
        QJsonArray fewer = UserFixtures::users(1, 290);
        const DirectorySyncSummary summary = runSync(sync, fewer, UserFixtures::departments());
        QCOMPARE(summary.usersRemoved, 10);
        QCOMPARE(summary.usersAdded, 0);
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM users"_s), 290);
    }

    // A full sync merges the search index once at its end, not as it goes; however it ends, the file is
    // left merging as usual (a refresh's few segments are merged as they come).
    void fullSyncDefersSearchMergesUntilItEnds() {
        const QString path = newPath();
        DirectorySync sync(path);
        sync.open();
        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        const auto deferred = [&reader] { return DirectorySchema::searchMergesDeferred(reader.database()); };
        QVERIFY(!deferred());

        QSignalSpy finished(&sync, &DirectorySync::finished);
        sync.beginFullSync();
        QVERIFY(deferred());
        sync.ingestUsers(UserFixtures::users(1, 50));
        sync.finishFullSync();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!deferred());

        QSignalSpy cancelled(&sync, &DirectorySync::cancelled);
        sync.beginFullSync();
        QVERIFY(deferred());
        sync.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!deferred());

        QSignalSpy failed(&sync, &DirectorySync::failed);
        sync.beginFullSync();
        sync.failAccess(1);
        sync.ingestUsers(UserFixtures::users(1, 50));
        QCOMPARE(failed.size(), 1);
        sync.failAccess(0);
        QVERIFY(!deferred());

        sync.beginRefresh();
        QVERIFY(!deferred());
        sync.cancel();
    }

    void pagesOutsideASyncAreIgnored() {
        DirectorySync sync(newPath());
        sync.open();
        QSignalSpy progress(&sync, &DirectorySync::progress);
        sync.ingestUsers(UserFixtures::users(1, 10));
        sync.finishFullSync();
        QCOMPARE(progress.size(), 0);
    }

    void runnerWritesOnAWorkerThread() {
        const QString path = newPath();
        DirectorySyncRunner runner(path);
        std::optional<bool> opened;
        connect(&runner, &DirectorySyncRunner::opened, this,
                [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
        QSignalSpy progress(&runner, &DirectorySyncRunner::progress);
        QSignalSpy finished(&runner, &DirectorySyncRunner::finished);
        runner.start();
        QTRY_VERIFY(opened.has_value());
        QVERIFY(*opened);

        runner.beginFullSync();
        QVERIFY(runner.isSyncing());
        runner.addDepartments(UserFixtures::departments());
        runner.setExpectedUsers(1000);
        for (int first = 1; first <= 1000; first += 50)
            runner.addUsers(UserFixtures::users(first, 50));
        runner.finishFullSync();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!runner.isSyncing());
        QCOMPARE(progress.size(), 20);
        QCOMPARE(progress.last().at(0).toLongLong(), 1000);
        QCOMPARE(progress.last().at(1).toLongLong(), 1000);
        QCOMPARE(finished.first().first().value<DirectorySyncSummary>().usersAdded, 1000);

        DirectoryReader reader(path);
        QVERIFY(reader.open().ok());
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM users"_s), 1000);

        // Cancel through the runner while pages are queued: the copy stays complete.
        QSignalSpy cancelled(&runner, &DirectorySyncRunner::cancelled);
        runner.beginFullSync();
        for (int first = 1; first <= 500; first += 50)
            runner.addUsers(UserFixtures::users(first, 50));
        runner.cancel();
        runner.finishFullSync();
        QTRY_COMPARE(cancelled.size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(scalar(reader.database(), u"SELECT count(*) FROM users"_s), 1000);
    }
};

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
