#include "sqlitefloor.h"

#include "directory/directorydatabase.h"
#include "directory/directoryschema.h"
#include "directory/directorysync.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QVariant>

#include <sqlite3.h>

#include <ctime>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Close {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
    void operator()(sqlite3_value *value) const { sqlite3_value_free(value); }
};
using Database = std::unique_ptr<sqlite3, Close>;
using Statement = std::unique_ptr<sqlite3_stmt, Close>;
using Value = std::unique_ptr<sqlite3_value, Close>;

// The statements' failures end the measurement with SQLite's words.
class Connection {
public:
    bool open(const QString &path, int flags) {
        sqlite3 *db = nullptr;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        m_db.reset(db);
        if (rc != SQLITE_OK)
            m_failure = u"cannot open %1: %2"_s.arg(path, QString::fromUtf8(sqlite3_errstr(rc)));
        return rc == SQLITE_OK;
    }
    bool run(const QByteArray &sql) {
        char *message = nullptr;
        if (sqlite3_exec(m_db.get(), sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        m_failure = QString::fromUtf8(message) + u" [" + QString::fromUtf8(sql.left(80)) + u']';
        sqlite3_free(message);
        return false;
    }
    Statement prepare(const QByteArray &sql) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.constData(), int(sql.size()), &statement, nullptr) !=
            SQLITE_OK)
            m_failure = QString::fromUtf8(sqlite3_errmsg(m_db.get())) + u" [" +
                        QString::fromUtf8(sql.left(80)) + u']';
        return Statement(statement);
    }
    // Steps a bound statement to its end and resets it.
    bool finish(sqlite3_stmt *statement) {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc == SQLITE_DONE)
            return true;
        m_failure = QString::fromUtf8(sqlite3_errmsg(m_db.get()));
        return false;
    }
    QString failure() const { return m_failure; }
    void close() { m_db.reset(); } // the write-ahead log goes into the file

private:
    Database m_db;
    QString m_failure;
};

// What the source file holds, read before the clock starts.
struct Rows {
    QList<QByteArray> tables;         // CREATE TABLE / VIRTUAL TABLE, in the file's order
    QList<QByteArray> indexesFirst;   // made before the rows (membership's)
    QList<QByteArray> indexesAfter;   // the sort indexes, which the first sync builds at its end
    QList<QByteArray> smallTableRows; // INSERTs for departments, sync_state and the like
    std::vector<std::vector<Value>> users;
    std::vector<std::pair<qint64, qint64>> membership; // by user
    std::vector<std::vector<QByteArray>> search;       // the search row's texts, by user
    std::vector<qint64> ids;
};

QString columnText(sqlite3_stmt *statement, int column) {
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

QString readSchema(Connection &source, Rows &rows) {
    const Statement schema = source.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'user_search_%' ORDER BY rowid");
    if (!schema)
        return source.failure();
    while (sqlite3_step(schema.get()) == SQLITE_ROW) {
        const QByteArray type = reinterpret_cast<const char *>(sqlite3_column_text(schema.get(), 0));
        const QByteArray name = reinterpret_cast<const char *>(sqlite3_column_text(schema.get(), 1));
        const QByteArray sql = reinterpret_cast<const char *>(sqlite3_column_text(schema.get(), 2));
        if (type == "table")
            rows.tables << sql;
        else if (name.startsWith("users_by_"))
            rows.indexesAfter << sql;
        else
            rows.indexesFirst << sql;
        if (type == "table" && name != "users" && name != "membership" && name != "user_search")
            rows.smallTableRows << "INSERT INTO main." + name + " SELECT * FROM source." + name;
    }
    return {};
}

QString readRows(Connection &source, Rows &rows) {
    const Statement users = source.prepare("SELECT * FROM users ORDER BY id");
    const Statement keys =
        source.prepare("SELECT id, first_name, second_name, last_name, email, position, work_phone,"
                       " mobile_phone, inner_phone, state FROM users ORDER BY id");
    const Statement membership =
        source.prepare("SELECT user_id, department_id FROM membership ORDER BY user_id, department_id");
    if (!users || !keys || !membership)
        return source.failure();
    while (sqlite3_step(users.get()) == SQLITE_ROW) {
        std::vector<Value> row;
        for (int c = 0; c < sqlite3_column_count(users.get()); ++c)
            row.emplace_back(sqlite3_value_dup(sqlite3_column_value(users.get(), c)));
        rows.users.push_back(std::move(row));
    }
    while (sqlite3_step(keys.get()) == SQLITE_ROW) {
        const auto text = [&](int column) { return columnText(keys.get(), column); };
        const QVariantList values = DirectorySchema::searchRow(
            sqlite3_column_int64(keys.get(), 0), {text(1), text(2), text(3)}, text(4), text(5),
            {text(6), text(7), text(8)}, sqlite3_column_int(keys.get(), 9));
        std::vector<QByteArray> texts;
        for (qsizetype i = 1; i < values.size(); ++i)
            texts.push_back(values.at(i).toByteArray());
        rows.search.push_back(std::move(texts));
        rows.ids.push_back(sqlite3_column_int64(keys.get(), 0));
    }
    while (sqlite3_step(membership.get()) == SQLITE_ROW)
        rows.membership.emplace_back(sqlite3_column_int64(membership.get(), 0),
                                     sqlite3_column_int64(membership.get(), 1));
    return {};
}

// The timed part: the rows in the writer's transactions, then the sort indexes and the merge.
bool write(Connection &target, const Rows &rows) {
    QByteArray insertUser = "INSERT INTO users VALUES (?";
    for (std::size_t c = 1; c < rows.users.front().size(); ++c)
        insertUser += ", ?";
    insertUser += ')';
    const Statement user = target.prepare(insertUser);
    const Statement link = target.prepare("INSERT INTO membership (user_id, department_id) VALUES (?, ?)");
    const Statement index = target.prepare(DirectorySchema::searchInsertSql().toUtf8());
    if (!user || !link || !index)
        return false;
    std::size_t member = 0;
    for (std::size_t i = 0; i < rows.users.size(); ++i) {
        if (i % DirectorySync::BatchUsers == 0 && !target.run(i == 0 ? "BEGIN" : "COMMIT; BEGIN"))
            return false;
        for (std::size_t c = 0; c < rows.users[i].size(); ++c)
            sqlite3_bind_value(user.get(), int(c) + 1, rows.users[i][c].get());
        if (!target.finish(user.get()))
            return false;
        for (; member < rows.membership.size() && rows.membership[member].first == rows.ids[i]; ++member) {
            sqlite3_bind_int64(link.get(), 1, rows.membership[member].first);
            sqlite3_bind_int64(link.get(), 2, rows.membership[member].second);
            if (!target.finish(link.get()))
                return false;
        }
        sqlite3_bind_int64(index.get(), 1, rows.ids[i]);
        for (std::size_t t = 0; t < rows.search[i].size(); ++t)
            sqlite3_bind_text(index.get(), int(t) + 2, rows.search[i][t].constData(),
                              int(rows.search[i][t].size()), SQLITE_STATIC);
        if (!target.finish(index.get()))
            return false;
    }
    if (!target.run("COMMIT; BEGIN"))
        return false;
    for (const QByteArray &sql : rows.indexesAfter)
        if (!target.run(sql))
            return false;
    return target.run("INSERT INTO user_search (user_search) VALUES ('optimize');"
                      " INSERT INTO user_search (user_search, rank) VALUES ('automerge', 4);"
                      " INSERT INTO user_search (user_search, rank) VALUES ('crisismerge', 16); COMMIT");
}

} // namespace

SqliteFloor measureSqliteFloor(const QString &source, const QString &target) {
    SqliteFloor floor;
    Rows rows;
    {
        Connection from;
        if (!from.open(source, SQLITE_OPEN_READONLY)) {
            floor.failure = from.failure();
            return floor;
        }
        floor.failure = readSchema(from, rows);
        if (floor.failure.isEmpty())
            floor.failure = readRows(from, rows);
        if (!floor.failure.isEmpty())
            return floor;
    }
    if (rows.users.empty()) {
        floor.failure = u"no users in %1"_s.arg(source);
        return floor;
    }
    for (const QString &path : QStringList{target, target + u"-wal"_s, target + u"-shm"_s})
        QFile::remove(path);
    Connection to;
    if (!to.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
        floor.failure = to.failure();
        return floor;
    }
    // The connection as DirectoryDatabase sets it up; the empty schema and the few small rows first.
    QByteArray setUp = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"
                       " PRAGMA cache_size = -" +
                       QByteArray::number(DirectoryDatabase::DefaultCacheKiB) +
                       "; PRAGMA mmap_size = " + QByteArray::number(DirectoryDatabase::DefaultMmapBytes) +
                       ";";
    for (const QByteArray &sql : std::as_const(rows.tables) + rows.indexesFirst)
        setUp += sql + ';';
    setUp += "ATTACH DATABASE '" + QFile::encodeName(source).replace('\'', "''") + "' AS source; BEGIN;";
    for (const QByteArray &sql : std::as_const(rows.smallTableRows))
        setUp += sql + ';';
    setUp += "COMMIT; DETACH DATABASE source;"
             " INSERT INTO user_search (user_search, rank) VALUES ('automerge', 0);"
             " INSERT INTO user_search (user_search, rank) VALUES ('crisismerge', 64);";
    if (!to.run(setUp)) {
        floor.failure = to.failure();
        return floor;
    }
    const double start = threadCpuSeconds();
    if (!write(to, rows)) {
        floor.failure = to.failure();
        return floor;
    }
    floor.cpuSeconds = threadCpuSeconds() - start;
    floor.users = int(rows.users.size());
    to.close();
    floor.fileMb = double(QFileInfo(target).size()) / 1e6;
    return floor;
}
