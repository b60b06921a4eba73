#include "directory/directoryschema.h"

#include "common/logging.h"
#include "directory/searchtext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using Outcome = Result<void, DirectoryError>;

// A statement's failure: Kind::WriteFailed with SQLite's text (migrate() makes it MigrationFailed).
DirectoryError failed(const QSqlQuery &query, const QString &sql = {}) {
    QString why = query.lastError().text();
    if (!sql.isEmpty())
        why += u" [" + sql.left(80) + u']';
    return DirectoryError(DirectoryError::Kind::WriteFailed, why);
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

Outcome run(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return failed(query, sql);
    return {};
}

Outcome runAll(QSqlDatabase &db, const QStringList &statements) {
    for (const QString &sql : statements)
        if (Outcome done = run(db, sql); !done)
            return done;
    return {};
}

Outcome toVersion1(QSqlDatabase &db) {
    return runAll(
        db, {
                QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
                QStringLiteral("CREATE TABLE users ("
                               " id INTEGER PRIMARY KEY,"
                               " first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
                               " second_name TEXT NOT NULL DEFAULT '',"
                               " email TEXT NOT NULL DEFAULT '', email_norm TEXT NOT NULL DEFAULT '',"
                               " position TEXT NOT NULL DEFAULT '',"
                               " work_phone TEXT NOT NULL DEFAULT '', mobile_phone TEXT NOT NULL DEFAULT '',"
                               " inner_phone TEXT NOT NULL DEFAULT '',"
                               " department_ids TEXT NOT NULL DEFAULT '',"
                               " user_type TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,"
                               " last_login TEXT, date_register TEXT,"
                               " state INTEGER NOT NULL DEFAULT 0,"
                               " raw_json TEXT, content_hash BLOB,"
                               " seen_generation INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX users_email_norm ON users (email_norm)"),
                QStringLiteral("CREATE TABLE departments ("
                               " id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', parent_id INTEGER,"
                               " head_id INTEGER, sort INTEGER NOT NULL DEFAULT 500,"
                               " seen_generation INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral(
                    "CREATE TABLE membership (user_id INTEGER NOT NULL, department_id INTEGER NOT NULL,"
                    " PRIMARY KEY (user_id, department_id)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX membership_department ON membership (department_id, user_id)"),
                QStringLiteral(
                    "CREATE TABLE sync_state ("
                    " id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL DEFAULT 0,"
                    " last_full_sync TEXT, user_count INTEGER NOT NULL DEFAULT 0,"
                    " department_count INTEGER NOT NULL DEFAULT 0, last_added INTEGER NOT NULL DEFAULT 0,"
                    " last_changed INTEGER NOT NULL DEFAULT 0, last_removed INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("INSERT INTO sync_state (id) VALUES (1)"),
            });
}

// Version 2's new columns and tables, still empty.
Outcome addVersion2Tables(QSqlDatabase &db) {
    return runAll(
        db,
        {
            QStringLiteral("ALTER TABLE users ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE users ADD COLUMN sort_position TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE users ADD COLUMN sort_department TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE users ADD COLUMN primary_department_id INTEGER"),
            QStringLiteral("ALTER TABLE departments ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''"),
            // Raw rows move out of users: small users rows make lookups and index walks cheap.
            QStringLiteral("CREATE TABLE user_raw (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO user_raw (id, json) SELECT id, coalesce(raw_json, '{}') FROM users"),
            QStringLiteral("ALTER TABLE users DROP COLUMN raw_json"),
            // Prefix indexes answer the one- to three-letter prefixes typed first without merging
            // thousands of token lists; detail=none keeps the index small (no phrases or column filters are
            // needed: every search term is a single-token prefix). See
            // tests/bench/directory/bench_search.cpp.
            QStringLiteral("CREATE VIRTUAL TABLE user_search USING fts5(names, email, position, phones,"
                           " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none)"),
        });
}

// departments.sort_key from the names version 1 stored.
Outcome fillDepartmentSortKeys(QSqlDatabase &db) {
    QSqlQuery departments(db);
    if (!departments.exec(QStringLiteral("SELECT id, name FROM departments")))
        return failed(departments);
    QSqlQuery setDepartmentKey(db);
    setDepartmentKey.prepare(QStringLiteral("UPDATE departments SET sort_key = ? WHERE id = ?"));
    while (departments.next()) {
        setDepartmentKey.addBindValue(text(SearchText::fold(departments.value(1).toString())));
        setDepartmentKey.addBindValue(departments.value(0));
        if (!setDepartmentKey.exec())
            return failed(setDepartmentKey);
    }
    return {};
}

// Each person's sort keys and primary department, and their row in version 2's search index, from
// what version 1 stored.
Outcome fillUserKeysAndSearchIndex(QSqlDatabase &db) {
    QSqlQuery users(db);
    users.setForwardOnly(true);
    if (!users.exec(QStringLiteral("SELECT id, first_name, last_name, second_name, email, position,"
                                   " work_phone, mobile_phone, inner_phone, department_ids FROM users")))
        return failed(users);
    QSqlQuery setKeys(db);
    setKeys.prepare(
        QStringLiteral("UPDATE users SET sort_name = ?, sort_position = ?, primary_department_id = ?"
                       " WHERE id = ?"));
    QSqlQuery index(db);
    index.prepare(QStringLiteral("INSERT INTO user_search (rowid, names, email, position, phones)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    while (users.next()) {
        const QVariant id = users.value(0);
        const QString first = users.value(1).toString();
        const QString last = users.value(2).toString();
        const QString second = users.value(3).toString();
        const QString email = users.value(4).toString();
        const QString position = users.value(5).toString();
        const QString primaryDepartment = users.value(9).toString().section(u',', 0, 0);
        setKeys.addBindValue(text(SearchText::nameSortKey(first, last, second, email)));
        setKeys.addBindValue(text(SearchText::fold(position)));
        setKeys.addBindValue(primaryDepartment.isEmpty() ? QVariant()
                                                         : QVariant(primaryDepartment.toLongLong()));
        setKeys.addBindValue(id);
        if (!setKeys.exec())
            return failed(setKeys);
        index.addBindValue(id);
        index.addBindValue(text(SearchText::fold(QStringList{first, second, last}.join(u' '))));
        index.addBindValue(text(SearchText::fold(email)));
        index.addBindValue(text(SearchText::fold(position)));
        index.addBindValue(text(SearchText::phoneIndexText(
            {users.value(6).toString(), users.value(7).toString(), users.value(8).toString()})));
        if (!index.exec())
            return failed(index);
    }
    return {};
}

Outcome toVersion2(QSqlDatabase &db) {
    for (const auto step : {addVersion2Tables, fillDepartmentSortKeys, fillUserKeysAndSearchIndex,
                            DirectorySchema::refreshDepartmentSortKeys})
        if (Outcome done = step(db); !done)
            return done;
    return runAll(db, {
                          QStringLiteral("CREATE INDEX users_by_name ON users (sort_name, id)"),
                          QStringLiteral("CREATE INDEX users_by_email ON users (email_norm, id)"),
                          QStringLiteral("CREATE INDEX users_by_position ON users (sort_position, id)"),
                          QStringLiteral("CREATE INDEX users_by_department ON users (sort_department, id)"),
                          QStringLiteral("CREATE INDEX users_by_state ON users (state, sort_name, id)"),
                      });
}

Outcome toVersion3(QSqlDatabase &db) {
    // The search index gains a state token per person (so a state filter is answered inside the index)
    // and the sort indexes carry the state (a filtered walk needs no table lookup). users_by_email was
    // the same index as users_email_norm (the rowid is the id); both give way to (email_norm, state),
    // which also answers the invite dialog's e-mail lookups alone.
    Outcome done =
        runAll(db, {
                       QStringLiteral("DROP TABLE user_search"),
                       QString(u"CREATE VIRTUAL TABLE user_search USING fts5(" +
                               DirectorySchema::SearchColumns + u", tokenize = '" +
                               DirectorySchema::SearchTokenizer + u"', prefix = '1 2 3', detail = none)"),
                       QStringLiteral("DROP INDEX users_by_email"),
                       QStringLiteral("DROP INDEX users_email_norm"),
                   });
    if (!done)
        return done;
    if (done = DirectorySchema::dropSortIndexes(db); !done)
        return done;
    QSqlQuery users(db);
    users.setForwardOnly(true);
    if (!users.exec(QStringLiteral("SELECT id, first_name, last_name, second_name, email, position,"
                                   " work_phone, mobile_phone, inner_phone, state FROM users")))
        return failed(users);
    QSqlQuery index(db);
    index.prepare(DirectorySchema::searchInsertSql());
    while (users.next()) {
        const QStringList names{users.value(1).toString(), users.value(3).toString(),
                                users.value(2).toString()};
        const QStringList phones{users.value(6).toString(), users.value(7).toString(),
                                 users.value(8).toString()};
        const QVariantList values =
            DirectorySchema::searchRow(users.value(0).toLongLong(), names, users.value(4).toString(),
                                       users.value(5).toString(), phones, users.value(9).toInt());
        for (const QVariant &value : values)
            index.addBindValue(value);
        if (!index.exec())
            return failed(index);
    }
    return DirectorySchema::createSortIndexes(db);
}

// Versions 4 and 5 built indexes derived from the search index (a name-ranked copy of it, name_rank, and
// user_tokens) that version 6 drops: a search now ranks its matches in memory (SortOrders). A file older
// than 4 skips building them; only the flag column, which version 6 renames, is added.
Outcome toVersion4(QSqlDatabase &db) {
    return run(
        db, QStringLiteral("ALTER TABLE sync_state ADD COLUMN name_rank_valid INTEGER NOT NULL DEFAULT 0"));
}

Outcome toVersion5(QSqlDatabase &) {
    return {};
}

Outcome toVersion6(QSqlDatabase &db) {
    return runAll(db, {
                          QStringLiteral("DROP TABLE IF EXISTS user_tokens"),
                          QStringLiteral("DROP TABLE IF EXISTS user_search_by_name"),
                          QStringLiteral("DROP TABLE IF EXISTS name_rank"),
                          // Still meaningful for the search index alone: merged since the last change?
                          QStringLiteral("ALTER TABLE sync_state RENAME COLUMN name_rank_valid"
                                         " TO search_index_merged"),
                      });
}

// A random identity the file carries: tells a rebuilt file at the same path from the one a reader holds
// open, on every platform (an inode number means nothing on Windows).
Outcome toVersion7(QSqlDatabase &db) {
    return runAll(db, {
                          QStringLiteral("CREATE TABLE file_identity (id BLOB NOT NULL)"),
                          QStringLiteral("INSERT INTO file_identity (id) VALUES (randomblob(16))"),
                      });
}

// The raw rows give way to the one fact read from them (did the scope show LAST_LOGIN?); the search
// index keeps no copy of its text (contentless, no column sizes: only rowids are ever read from it);
// sync_state remembers the portal's clock for the next incremental refresh and the last reconcile.
Outcome toVersion8(QSqlDatabase &db) {
    Outcome done = runAll(
        db, {
                QStringLiteral("ALTER TABLE users ADD COLUMN last_login_known INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("UPDATE users SET last_login_known = coalesce((SELECT json_type(r.json,"
                               " '$.LAST_LOGIN') IS NOT NULL FROM user_raw r WHERE r.id = users.id), 1)"),
                QStringLiteral("DROP TABLE user_raw"),
                QStringLiteral("ALTER TABLE sync_state ADD COLUMN portal_time TEXT"),
                QStringLiteral("ALTER TABLE sync_state ADD COLUMN last_reconcile TEXT"),
                QStringLiteral("UPDATE sync_state SET last_reconcile = last_full_sync"),
                QStringLiteral("DROP TABLE user_search"),
                DirectorySchema::createSearchIndexSql(),
            });
    if (!done)
        return done;
    QSqlQuery users(db);
    users.setForwardOnly(true);
    if (!users.exec(QStringLiteral("SELECT id, first_name, last_name, second_name, email, position,"
                                   " work_phone, mobile_phone, inner_phone, state FROM users")))
        return failed(users);
    QSqlQuery index(db);
    index.prepare(DirectorySchema::searchInsertSql());
    while (users.next()) {
        const QVariantList values = DirectorySchema::searchRow(
            users.value(0).toLongLong(),
            {users.value(1).toString(), users.value(3).toString(), users.value(2).toString()},
            users.value(4).toString(), users.value(5).toString(),
            {users.value(6).toString(), users.value(7).toString(), users.value(8).toString()},
            users.value(9).toInt());
        for (const QVariant &value : values)
            index.addBindValue(value);
        if (!index.exec())
            return failed(index);
    }
    // One segment, as the last sync left it (a search walks every segment, per keystroke).
    return DirectorySchema::mergeSearchIndex(db);
}

using Step = Outcome (*)(QSqlDatabase &);
constexpr Step Steps[] = {toVersion1, toVersion2, toVersion3, toVersion4,
                          toVersion5, toVersion6, toVersion7, toVersion8}; // Steps[n]: version n to n + 1
static_assert(std::size(Steps) == DirectorySchema::CurrentVersion);

} // namespace

QByteArray DirectorySchema::fileIdentity(const QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM file_identity")) || !query.next())
        return {};
    return query.value(0).toByteArray();
}

int DirectorySchema::version(const QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) ||
        !query.next())
        return -1;
    if (query.value(0).toInt() == 0) {
        QSqlQuery any(db);
        if (!any.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !any.next())
            return -1;
        return any.value(0).toInt() == 0 ? 0 : -1; // tables but no version: not ours
    }
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

namespace {
// migrate()'s work: empty on success, else the SQL error.
QString migrateSteps(QSqlDatabase &db) {
    using DirectorySchema::CurrentVersion;
    const int from = DirectorySchema::version(db);
    if (from < 0)
        return QStringLiteral("unreadable schema version");
    if (from > CurrentVersion)
        return QStringLiteral("schema version %1 is newer than %2").arg(from).arg(CurrentVersion);
    if (from == CurrentVersion)
        return {};
    if (!db.transaction())
        return db.lastError().text();
    for (int v = from; v < CurrentVersion; ++v) {
        if (const Outcome done = Steps[v](db); !done) {
            db.rollback();
            return QStringLiteral("migration %1 -> %2 failed: %3")
                .arg(v)
                .arg(v + 1)
                .arg(done.error().logText());
        }
        qCInfo(lcDirectory) << "directory schema migrated from version" << v << "to" << v + 1;
    }
    QSqlQuery setVersion(db);
    setVersion.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    setVersion.addBindValue(CurrentVersion);
    if (!setVersion.exec() || !db.commit()) {
        const QString error = setVersion.lastError().text() + db.lastError().text();
        db.rollback();
        return error;
    }
    return {};
}
} // namespace

Result<void, DirectoryError> DirectorySchema::migrate(QSqlDatabase &db) {
    if (const QString error = migrateSteps(db); !error.isEmpty())
        return DirectoryError(DirectoryError::Kind::MigrationFailed, error);
    return {};
}

QString DirectorySchema::createSearchIndexSql() {
    return QString(u"CREATE VIRTUAL TABLE user_search USING fts5(" + DirectorySchema::SearchColumns +
                   u", tokenize = '" + DirectorySchema::SearchTokenizer +
                   u"', prefix = '1 2 3', detail = none, content = '', columnsize = 0)");
}

QString DirectorySchema::searchDeleteSql() {
    return QStringLiteral("INSERT INTO user_search (user_search, rowid, names, email, position, phones, tags)"
                          " VALUES ('delete', ?, ?, ?, ?, ?, ?)");
}

QString DirectorySchema::searchInsertSql() {
    return QStringLiteral("INSERT INTO user_search (rowid, names, email, position, phones, tags)"
                          " VALUES (?, ?, ?, ?, ?, ?)");
}

QVariantList DirectorySchema::searchRow(qint64 id, const QStringList &names, const QString &email,
                                        const QString &position, const QStringList &phones, int state) {
    QStringList parts;
    for (const QString &part : names)
        if (!part.isEmpty())
            parts << part;
    return {QVariant(id),
            text(SearchText::indexText(parts.join(u' '))),
            text(SearchText::indexText(email)),
            text(SearchText::indexText(position)),
            text(SearchText::phoneIndexText(phones).remove(SearchText::TokenMark)),
            QVariant(SearchText::stateToken(state))};
}

Result<void, DirectoryError> DirectorySchema::dropSortIndexes(QSqlDatabase &db) {
    return runAll(db, {
                          QStringLiteral("DROP INDEX IF EXISTS users_by_name"),
                          QStringLiteral("DROP INDEX IF EXISTS users_by_email_state"),
                          QStringLiteral("DROP INDEX IF EXISTS users_by_position"),
                          QStringLiteral("DROP INDEX IF EXISTS users_by_department"),
                          QStringLiteral("DROP INDEX IF EXISTS users_by_state"),
                      });
}

Result<void, DirectoryError> DirectorySchema::createSortIndexes(QSqlDatabase &db) {
    // Key then id, so ORDER BY key, id walks an index without sorting (the state after the id, never
    // before it: it would break the order of ties); the state lets a
    // filtered walk skip rows without reading them.
    return runAll(
        db, {
                QStringLiteral("CREATE INDEX IF NOT EXISTS users_by_name ON users (sort_name, id, state)"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS users_by_email_state ON users (email_norm, id, state)"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS users_by_position ON users (sort_position, id, state)"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS users_by_department ON users (sort_department, id, state)"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS users_by_state ON users (state, sort_name)"),
            });
}

Result<void, DirectoryError> DirectorySchema::refreshDepartmentSortKeys(QSqlDatabase &db) {
    return run(
        db, QStringLiteral("UPDATE users SET sort_department = coalesce((SELECT d.sort_key FROM departments d"
                           " WHERE d.id = users.primary_department_id), '')"
                           " WHERE sort_department IS NOT coalesce((SELECT d.sort_key FROM departments d"
                           " WHERE d.id = users.primary_department_id), '')"));
}

Result<void, DirectoryError> DirectorySchema::mergeSearchIndex(QSqlDatabase &db) {
    // One segment: a prefix longer than the prefix indexes ("4930", "иван") gathers its terms from every
    // segment, per keystroke.
    if (Outcome done = run(db, QStringLiteral("INSERT INTO user_search (user_search) VALUES ('optimize')"));
        !done)
        return done;
    return run(db, QStringLiteral("UPDATE sync_state SET search_index_merged = 1"));
}

Result<void, DirectoryError> DirectorySchema::markSearchIndexChanged(QSqlDatabase &db) {
    return run(
        db, QStringLiteral("UPDATE sync_state SET search_index_merged = 0 WHERE search_index_merged <> 0"));
}

bool DirectorySchema::searchIndexMerged(const QSqlDatabase &db) {
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT search_index_merged FROM sync_state")) && query.next() &&
           query.value(0).toInt() == 1;
}

namespace {
Outcome setSearchMerges(QSqlDatabase &db, int automerge, int crisismerge) {
    return runAll(db,
                  {QStringLiteral("INSERT INTO user_search (user_search, rank) VALUES ('automerge', %1)")
                       .arg(automerge),
                   QStringLiteral("INSERT INTO user_search (user_search, rank) VALUES ('crisismerge', %1)")
                       .arg(crisismerge)});
}
} // namespace

Result<void, DirectoryError> DirectorySchema::deferSearchMerges(QSqlDatabase &db) {
    return setSearchMerges(db, 0, 64);
}

Result<void, DirectoryError> DirectorySchema::resumeSearchMerges(QSqlDatabase &db) {
    return setSearchMerges(db, 4, 16);
}

bool DirectorySchema::searchMergesDeferred(const QSqlDatabase &db) {
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM user_search_config WHERE k = 'automerge' AND v = 0")) &&
           query.next();
}
