#include "directory/directorydatabase.h"
#include "directory/directoryreader.h"
#include "directory/directoryschema.h"
#include "directory/directorysync.h"
#include "directory/employeequery.h"

#include "directoryfiles.h"
#include "userfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// Opening, creating, migrating and recovering the directory file.
class TestDirectoryDatabase : public QObject {
    Q_OBJECT

    static int scalar(const QSqlDatabase &db, const QString &sql) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static QString pragma(const QSqlDatabase &db, const QString &name) {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return {};
        return query.value(0).toString();
    }

    // A file with some users, written through the real writer, closed (WAL checkpointed).
    static void writeFilledFile(const QString &path, int users) {
        DirectorySync sync(path);
        sync.open();
        sync.beginFullSync();
        sync.ingestDepartments(UserFixtures::departments());
        for (int first = 1; first <= users; first += 50)
            sync.ingestUsers(UserFixtures::users(first, std::min(50, users - first + 1)));
        sync.finishFullSync();
    }

    static QStringList asideFiles(const QString &path, const QString &kind) {
        const QFileInfo info(path);
        return QDir(info.absolutePath()).entryList({info.fileName() + u'.' + kind + u"-*"_s}, QDir::Files);
    }

private slots:
    void defaultPathIsPerPortalAndUser() {
        const QString path = DirectoryDatabase::defaultPath(u"/data"_s, u"Acme.Bitrix24.com"_s, 7);
        QCOMPARE(path, u"/data/directory/acme.bitrix24.com-7.sqlite"_s);
        QCOMPARE(DirectoryDatabase::defaultPath(u"/data"_s, u"../evil/host"_s, 1),
                 u"/data/directory/_.._evil_host-1.sqlite"_s);
        QVERIFY(DirectoryDatabase::defaultPath(u"portal.example"_s, 3)
                    .endsWith(u"/directory/portal.example-3.sqlite"));
    }

    void newFileIsOwnerOnlyWalAndCurrent() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/dir/portal-1.sqlite"_s);
        DirectoryDatabase db(path, u"test"_s);
        const DirectoryResult<DirectoryOpenReport> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().logText()));
        const DirectoryOpenReport report = opened.value();
        QVERIFY(report.walEnabled);
        QCOMPARE(report.setAside, DirectoryOpenReport::SetAside::No);
        QVERIFY(report.notice().isEmpty());
        QCOMPARE(DirectorySchema::version(db.database()), DirectorySchema::CurrentVersion);
        QCOMPARE(pragma(db.database(), u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(db.database(), u"busy_timeout"_s).toInt(), DirectoryDatabase::BusyTimeoutMs);
#ifdef Q_OS_WIN
        QSKIP("Unix permission bits: on Windows the per-user profile's ACL keeps the file private, and "
              "QFileInfo reports no owner-only bits (the checks above ran)");
#endif
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::WriteOwner);
        // the writer's first write creates the WAL file with the database's permissions
        QSqlQuery(db.database()).exec(u"UPDATE sync_state SET generation = 1"_s);
        QVERIFY(QFile::exists(path + u"-wal"));
        QCOMPARE(QFileInfo(path + u"-wal"_s).permissions() & others, QFileDevice::Permissions());
    }

    void connectionsAreNamedPerThreadAndRole() {
        QTemporaryDir dir;
        DirectoryDatabase a(dir.filePath(u"x.sqlite"_s), u"writer"_s);
        DirectoryDatabase b(dir.filePath(u"x.sqlite"_s), u"reader"_s);
        QVERIFY(a.connectionName() != b.connectionName());
        QVERIFY(a.connectionName().contains(u"writer"));
        QVERIFY(a.open().ok());
        QVERIFY(b.open(DirectoryDatabase::OpenMode::Trusted).ok());
        QVERIFY(QSqlDatabase::contains(a.connectionName()));
    }

    void migratesFromVersion1() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        QVERIFY(DirectoryFiles::writeVersion1(path));

        DirectoryDatabase db(path, u"test"_s);
        const DirectoryResult<DirectoryOpenReport> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().logText()));
        const DirectoryOpenReport report = opened.value();
        QCOMPARE(report.migratedFrom, 1);
        QCOMPARE(report.setAside, DirectoryOpenReport::SetAside::No);
        QCOMPARE(DirectorySchema::version(db.database()), DirectorySchema::CurrentVersion); // was 2: v3 added
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM users"_s), 1);
        QCOMPARE(scalar(db.database(), u"SELECT generation FROM sync_state"_s), 4);

        // The data kept its meaning: search, sort keys and the department sort key were built.
        EmployeeQuery query;
        for (const QString &typed :
             {u"muller"_s, u"Jürg"_s, u"vertriebs"_s, u"170 123"_s, u"491701"_s, u"j.mue"_s}) {
            query.searchText = typed;
            QVERIFY2(query.count(db.database()) == 1, qPrintable(typed));
        }
        query.searchText.clear();
        const auto rows = query.fetch(db.database(), 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().department, u"Vertrieb Süd"_s);
        QCOMPARE(rows.first().name, u"Jürgen Müller"_s);
        QSqlQuery keys(db.database());
        QVERIFY(keys.exec(u"SELECT sort_name, sort_department FROM users"_s) && keys.next());
        QCOMPARE(keys.value(0).toString(), u"muller jurgen"_s);
        QCOMPARE(keys.value(1).toString(), u"vertrieb sud"_s);
        // Straight past the derived indexes of v4 and v5 (never built), to the v6 flag.
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM sqlite_master WHERE name IN"
                                       " ('user_tokens', 'name_rank', 'user_search_by_name')"_s),
                 0);
        // v8 rebuilt the search index (contentless) and merged it.
        QVERIFY(DirectorySchema::searchIndexMerged(db.database()));
        query.searchText = u"mue 4917"_s;
        const auto walked = query.fetch(db.database(), 0, 10, EmployeeQuery::Plan::WalkSortIndex);
        QCOMPARE(walked.size(), 1);
        QCOMPARE(walked.first().id, 42);
    }

    // v5 -> v8 on a filled file: the derived indexes go, the search and its flag stay, the file gets an
    // identity, the raw rows give way to last_login_known.
    void migratesFromVersion5() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v5.sqlite"_s);
        writeFilledFile(path, 120);
        const QString searchSql = u"SELECT count(*) FROM user_search WHERE user_search MATCH '\"a\"*'"_s;
        int found = 0;
        {
            // What v5 had besides: its three tables (their content does not matter) and the flag's old name.
            QSqlDatabase file = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
            file.setDatabaseName(path);
            QVERIFY(file.open());
            QSqlQuery q(file);
            for (const QString &sql :
                 {u"CREATE TABLE user_tokens (user_id INTEGER NOT NULL, token TEXT NOT NULL,"
                  " PRIMARY KEY (user_id, token)) WITHOUT ROWID"_s,
                  u"INSERT INTO user_tokens VALUES (1, 'a')"_s,
                  u"CREATE TABLE name_rank (rank INTEGER PRIMARY KEY, id INTEGER NOT NULL)"_s,
                  u"CREATE VIRTUAL TABLE user_search_by_name USING fts5(names, content = '')"_s,
                  u"ALTER TABLE sync_state RENAME COLUMN search_index_merged TO name_rank_valid"_s,
                  u"DROP TABLE file_identity"_s, // v7's
                  // v8's: the raw rows come back, the columns v8 added go.
                  u"CREATE TABLE user_raw (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"_s,
                  u"INSERT INTO user_raw (id, json) SELECT id, '{\"LAST_LOGIN\":\"\"}' FROM users"_s,
                  u"ALTER TABLE users DROP COLUMN last_login_known"_s,
                  u"ALTER TABLE sync_state DROP COLUMN portal_time"_s,
                  u"ALTER TABLE sync_state DROP COLUMN last_reconcile"_s,
                  u"UPDATE schema_version SET version = 5"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(searchSql) && q.next());
            found = q.value(0).toInt();
            QVERIFY(found > 10);
            q.finish();
            file.close();
        }
        QSqlDatabase::removeDatabase(u"v5"_s);

        DirectoryDatabase db(path, u"test"_s);
        const DirectoryResult<DirectoryOpenReport> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().logText()));
        const DirectoryOpenReport report = opened.value();
        QCOMPARE(report.migratedFrom, 5);
        QCOMPARE(DirectorySchema::version(db.database()), DirectorySchema::CurrentVersion);
        QVERIFY(DirectorySchema::searchIndexMerged(db.database())); // merged by the sync, kept
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM sqlite_master WHERE name IN"
                                       " ('user_tokens', 'name_rank', 'user_search_by_name')"_s),
                 0);
        QCOMPARE(scalar(db.database(), searchSql), found);
        QCOMPARE(DirectorySchema::fileIdentity(db.database()).size(), 16); // v7: an identity of its own
        // v8: the raw rows said LAST_LOGIN was there; the next sync must start in full.
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM users WHERE last_login_known = 1"_s), 120);
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM sqlite_master WHERE name = 'user_raw'"_s), 0);
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM sync_state WHERE portal_time IS NULL"_s), 1);
    }

    void damagedFileIsSetAsideAndRebuilt_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << u"garbage"_s;
        QTest::newRow("truncated") << u"truncated"_s;
        QTest::newRow("header only") << u"header"_s;
        QTest::newRow("zeroed middle") << u"zeroed"_s;
        QTest::newRow("not ours") << u"foreign"_s;
    }

    void damagedFileIsSetAsideAndRebuilt() {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal-1.sqlite"_s);
        if (damage == u"garbage") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 20000; ++i)
                junk += char((i * 7919) % 251);
            file.write(junk);
        } else if (damage == u"foreign") {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(u"CREATE TABLE notes (text TEXT)"_s));
            other.close();
            other = {};
            QSqlDatabase::removeDatabase(u"foreign"_s);
        } else {
            writeFilledFile(path, 400);
            QVERIFY(!QFile::exists(path + u"-wal")); // the last connection checkpointed
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 100000);
            if (damage == u"truncated") {
                QVERIFY(file.resize(size / 2));
            } else if (damage == u"header") {
                QVERIFY(file.resize(100));
            } else {
                file.seek(size / 3);
                file.write(QByteArray(int(size / 3), '\0'));
            }
        }

        DirectoryDatabase db(path, u"test"_s);
        const DirectoryResult<DirectoryOpenReport> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().logText()));
        const DirectoryOpenReport report = opened.value();
        QCOMPARE(report.setAside, DirectoryOpenReport::SetAside::Corrupt);
        QVERIFY(!report.notice().isEmpty());
        QVERIFY(QFile::exists(report.setAsidePath));
        QCOMPARE(asideFiles(path, u"corrupt"_s).size(), 1);
        QCOMPARE(DirectorySchema::version(db.database()), DirectorySchema::CurrentVersion);
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM users"_s), 0);
        QCOMPARE(pragma(db.database(), u"quick_check"_s), u"ok"_s);
    }

    // A full disk is no damage: the healthy file stays where it is, byte for byte, and the report
    // says "disk full / read-only", not "damaged". Once there is room again it opens as it was.
    void fullDiskLeavesAHealthyFileAlone() {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE (Unix)");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal-1.sqlite"_s);
        writeFilledFile(path, 120);
        QVERIFY(!QFile::exists(path + u"-wal"));
        QVERIFY(!QFile::exists(path + u"-shm"));
        const auto bytes = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        QVERIFY(before.size() > 4096);
        std::optional<DirectoryError> error;
        {
            const DirectoryFiles::FileSizeLimit full(1);
            QVERIFY(full.ok());
            DirectoryDatabase db(path, u"full"_s);
            const DirectoryResult<DirectoryOpenReport> report = db.open();
            QVERIFY(!report.ok());
            error = report.error();
        }
        QVERIFY2(asideFiles(path, u"corrupt"_s).isEmpty(), qPrintable(error->logText()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(bytes(), before);
        QCOMPARE(error->kind(), DirectoryError::Kind::StorageUnavailable);
        QVERIFY(error->userMessage().contains(u"full"_s));

        DirectoryDatabase again(path, u"again"_s);
        const DirectoryResult<DirectoryOpenReport> reopened = again.open();
        QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().logText()));
        QCOMPARE(reopened.value().setAside, DirectoryOpenReport::SetAside::No);
        QCOMPARE(scalar(again.database(), u"SELECT count(*) FROM users"_s), 120);
#endif
    }

    void tooNewFileIsSetAside() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal-1.sqlite"_s);
        writeFilledFile(path, 60);
        {
            DirectoryDatabase db(path, u"bump"_s);
            QVERIFY(db.open().ok());
            QVERIFY(QSqlQuery(db.database()).exec(u"UPDATE schema_version SET version = 99"_s));
        }
        DirectoryDatabase db(path, u"test"_s);
        const DirectoryResult<DirectoryOpenReport> opened = db.open();
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().logText()));
        const DirectoryOpenReport report = opened.value();
        QCOMPARE(report.setAside, DirectoryOpenReport::SetAside::TooNew);
        QVERIFY(report.notice().contains(u"newer"));
        QCOMPARE(asideFiles(path, u"too-new"_s).size(), 1);
        QCOMPARE(scalar(db.database(), u"SELECT count(*) FROM users"_s), 0);

        // The set-aside copy is intact: a newer InviteDesk could still use it.
        QSqlDatabase aside = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"aside"_s);
        aside.setDatabaseName(report.setAsidePath);
        QVERIFY(aside.open());
        QCOMPARE(scalar(aside, u"SELECT version FROM schema_version"_s), 99);
        QCOMPARE(scalar(aside, u"SELECT count(*) FROM users"_s), 60);
        aside.close();
        aside = {};
        QSqlDatabase::removeDatabase(u"aside"_s);
    }

    void trustedOpenNeedsAPreparedFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"none.sqlite"_s);
        DirectoryDatabase reader(path, u"reader"_s);
        QVERIFY(!reader.open(DirectoryDatabase::OpenMode::Trusted).ok());
        QVERIFY(!QFile::exists(path));
    }

    // The shared reader is reused while the file at its path is the one it opened, and replaced when
    // another file took its place. The file is rewritten in place (same inode), which an inode-based
    // check cannot see, and which is all a file system without inodes (Windows) offers.
    void sharedReaderNoticesAReplacedFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"portal.sqlite"_s);
        const QString other = dir.filePath(u"other.sqlite"_s);
        writeFilledFile(path, 3);
        writeFilledFile(other, 120);
        const QByteArray otherIdentity = DirectoryDatabase::identityOfFileAt(other);
        QCOMPARE(otherIdentity.size(), 16);
        QVERIFY(DirectoryDatabase::identityOfFileAt(path) != otherIdentity);
        QVERIFY(DirectoryDatabase::identityOfFileAt(dir.filePath(u"absent.sqlite"_s)).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"absent.sqlite"_s)));

        const std::shared_ptr<DirectoryReader> first = DirectoryReader::shared(path);
        QVERIFY(first->isOpen());
        QCOMPARE(DirectoryReader::shared(path).get(), first.get());

        QFile source(other);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile target(path);
        QVERIFY(target.open(QIODevice::ReadWrite)); // in place: same file, other contents
        QVERIFY(target.resize(0));
        QCOMPARE(target.write(source.readAll()), source.size());
        target.close();

        const std::shared_ptr<DirectoryReader> second = DirectoryReader::shared(path);
        QVERIFY(second.get() != first.get());
        QVERIFY(second->isOpen());
        QCOMPARE(DirectorySchema::fileIdentity(second->database()), otherIdentity);
        QCOMPARE(scalar(second->database(), u"SELECT count(*) FROM users"_s), 120);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryDatabase)
#include "tst_directorydatabase.moc"
