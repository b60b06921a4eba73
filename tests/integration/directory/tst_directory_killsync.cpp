// Kill test for the directory's bulk load: a child process (this program, started again with
// INVITEDESK_KILLSYNC_FILE set) runs the first full sync of 20 000 people into an empty file and is killed
// while it writes. The first sync into an empty file drops the sort indexes and builds them at the end,
// so the kill finds them missing. The file must then open as it is (not set aside), get its sort
// indexes back, hold only whole batches with their membership and search rows, and a full sync on it
// must give the complete copy. The kill moment is drawn from a printed seed
// (replay with INVITEDESK_KILL_SEED).

#include "directory/directorydatabase.h"
#include "directory/directoryschema.h"
#include "directory/directorysync.h"
#include "directory/searchtext.h"

#include "userfixtures.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int Users = 20000;
constexpr int PageSize = 250;
const char *const ChildVariable = "INVITEDESK_KILLSYNC_FILE";

// The child: a full sync fed page by page, as the runner feeds the writer; prints each page written.
int runChild(const QString &path) {
    DirectorySync sync(path);
    sync.setClock([] { return qint64(0); }); // batches end by size only: the copy grows by whole batches
    sync.open();
    sync.beginFullSync(Users);
    sync.ingestDepartments(UserFixtures::departments());
    for (int first = 1; first <= Users; first += PageSize) {
        sync.ingestUsers(UserFixtures::users(first, PageSize));
        std::printf("written %d\n", first + PageSize - 1);
        std::fflush(stdout);
    }
    sync.finishFullSync();
    std::printf("finished\n");
    std::fflush(stdout);
    return 0;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// People in the search index: every indexed person has one state token (TokenMark + state).
qint64 searchCount(const QSqlDatabase &db) {
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM user_search WHERE user_search MATCH ?"_s);
    query.addBindValue(QString(u'"' + QString(SearchText::TokenMark) + u"\"*"_s));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

class TestDirectoryKillSync : public QObject {
    Q_OBJECT

private slots:
    void killedBulkLoadLeavesAUsableCopy_data() {
        QTest::addColumn<int>("trial");
        for (int i = 0; i < 3; ++i)
            QTest::addRow("trial %d", i) << i;
    }

    void killedBulkLoadLeavesAUsableCopy() {
        QFETCH(int, trial);
        const quint32 baseSeed = qEnvironmentVariableIsSet("INVITEDESK_KILL_SEED")
                                     ? quint32(qEnvironmentVariableIntValue("INVITEDESK_KILL_SEED"))
                                     : QRandomGenerator::global()->generate();
        QRandomGenerator random(baseSeed + quint32(trial));
        // Killed after this many people were handed to the writer: inside the load, past the first batch.
        const int firstBatchPages = int(DirectorySync::BatchUsers) / PageSize;
        const int killAfter = random.bounded(firstBatchPages, Users / PageSize - 4) * PageSize;
        qInfo("kill trial %d after %d people (replay with INVITEDESK_KILL_SEED=%u)", trial, killAfter,
              baseSeed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"directory.sqlite"_s);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildVariable), path);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int written = 0;
        QString line;
        while (written < killAfter && line != u"finished") {
            if (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(60000), "the child stopped writing");
            line = QString::fromLatin1(child.readLine()).trimmed();
            if (line.startsWith(u"written "))
                written = line.mid(8).toInt();
        }
        QCOMPARE_NE(line, u"finished"_s);
        child.kill();
        QVERIFY(child.waitForFinished());

        {
            // The killed sync left the search index's merging deferred; opening the writer resumes it.
            DirectoryDatabase file(path, u"killcheck0"_s);
            QVERIFY(file.open(DirectoryDatabase::OpenMode::Trusted).ok());
            QVERIFY(DirectorySchema::searchMergesDeferred(file.database()));
        }
        DirectorySync sync(path);
        std::optional<DirectoryResult<QString>> opened;
        connect(&sync, &DirectorySync::opened, this,
                [&opened](const DirectoryResult<QString> &notice) { opened = notice; });
        sync.open();
        QVERIFY(opened.has_value());
        QVERIFY(opened->ok());
        QCOMPARE(opened->value(), QString()); // not set aside and rebuilt
        {
            DirectoryDatabase file(path, u"killcheck"_s);
            QVERIFY(file.open(DirectoryDatabase::OpenMode::Trusted).ok());
            const QSqlDatabase db = file.database();
            QCOMPARE(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                u" AND name IN ('users_by_name', 'users_by_email_state', 'users_by_position',"
                                u" 'users_by_department', 'users_by_state')"_s),
                     qint64(5));
            const qint64 users = scalar(db, u"SELECT count(*) FROM users"_s);
            qInfo("%lld people in the copy after the kill", users);
            QVERIFY(users >= DirectorySync::BatchUsers);
            QCOMPARE(users % DirectorySync::BatchUsers, qint64(0)); // whole batches only
            QCOMPARE(scalar(db, u"SELECT max(id) FROM users"_s), users);
            // Each written person's departments, and no others.
            QCOMPARE(
                scalar(db, u"SELECT count(*) FROM membership"_s),
                scalar(db,
                       u"SELECT sum(length(department_ids) - length(replace(department_ids, ',', '')) + 1)"
                       u" FROM users WHERE department_ids <> ''"_s));
            QCOMPARE(scalar(db, u"SELECT count(*) FROM users u WHERE department_ids <> '' AND NOT EXISTS"
                                u" (SELECT 1 FROM membership m WHERE m.user_id = u.id)"_s),
                     qint64(0));
            // Every written person, and nobody else, is in the search index (each has one state token).
            QCOMPARE(searchCount(db), users);
            QVERIFY(!DirectorySchema::searchMergesDeferred(db));
            QSqlQuery check(db);
            QVERIFY(check.exec(u"INSERT INTO user_search (user_search) VALUES ('integrity-check')"_s));
        }

        QSignalSpy finished(&sync, &DirectorySync::finished);
        sync.beginFullSync(Users);
        sync.ingestDepartments(UserFixtures::departments());
        for (int first = 1; first <= Users; first += PageSize)
            sync.ingestUsers(UserFixtures::users(first, PageSize));
        sync.finishFullSync();
        QCOMPARE(finished.size(), 1);
        const auto summary = finished.at(0).at(0).value<DirectorySyncSummary>();
        QCOMPARE(summary.userCount, Users);
        QCOMPARE(summary.usersRemoved, 0);
        DirectoryDatabase file(path, u"killcheck2"_s);
        QVERIFY(file.open(DirectoryDatabase::OpenMode::Trusted).ok());
        QCOMPARE(searchCount(file.database()), qint64(Users));
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runChild(qEnvironmentVariable(ChildVariable));
    TestDirectoryKillSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_directory_killsync.moc"
