#pragma once

#include "directory/directorydatabase.h"
#include "directory/directorysyncstatus.h"
#include "directory/directoryuserdetails.h"
#include "directory/sortorders.h"
#include "directory/userstate.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

// The GUI thread's read connection to the directory. Reads never wait on the writer (WAL); the
// models take a DirectoryReader and query through its connection.
class DirectoryReader {
public:
    explicit DirectoryReader(const QString &path);

    // The GUI's one reader of a file: the pages (and anything else on this thread) that ask for the same
    // file get the same open connection, as long as one of them holds it and the file was not replaced
    // since (a rebuilt file gets a new reader). Opened Trusted; a reader that failed to open is
    // returned (isOpen() false) but not shared.
    static std::shared_ptr<DirectoryReader> shared(const QString &path);

    // Trusted once the writer reported opened(); Check when nothing else has opened the file.
    // Readers use a smaller page cache and memory map than the writer (ReaderCacheKiB, ReaderMmapBytes):
    // per-keystroke queries touch a few MB, and every mapped page read counts in the resident set.
    DirectoryResult<DirectoryOpenReport>
    open(DirectoryDatabase::OpenMode mode = DirectoryDatabase::OpenMode::Trusted);
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db.database(); }
    // The sort columns' orders, read on demand through this connection and shared by every model on it.
    SortOrders &sortOrders() const { return m_sortOrders; }

    std::optional<DirectoryUserDetails> userDetails(qint64 userId) const;
    DirectorySyncStatus syncStatus() const;
    // The people whose invitation was still pending at the last sync, in ID order.
    QList<qint64> invitedUserIds() const;
    // People who hold a seat on the portal's plan: every active account (invited ones included, as
    // the portal counts them); nothing when the file cannot be read.
    std::optional<int> activeUserCount() const;

    // How many people a department holds: directly, and with its sub-departments at any depth, where a
    // person in several of them counts once. People of every state, as the department's people list
    // shows them. Departments without members are absent; nothing when the file cannot be read.
    struct MemberCounts {
        int direct = 0;
        int withSubDepartments = 0;
    };
    QHash<qint64, MemberCounts> departmentMemberCounts() const;

    // For the invite dialog's duplicate check: the state of every given e-mail that belongs to someone
    // in the directory, keyed by its normalised form (SearchText::normalizedEmail). Unknown e-mails are
    // absent. When an address belongs to several users, the most relevant state wins
    // (UserStates::precedence).
    QHash<QString, UserState> statesForEmails(const QStringList &emails) const;

    static constexpr int EmailChunk = 400; // bound parameters per IN query (SQLite allows 32766)
    // Measured (bench_startup, bench_search, 100 000 users): with a 64 MB map the window's first reads
    // left +27 MB resident over an empty window, without one +13 MB; per-keystroke CPU time was the same.
    static constexpr int ReaderCacheKiB = 8192;
    static constexpr qint64 ReaderMmapBytes = 0;

private:
    DirectoryDatabase m_db;
    mutable SortOrders m_sortOrders;
    QByteArray m_fileIdentity; // the file's own identity when opened: tells a rebuilt file from this one
};
