#include "invite/outboxdatabase.h"

#include "common/logging.h"
#include "common/privatefiles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace {

// Step n brings the schema from version n-1 to n. Never edit a released step; add a new one.
QStringList migrationStep(int version) {
    switch (version) {
    case 1:
        return {
            QStringLiteral(
                "CREATE TABLE invitations ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " idempotency_key TEXT NOT NULL,"
                " portal TEXT NOT NULL,"
                " email TEXT NOT NULL,"
                " email_key TEXT NOT NULL,"
                " first_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '',"
                " last_name TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '',"
                " department_ids TEXT NOT NULL DEFAULT '', department_name TEXT NOT NULL DEFAULT '',"
                " extranet INTEGER NOT NULL DEFAULT 0, group_ids TEXT NOT NULL DEFAULT '',"
                " message TEXT NOT NULL DEFAULT '', tab TEXT NOT NULL DEFAULT '', inviter TEXT NOT NULL "
                "DEFAULT '',"
                " state TEXT NOT NULL CHECK (state IN "
                "('queued','sending','sent','failed','needs_review','discarded')),"
                " user_id INTEGER, failure_kind TEXT NOT NULL DEFAULT '', failure_code TEXT NOT NULL DEFAULT "
                "'',"
                " failure_message TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            // The same mailbox on the same portal is never pending twice.
            QStringLiteral("CREATE UNIQUE INDEX invitations_pending_key ON invitations (idempotency_key)"
                           " WHERE state IN ('queued','sending','needs_review')"),
            QStringLiteral("CREATE INDEX invitations_by_state ON invitations (portal, state, id)"),
            QStringLiteral(
                "CREATE TABLE audit_log ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, portal TEXT NOT NULL,"
                " inviter TEXT NOT NULL DEFAULT '', email TEXT NOT NULL, tab TEXT NOT NULL DEFAULT '',"
                " message TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',"
                " event TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '', invitation_id INTEGER)"),
            QStringLiteral("CREATE TABLE drafts ("
                           " portal TEXT NOT NULL, tab TEXT NOT NULL, saved_at TEXT NOT NULL,"
                           " recipients TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '',"
                           " template_name TEXT NOT NULL DEFAULT '', department_ids TEXT NOT NULL DEFAULT '',"
                           " department_name TEXT NOT NULL DEFAULT '', extranet INTEGER NOT NULL DEFAULT 0,"
                           " group_ids TEXT NOT NULL DEFAULT '', PRIMARY KEY (portal, tab))"),
            QStringLiteral("CREATE TABLE templates ("
                           " name TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        };
    case 2:
        // The optional phone of the Register tab (PERSONAL_MOBILE).
        return {QStringLiteral("ALTER TABLE invitations ADD COLUMN phone TEXT NOT NULL DEFAULT ''")};
    case 3:
        // A tab's own fields as one JSON object (the Register tab's person being typed). Drafts of
        // older files keep their columns and get an empty object.
        return {QStringLiteral("ALTER TABLE drafts ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'")};
    default:
        return {};
    }
}

} // namespace

OutboxDatabase::OutboxDatabase(const QString &path)
    : m_path(path)
    , m_namePrefix(QStringLiteral("invitedesk.outbox.%1.").arg(quintptr(this), 0, 16)) {}

OutboxDatabase::~OutboxDatabase() {
    // Connections of other threads are removed too: their users must be gone by now (the owner of the
    // outbox outlives the threads that use it).
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_namePrefix))
            QSqlDatabase::removeDatabase(name); // closes it; nothing may hold a QSqlDatabase copy now
    }
}

void OutboxDatabase::releaseThreadConnection() {
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

QString OutboxDatabase::connectionName() const {
    return m_namePrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
}

QSqlDatabase OutboxDatabase::connection() {
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Names, addresses and the audit log: owner-only from the first byte, never through a link.
    if (const QString error = PrivateFiles::prepareDatabase(m_path); !error.isEmpty()) {
        qCWarning(lcInvite) << "outbox:" << error;
        m_lastError =
            QCoreApplication::translate("OutboxDatabase", "The outbox file %1 could not be opened: %2")
                .arg(m_path, error);
        return db;
    }
    if (!db.open()) {
        m_lastError =
            QCoreApplication::translate("OutboxDatabase", "The outbox file %1 could not be opened: %2")
                .arg(m_path, db.lastError().text());
        return db;
    }
    if (!configure(db))
        db.close();
    return db;
}

bool OutboxDatabase::configure(QSqlDatabase &db) {
    QSqlQuery q(db);
    const QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = 5000"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    // Ask for WAL and check what we got: some file systems (network shares) refuse it.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    const QString mode = q.value(0).toString().toLower();
    m_journalMode = mode;
    if (mode != u"wal")
        qCWarning(lcInvite) << "outbox: WAL refused, journal mode is" << mode;
    return true;
}

bool OutboxDatabase::open() {
    m_open = false;
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!exec(q))
        return false;
    if (!q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    const QString verdict = q.value(0).toString();
    if (verdict != u"ok") {
        m_lastError = QCoreApplication::translate("OutboxDatabase", "The outbox file %1 is damaged (%2).")
                          .arg(m_path, verdict);
        return false;
    }
    q.finish();
    if (!migrate())
        return false;
    m_open = true;
    return true;
}

bool OutboxDatabase::migrate() {
    OutboxTransaction tx(*this);
    if (!tx.isActive())
        return false;
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT version FROM schema_version"));
    if (!exec(q))
        return false;
    int version = 0;
    const bool hasRow = q.next();
    if (hasRow)
        version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        m_lastError =
            QCoreApplication::translate(
                "OutboxDatabase",
                "The outbox file was written by a newer InviteDesk (schema %1; this version knows %2).")
                .arg(version)
                .arg(SchemaVersion);
        return false;
    }
    for (int step = version + 1; step <= SchemaVersion; ++step) {
        for (const QString &statement : migrationStep(step)) {
            if (!exec(statement))
                return false;
        }
    }
    if (version != SchemaVersion) {
        QSqlQuery u(connection());
        u.prepare(hasRow ? QStringLiteral("UPDATE schema_version SET version = ?")
                         : QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        u.addBindValue(SchemaVersion);
        if (!exec(u))
            return false;
    }
    return tx.commit();
}

bool OutboxDatabase::countAccess() {
    const int n = ++m_accesses;
    if (m_failAt.load() > 0 && n == m_failAt.load()) {
        m_lastError =
            QCoreApplication::translate("OutboxDatabase", "Injected storage fault at access %1.").arg(n);
        return false;
    }
    return true;
}

void OutboxDatabase::failAccess(int n) {
    m_accesses = 0;
    m_failAt = n;
}

bool OutboxDatabase::exec(QSqlQuery &query) {
    if (!countAccess())
        return false;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcInvite) << "outbox: statement failed:" << m_lastError.text();
        return false;
    }
    return true;
}

bool OutboxDatabase::exec(const QString &statement) {
    if (!countAccess())
        return false;
    QSqlQuery q(connection());
    if (!q.exec(statement)) {
        m_lastError = q.lastError().text();
        qCWarning(lcInvite) << "outbox: statement failed:" << m_lastError.text();
        return false;
    }
    return true;
}

bool OutboxDatabase::begin() {
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool OutboxDatabase::commit() {
    return exec(QStringLiteral("COMMIT"));
}

void OutboxDatabase::rollback() {
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when no transaction is open
}
