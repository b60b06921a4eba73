#include "directory/directorydatabase.h"

#include "common/logging.h"
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

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString pragmaValue(const QSqlDatabase &db, const QString &pragma, QString *error = nullptr) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA " + pragma) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.value(0).toString();
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
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return QStringLiteral("cannot create folder %1").arg(info.absolutePath());
    QFile file(m_path);
    if (!file.exists()) {
        // Create the file ourselves so it is owner-only from its first byte; SQLite gives the -wal and
        // -shm files the same permissions as the database.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return file.errorString();
        file.close();
    }
    if (file.permissions() != OwnerOnly && !file.setPermissions(OwnerOnly))
        return QStringLiteral("cannot make %1 owner-only").arg(m_path);
    return {};
}

bool DirectoryDatabase::openConnection(QString *error) {
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // A 100 000-person directory is ~100 MB: a larger page cache and memory-mapped reads keep the
    // per-keystroke queries and the page writes off the system-call path.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    setCacheLimits(DefaultCacheKiB, DefaultMmapBytes);
    return true;
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
        qCWarning(lcDirectory) << "cannot move the directory file aside, removing it:" << m_path;
        QFile::remove(m_path);
        target.clear();
    } else if (QFile::exists(m_path + u"-wal")) {
        QFile::rename(m_path + u"-wal", target + u"-wal"); // keeps the aside copy readable
    }
    QFile::remove(m_path + u"-wal");
    QFile::remove(m_path + u"-shm");
    return target;
}

DirectoryOpenReport DirectoryDatabase::open(OpenMode mode) {
    DirectoryOpenReport report;
    if (mode == OpenMode::Trusted) {
        if (!QFile::exists(m_path)) {
            report.error = QStringLiteral("no directory file yet");
            return report;
        }
        if (!openConnection(&report.error))
            return report;
        const int version = DirectorySchema::version(database());
        if (version != DirectorySchema::CurrentVersion) {
            report.error = QStringLiteral("unexpected schema version %1").arg(version);
            closeConnection();
            return report;
        }
        report.walEnabled = pragmaValue(database(), QStringLiteral("journal_mode")) == u"wal";
        report.ok = true;
        return report;
    }

    report = checkAndMigrate();
    if (report.ok || report.setAside == DirectoryOpenReport::SetAside::No)
        return report;

    // The file was unusable and has been renamed: build a fresh one in its place, once.
    qCWarning(lcDirectory) << "directory file set aside to" << report.setAsidePath
                           << "because:" << report.error;
    DirectoryOpenReport fresh = checkAndMigrate();
    fresh.setAside = report.setAside;
    fresh.setAsidePath = report.setAsidePath;
    if (!fresh.ok)
        qCCritical(lcDirectory) << "cannot rebuild the directory file:" << fresh.error;
    return fresh;
}

DirectoryOpenReport DirectoryDatabase::checkAndMigrate() {
    DirectoryOpenReport report;
    report.error = prepareFile();
    if (!report.error.isEmpty() || !openConnection(&report.error))
        return report;
    // No QSqlDatabase copy is held here: setAside() removes the connection, which must be unused.

    const auto corrupt = [&](const QString &why) {
        report.error = why;
        report.setAside = DirectoryOpenReport::SetAside::Corrupt;
        report.setAsidePath = setAside(report.setAside);
        return report;
    };

    QString error;
    const QString check = pragmaValue(database(), QStringLiteral("quick_check"), &error);
    if (check != u"ok")
        return corrupt(QStringLiteral("quick_check: %1").arg(check.isEmpty() ? error : check));

    const int version = DirectorySchema::version(database());
    if (version < 0)
        return corrupt(QStringLiteral("not a directory file"));
    if (version > DirectorySchema::CurrentVersion) {
        report.error = QStringLiteral("schema version %1 is newer than %2")
                           .arg(version)
                           .arg(DirectorySchema::CurrentVersion);
        report.setAside = DirectoryOpenReport::SetAside::TooNew;
        report.setAsidePath = setAside(report.setAside);
        return report;
    }

    // WAL lets the GUI's reader connection read while the sync writes; some file systems refuse it.
    report.walEnabled = pragmaValue(database(), QStringLiteral("journal_mode = WAL")) == u"wal";
    if (!report.walEnabled)
        qCWarning(lcDirectory) << "WAL journal not available for the directory; reads may wait for writes";
    pragmaValue(database(), QStringLiteral("synchronous = NORMAL"));

    if (version < DirectorySchema::CurrentVersion) {
        QSqlDatabase db = database();
        const QString migrateError = DirectorySchema::migrate(db);
        db = {};
        if (!migrateError.isEmpty())
            return corrupt(migrateError);
        if (version > 0)
            report.migratedFrom = version;
    }
    report.ok = true;
    return report;
}
