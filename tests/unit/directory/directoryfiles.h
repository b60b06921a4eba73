#pragma once

// Directory files as tests need them: the version-1 schema an old InviteDesk wrote, and a disk that
// refuses writes past a size (Unix).
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace DirectoryFiles {
using namespace Qt::StringLiterals;

// The version-1 schema exactly as InviteDesk 0.1 wrote it, with one person and one department, at
// path (any file there and its WAL are replaced). False when a statement failed.
inline bool writeVersion1(const QString &path) {
    for (const QString &part : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        QFile::remove(part);
    bool ok = true;
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        v1.setDatabaseName(path);
        ok = v1.open();
        QSqlQuery q(v1);
        for (const QString &sql : {
                 u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
                 u"INSERT INTO schema_version VALUES (1)"_s,
                 u"CREATE TABLE users (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL DEFAULT '',"
                 " last_name TEXT NOT NULL DEFAULT '', second_name TEXT NOT NULL DEFAULT '',"
                 " email TEXT NOT NULL DEFAULT '', email_norm TEXT NOT NULL DEFAULT '',"
                 " position TEXT NOT NULL DEFAULT '', work_phone TEXT NOT NULL DEFAULT '',"
                 " mobile_phone TEXT NOT NULL DEFAULT '', inner_phone TEXT NOT NULL DEFAULT '',"
                 " department_ids TEXT NOT NULL DEFAULT '', user_type TEXT NOT NULL DEFAULT '',"
                 " active INTEGER NOT NULL DEFAULT 1, last_login TEXT, date_register TEXT,"
                 " state INTEGER NOT NULL DEFAULT 0, raw_json TEXT, content_hash BLOB,"
                 " seen_generation INTEGER NOT NULL DEFAULT 0)"_s,
                 u"CREATE INDEX users_email_norm ON users (email_norm)"_s,
                 u"CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                 " parent_id INTEGER, head_id INTEGER, sort INTEGER NOT NULL DEFAULT 500,"
                 " seen_generation INTEGER NOT NULL DEFAULT 0)"_s,
                 u"CREATE TABLE membership (user_id INTEGER NOT NULL, department_id INTEGER NOT NULL,"
                 " PRIMARY KEY (user_id, department_id)) WITHOUT ROWID"_s,
                 u"CREATE INDEX membership_department ON membership (department_id, user_id)"_s,
                 u"CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                 " generation INTEGER NOT NULL DEFAULT 0, last_full_sync TEXT,"
                 " user_count INTEGER NOT NULL DEFAULT 0, department_count INTEGER NOT NULL DEFAULT 0,"
                 " last_added INTEGER NOT NULL DEFAULT 0, last_changed INTEGER NOT NULL DEFAULT 0,"
                 " last_removed INTEGER NOT NULL DEFAULT 0)"_s,
                 u"INSERT INTO sync_state (id, generation, user_count) VALUES (1, 4, 1)"_s,
                 u"INSERT INTO departments (id, name) VALUES (3, 'Vertrieb Süd')"_s,
                 u"INSERT INTO users (id, first_name, last_name, email, email_norm, position, "
                 u"mobile_phone,"
                 " department_ids, user_type, state, seen_generation)"
                 " VALUES (42, 'Jürgen', 'Müller', 'J.Mueller@Example.com', 'j.mueller@example.com',"
                 " 'Vertriebsleiter', '+49 170 1234567', '3', 'employee', 1, 4)"_s,
                 u"INSERT INTO membership VALUES (42, 3)"_s,
             })
            ok = ok && q.exec(sql);
        q = QSqlQuery();
        v1.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    return ok;
}

#ifdef Q_OS_UNIX
// A full disk, for this process only: the kernel refuses every write past `bytes` (EFBIG, the
// signal ignored) while reads go on working, as on a full file system.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
    bool m_ok = false;
};
#endif
} // namespace DirectoryFiles
