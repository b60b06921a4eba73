#pragma once

#include "directory/directoryerror.h"
#include "directory/directoryopenreport.h"

#include <QSqlDatabase>
#include <QString>

// One named QtSql connection to the directory file, owned by the thread that opens it. Opening with
// check() creates the file owner-only, runs quick_check, migrates the schema and switches to WAL; a
// damaged or too-new file is renamed aside with a timestamp and a fresh one is built in its place.
// The connection is removed again when the object is destroyed (on the same thread).
class DirectoryDatabase {
public:
    enum class OpenMode {
        Check,   // the writer at start-up: check, migrate, recover
        Trusted, // readers once the writer has prepared the file: open and set pragmas only
    };

    // role names the connection ("writer", "reader"); the thread and an instance counter are appended
    // so that each thread has its own connection.
    DirectoryDatabase(const QString &path, const QString &role);
    ~DirectoryDatabase();
    DirectoryDatabase(const DirectoryDatabase &) = delete;
    DirectoryDatabase &operator=(const DirectoryDatabase &) = delete;

    // The report when the file is open and usable, else why not (nothing was deleted).
    DirectoryResult<DirectoryOpenReport> open(OpenMode mode = OpenMode::Check);
    bool isOpen() const;
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    // The identity (DirectorySchema::fileIdentity) of the file now at path, read through a short-lived
    // read-only connection; empty when there is no readable directory file there.
    static QByteArray identityOfFileAt(const QString &path);

    // <AppLocalDataLocation>/directory/<host>-<user id>.sqlite; host is reduced to safe file-name characters.
    static QString defaultPath(const QString &portalHost, qint64 userId);
    static QString defaultPath(const QString &appDataDir, const QString &portalHost, qint64 userId);

    // Page cache (KiB) and memory map (bytes) of this connection; the defaults suit the writer.
    // Mapped pages that a query touched count in the process's resident set.
    void setCacheLimits(int cacheKiB, qint64 mmapBytes);

    static constexpr int BusyTimeoutMs = 5000;
    static constexpr int DefaultCacheKiB = 32768;
    static constexpr qint64 DefaultMmapBytes = 268435456;

private:
    QString prepareFile();
    Result<void, DirectoryError> openConnection();
    void closeConnection();
    QString setAside(DirectoryOpenReport::SetAside reason);
    DirectoryResult<DirectoryOpenReport> openTrusted();
    DirectoryResult<DirectoryOpenReport> checkAndMigrate();

    QString m_path;
    QString m_connectionName;
};
