#pragma once

#include <QSqlError>

// What a failed SQLite statement says about its file, from SQLite's primary result code (the driver
// may report extended codes: the low byte is the primary one). Storage: the disk or the system
// refused (full, I/O error, read-only, cannot open, no access, busy or locked, out of memory), so the
// file is left alone. Corruption: SQLite's own verdict that the bytes are not a sound database.
// Statement: anything else, the statement itself failed.
enum class SqliteFailure { Storage, Corruption, Statement };

inline SqliteFailure sqliteFailure(const QSqlError &error) {
    enum : int {
        Perm = 3,
        Busy = 5,
        Locked = 6,
        NoMem = 7,
        ReadOnly = 8,
        IoErr = 10,
        Corrupt = 11,
        Full = 13,
        CantOpen = 14,
        NotADatabase = 26
    };
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return SqliteFailure::Statement;
    switch (code) {
    case Perm:
    case Busy:
    case Locked:
    case NoMem:
    case ReadOnly:
    case IoErr:
    case Full:
    case CantOpen:
        return SqliteFailure::Storage;
    case Corrupt:
    case NotADatabase:
        return SqliteFailure::Corruption;
    default:
        return SqliteFailure::Statement;
    }
}
