#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// The outbox file as InviteDesk released it, for the migration tests: written without OutboxDatabase so
// that a test owns the old file it opens.
namespace ReleasedOutbox {

// The tables of schema 1 exactly as released (OutboxDatabase's first migration step), without the
// schema_version table. Schema 2 added invitations.phone (V2Step).
inline const char *const V1Tables[] = {
    "CREATE TABLE invitations ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL, portal TEXT NOT NULL,"
    " email TEXT NOT NULL, email_key TEXT NOT NULL,"
    " first_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '',"
    " last_name TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '',"
    " department_ids TEXT NOT NULL DEFAULT '', department_name TEXT NOT NULL DEFAULT '',"
    " extranet INTEGER NOT NULL DEFAULT 0, group_ids TEXT NOT NULL DEFAULT '',"
    " message TEXT NOT NULL DEFAULT '', tab TEXT NOT NULL DEFAULT '', inviter TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL CHECK (state IN ('queued','sending','sent','failed','needs_review','discarded')),"
    " user_id INTEGER, failure_kind TEXT NOT NULL DEFAULT '', failure_code TEXT NOT NULL DEFAULT '',"
    " failure_message TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE UNIQUE INDEX invitations_pending_key ON invitations (idempotency_key)"
    " WHERE state IN ('queued','sending','needs_review')",
    "CREATE INDEX invitations_by_state ON invitations (portal, state, id)",
    "CREATE TABLE audit_log ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, portal TEXT NOT NULL,"
    " inviter TEXT NOT NULL DEFAULT '', email TEXT NOT NULL, tab TEXT NOT NULL DEFAULT '',"
    " message TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',"
    " event TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '', invitation_id INTEGER)",
    "CREATE TABLE drafts ("
    " portal TEXT NOT NULL, tab TEXT NOT NULL, saved_at TEXT NOT NULL,"
    " recipients TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
    " template_name TEXT NOT NULL DEFAULT '', department_ids TEXT NOT NULL DEFAULT '',"
    " department_name TEXT NOT NULL DEFAULT '', extranet INTEGER NOT NULL DEFAULT 0,"
    " group_ids TEXT NOT NULL DEFAULT '', PRIMARY KEY (portal, tab))",
    "CREATE TABLE templates (name TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL)",
};
inline const char *const V2Step = "ALTER TABLE invitations ADD COLUMN phone TEXT NOT NULL DEFAULT ''";

// The schema_version table at this version, then the tables of the given release, then the rows given.
inline QStringList schema(int version, const QStringList &rows) {
    QStringList statements{QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                           QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)};
    for (const char *table : V1Tables)
        statements << QString::fromUtf8(table);
    if (version >= 2)
        statements << QString::fromUtf8(V2Step);
    return statements + rows;
}

inline QStringList columnsOf(QSqlDatabase db, const QString &table) {
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    return columns;
}

} // namespace ReleasedOutbox
