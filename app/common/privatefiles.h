#pragma once

#include <QString>

class QFileDevice;
class QSettings;

// Files and folders only their owner may read: everything InviteDesk writes (outbox, directory cache,
// settings) holds names, e-mail addresses or the audit log. On Unix they are created 0600 and folders
// 0700 from the first byte (never created open and tightened later); on Windows the per-user profile
// is what keeps them private, so nothing is changed there. Database files must not be symbolic links:
// a link planted where a database is expected would make InviteDesk write somewhere else.
class PrivateFiles {
public:
    // Creates the folder and any missing parents owner-only; a folder that already exists and is
    // InviteDesk's own (the last component) is narrowed to owner-only. Returns an error text
    // (technical, for the log) or an empty string.
    static QString makeFolder(const QString &path);
    // Creates the file owner-only (its folder too) unless it exists; an existing file is narrowed to
    // owner-only. Returns an error text or an empty string.
    static QString makeFile(const QString &path);
    // makeFile() for an SQLite database, refusing a path, or a -wal/-shm/-journal beside it, that is a
    // symbolic link. Returns an error text or an empty string.
    static QString prepareDatabase(const QString &path);
    // The first of the database file and its -wal/-shm/-journal companions that is a symbolic link,
    // or an empty string.
    static QString symlinkedDatabasePart(const QString &path);
    // Narrows a file just opened for writing (a QSaveFile's temporary file before anything is written
    // into it) to owner-only.
    static bool restrictOpenFile(QFileDevice &file);
    // makeFile() for the file behind a QSettings (nothing for the Windows registry).
    static QString prepareSettings(const QSettings &settings);
};
