#include "invite/outboxdatabase.h"

#include "common/logging.h"
#include "common/privatefiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

using namespace Qt::StringLiterals;

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
        m_connectionError.set(InviteError(InviteError::Kind::CannotOpen, m_path + u": " + error));
        return db;
    }
    if (!db.open()) {
        InviteError error = InviteError::fromSql(db.lastError());
        m_connectionError.set(InviteError(
            error.kind() == InviteError::Kind::Failed ? InviteError::Kind::CannotOpen : error.kind(),
            m_path + u": " + error.logText()));
        return db;
    }
    if (const InviteResult<void> configured = configure(db); !configured) {
        m_connectionError.set(configured.error());
        db.close();
    }
    return db;
}

InviteResult<void> OutboxDatabase::configure(QSqlDatabase &db) {
    QSqlQuery q(db);
    const QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = 5000"),
                                 QStringLiteral("PRAGMA synchronous = FULL"),
                                 QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return InviteError::fromSql(q.lastError());
    }
    // Ask for WAL and check what we got: some file systems (network shares) refuse it.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return InviteError::fromSql(q.lastError());
    const QString mode = q.value(0).toString().toLower();
    m_journalMode.set(mode);
    if (mode != u"wal")
        qCWarning(lcInvite) << "outbox: WAL refused, journal mode is" << mode;
    return {};
}

InviteResult<void> OutboxDatabase::open() {
    m_open = false;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        const std::optional<InviteError> refused = m_connectionError.get();
        return refused ? *refused : InviteError(InviteError::Kind::CannotOpen, m_path);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("PRAGMA quick_check"));
    if (InviteResult<void> checked = exec(q); !checked)
        return checked;
    if (!q.next())
        return failure(q.lastError());
    const QString verdict = q.value(0).toString();
    if (verdict != u"ok")
        return InviteError(InviteError::Kind::Damaged, m_path + u": quick_check: " + verdict);
    q.finish();
    if (InviteResult<void> migrated = migrate(); !migrated)
        return migrated;
    m_open = true;
    return {};
}

InviteResult<void> OutboxDatabase::migrate() {
    OutboxTransaction tx(*this);
    if (!tx.begun())
        return tx.begun().error();
    if (InviteResult<void> made =
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !made)
        return made;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT version FROM schema_version"));
    if (InviteResult<void> read = exec(q); !read)
        return read;
    int version = 0;
    const bool hasRow = q.next();
    if (hasRow)
        version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion)
        return InviteError(
            InviteError::Kind::NewerVersion,
            u"%1: schema %2; this version knows %3"_s.arg(m_path).arg(version).arg(SchemaVersion));
    for (int step = version + 1; step <= SchemaVersion; ++step) {
        for (const QString &statement : migrationStep(step)) {
            if (InviteResult<void> done = exec(statement); !done)
                return done;
        }
    }
    if (version != SchemaVersion) {
        QSqlQuery u(connection());
        u.prepare(hasRow ? QStringLiteral("UPDATE schema_version SET version = ?")
                         : QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        u.addBindValue(SchemaVersion);
        if (InviteResult<void> stored = exec(u); !stored)
            return stored;
    }
    return tx.commit();
}

InviteResult<void> OutboxDatabase::countAccess() {
    const int n = ++m_accesses;
    if (m_failAt.load() > 0 && n == m_failAt.load())
        return InviteError(InviteError::Kind::StorageUnavailable,
                           u"injected storage fault at access %1"_s.arg(n));
    return {};
}

void OutboxDatabase::failAccess(int n) {
    m_accesses = 0;
    m_failAt = n;
}

InviteError OutboxDatabase::failure(const QSqlError &error) const {
    // A statement on a connection that could not be opened reports no more than that.
    if (const std::optional<InviteError> refused = m_connectionError.get();
        refused && (error.type() == QSqlError::ConnectionError || error.nativeErrorCode().isEmpty()))
        return *refused;
    return InviteError::fromSql(error);
}

InviteResult<void> OutboxDatabase::exec(QSqlQuery &query) {
    if (InviteResult<void> counted = countAccess(); !counted)
        return counted;
    if (!query.exec()) {
        const InviteError error = failure(query.lastError());
        qCWarning(lcInvite) << "outbox: statement failed:" << error.logText();
        return error;
    }
    return {};
}

InviteResult<void> OutboxDatabase::exec(const QString &statement) {
    if (InviteResult<void> counted = countAccess(); !counted)
        return counted;
    QSqlQuery q(connection());
    if (!q.exec(statement)) {
        const InviteError error = failure(q.lastError());
        qCWarning(lcInvite) << "outbox: statement failed:" << error.logText();
        return error;
    }
    return {};
}

InviteResult<void> OutboxDatabase::begin() {
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

InviteResult<void> OutboxDatabase::commit() {
    return exec(QStringLiteral("COMMIT"));
}

void OutboxDatabase::rollback() {
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when no transaction is open
}
