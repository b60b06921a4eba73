#include "directory/directorydatabase.h"

#include "common/logging.h"
#include "common/privatefiles.h"
#include "common/sqlitefailure.h"
#include "directory/directoryschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {
QAtomicInteger<quint64> s_connectionCounter;

QString pragmaValue(const QSqlDatabase &db, const QString &pragma, QSqlError *error = nullptr) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA " + pragma) || !query.next()) {
        if (error)
            *error = query.lastError();
        return {};
    }
    return query.value(0).toString();
}

// Only SQLite's own verdict that the bytes are wrong is corruption. Everything else a statement can
// fail with here (SQLITE_FULL, _IOERR, _READONLY, _CANTOPEN, _PERM, _BUSY, _NOMEM, ...) says nothing
// about the file: the file is left alone.
bool isCorruption(const QSqlError &error) {
    return sqliteFailure(error) == SqliteFailure::Corruption;
}

// The migration steps report text; SQLite's messages for the storage failures are its fixed
// sqlite3_errstr() strings.
bool isStorageFailureText(const QString &text) {
    static const char *const messages[] = {"database or disk is full",
                                           "disk I/O error",
                                           "attempt to write a readonly database",
                                           "unable to open database file",
                                           "database is locked",
                                           "access permission denied",
                                           "out of memory"};
    for (const char *message : messages)
        if (text.contains(QLatin1StringView(message), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

DirectoryDatabase::DirectoryDatabase(const QString &path, const QString &role)
    : m_path(path)
    , m_connectionName(QStringLiteral("invitedesk.directory.%1.%2.%3")
                           .arg(role)
                           .arg(quintptr(QThread::currentThreadId()), 0, 16)
                           .arg(s_connectionCounter.fetchAndAddRelaxed(1))) {}

DirectoryDatabase::~DirectoryDatabase() {
    closeConnection();
}

QString DirectoryDatabase::defaultPath(const QString &portalHost, qint64 userId) {
    // The local (not roaming) data folder, as Workspace::defaultDataDir(): a roaming profile must
    // not carry SQLite files between computers.
    return defaultPath(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), portalHost,
                       userId);
}

QString DirectoryDatabase::defaultPath(const QString &appDataDir, const QString &portalHost, qint64 userId) {
    QString host;
    for (const QChar c : portalHost.trimmed().toLower()) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
        host += safe ? c : u'_';
    }
    if (host.isEmpty() || host.startsWith(u'.'))
        host.prepend(u'_');
    return QDir(appDataDir).filePath(QStringLiteral("directory/%1-%2.sqlite").arg(host).arg(userId));
}

bool DirectoryDatabase::isOpen() const {
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase DirectoryDatabase::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString DirectoryDatabase::prepareFile() {
    // Owner-only from the first byte (SQLite gives the -wal and -shm files the same permissions);
    // never through a symbolic link.
    return PrivateFiles::prepareDatabase(m_path);
}

Result<void, DirectoryError> DirectoryDatabase::openConnection() {
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        const QString why = db.lastError().text();
        return DirectoryError(isStorageFailureText(why) ? DirectoryError::Kind::StorageUnavailable
                                                        : DirectoryError::Kind::CannotOpen,
                              why);
    }
    // A 100 000-person directory is ~100 MB: a larger page cache and memory-mapped reads keep the
    // per-keystroke queries and the page writes off the system-call path.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    setCacheLimits(DefaultCacheKiB, DefaultMmapBytes);
    return {};
}

void DirectoryDatabase::setCacheLimits(int cacheKiB, qint64 mmapBytes) {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    const QSqlDatabase db = database();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size = %1").arg(mmapBytes));
}

void DirectoryDatabase::closeConnection() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QByteArray DirectoryDatabase::identityOfFileAt(const QString &path) {
    if (!QFileInfo(path).isFile())
        return {};
    const QString name = QStringLiteral("identity-probe-%1").arg(++s_connectionCounter);
    QByteArray identity;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (db.open())
            identity = DirectorySchema::fileIdentity(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

QString DirectoryDatabase::setAside(DirectoryOpenReport::SetAside reason) {
    closeConnection();
    const QString kind = reason == DirectoryOpenReport::SetAside::TooNew ? QStringLiteral("too-new")
                                                                         : QStringLiteral("corrupt");
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString target = QStringLiteral("%1.%2-%3").arg(m_path, kind, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(m_path, kind, stamp).arg(n);
    if (!QFile::rename(m_path, target)) {
        // A folder that cannot be written: the file stays as it is (never deleted); the caller
        // reports the storage as unavailable.
        qCWarning(lcDirectory) << "cannot move the directory file aside, leaving it:" << m_path;
        return {};
    }
    if (QFile::exists(m_path + u"-wal"))
        QFile::rename(m_path + u"-wal", target + u"-wal"); // keeps the aside copy readable
    QFile::remove(m_path + u"-wal");
    QFile::remove(m_path + u"-shm");
    return target;
}

DirectoryResult<DirectoryOpenReport> DirectoryDatabase::open(OpenMode mode) {
    if (mode == OpenMode::Trusted)
        return openTrusted();

    DirectoryResult<DirectoryOpenReport> first = checkAndMigrate();
    if (!first) {
        if (first.error().kind() != DirectoryError::Kind::CannotOpen)
            qCWarning(lcDirectory) << "directory file left as it is:" << first.error().logText();
        return first;
    }
    if (first.value().setAside == DirectoryOpenReport::SetAside::No)
        return first;

    // The file was unusable and has been renamed: build a fresh one in its place, once.
    DirectoryResult<DirectoryOpenReport> fresh = checkAndMigrate();
    if (!fresh) {
        qCCritical(lcDirectory) << "cannot rebuild the directory file:" << fresh.error().logText();
        return fresh;
    }
    fresh.value().setAside = first.value().setAside;
    fresh.value().setAsidePath = first.value().setAsidePath;
    return fresh;
}

DirectoryResult<DirectoryOpenReport> DirectoryDatabase::openTrusted() {
    using Kind = DirectoryError::Kind;
    if (!QFile::exists(m_path))
        return DirectoryError(Kind::CannotOpen, QStringLiteral("no directory file yet"));
    if (const QString link = PrivateFiles::symlinkedDatabasePart(m_path); !link.isEmpty())
        return DirectoryError(Kind::CannotOpen,
                              QStringLiteral("refusing %1: it is a symbolic link").arg(link));
    if (Result<void, DirectoryError> connection = openConnection(); !connection)
        return connection.error();
    const int version = DirectorySchema::version(database());
    if (version != DirectorySchema::CurrentVersion) {
        closeConnection();
        return DirectoryError(Kind::CannotOpen, QStringLiteral("unexpected schema version %1").arg(version));
    }
    DirectoryOpenReport report;
    report.walEnabled = pragmaValue(database(), QStringLiteral("journal_mode")) == u"wal";
    return report;
}

// A value with setAside set means the file was moved aside and nothing is open: open() builds anew.
DirectoryResult<DirectoryOpenReport> DirectoryDatabase::checkAndMigrate() {
    using Kind = DirectoryError::Kind;
    if (const QString prepared = prepareFile(); !prepared.isEmpty())
        return DirectoryError(Kind::CannotOpen, prepared);
    if (Result<void, DirectoryError> connection = openConnection(); !connection)
        return connection.error();
    // No QSqlDatabase copy is held here: setAside() removes the connection, which must be unused.

    const auto unavailable = [&](Kind kind, const QString &why) {
        closeConnection();
        return DirectoryError(kind, why);
    };
    DirectoryOpenReport report;
    const auto setAsideFor = [&](DirectoryOpenReport::SetAside reason,
                                 const QString &why) -> DirectoryResult<DirectoryOpenReport> {
        report.setAsidePath = setAside(reason);
        if (report.setAsidePath.isEmpty())
            return unavailable(Kind::StorageUnavailable, why + u" (and the file cannot be moved aside)");
        qCWarning(lcDirectory) << "directory file set aside to" << report.setAsidePath << "because:" << why;
        report.setAside = reason;
        return report;
    };
    const auto corrupt = [&](const QString &why) {
        return setAsideFor(DirectoryOpenReport::SetAside::Corrupt, why);
    };

    QSqlError error;
    const QString check = pragmaValue(database(), QStringLiteral("quick_check"), &error);
    if (check.isEmpty() && !isCorruption(error))
        return unavailable(Kind::StorageUnavailable,
                           QStringLiteral("quick_check could not run: %1").arg(error.text()));
    if (check != u"ok")
        return corrupt(QStringLiteral("quick_check: %1").arg(check.isEmpty() ? error.text() : check));

    const int version = DirectorySchema::version(database());
    if (version < 0) {
        // Not ours, or not readable right now: only SQLite's verdict on the bytes sets it aside.
        QSqlQuery probe(database());
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
            !isCorruption(probe.lastError()))
            return unavailable(Kind::StorageUnavailable,
                               QStringLiteral("schema unreadable: %1").arg(probe.lastError().text()));
        return corrupt(QStringLiteral("not a directory file"));
    }
    if (version > DirectorySchema::CurrentVersion)
        return setAsideFor(DirectoryOpenReport::SetAside::TooNew,
                           QStringLiteral("schema version %1 is newer than %2")
                               .arg(version)
                               .arg(DirectorySchema::CurrentVersion));

    // WAL lets the GUI's reader connection read while the sync writes; some file systems refuse it.
    report.walEnabled = pragmaValue(database(), QStringLiteral("journal_mode = WAL")) == u"wal";
    if (!report.walEnabled)
        qCWarning(lcDirectory) << "WAL journal not available for the directory; reads may wait for writes";
    pragmaValue(database(), QStringLiteral("synchronous = NORMAL"));

    if (version < DirectorySchema::CurrentVersion) {
        QSqlDatabase db = database();
        const Result<void, DirectoryError> migrated = DirectorySchema::migrate(db);
        db = {};
        if (!migrated && isStorageFailureText(migrated.error().logText()))
            return unavailable(Kind::MigrationFailed, migrated.error().logText());
        if (!migrated)
            return corrupt(migrated.error().logText());
        if (version > 0)
            report.migratedFrom = version;
    }
    return report;
}
