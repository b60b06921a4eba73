#pragma once

#include "invite/inviteerror.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <optional>

class QSqlError;
class QSqlQuery;

// A value written and read from several threads (each thread has its own connection to the file).
template<typename T> class OutboxShared {
public:
    void set(const T &value) {
        const QMutexLocker lock(&m_lock);
        m_value = value;
    }
    T get() const {
        const QMutexLocker lock(&m_lock);
        return m_value;
    }

private:
    mutable QMutex m_lock;
    T m_value;
};

// The outbox's own SQLite file: one named connection per thread (the GUI thread reads, the sender's
// writer thread commits), synchronous=FULL so a queued
// invitation survives a power cut, WAL (checked after asking), a busy timeout, schema version with
// step-by-step migrations in one transaction, and quick_check on open. Every statement goes through
// exec(), which also carries the storage fault hook used by the fault-injection tests.
class OutboxDatabase {
public:
    static constexpr int SchemaVersion = 3; // 2: invitations.phone; 3: drafts.fields

    explicit OutboxDatabase(const QString &path);
    ~OutboxDatabase();
    OutboxDatabase(const OutboxDatabase &) = delete;
    OutboxDatabase &operator=(const OutboxDatabase &) = delete;

    // Opens (creating if needed), checks and migrates the file.
    InviteResult<void> open();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    QString journalMode() const { return m_journalMode.get(); }

    // The calling thread's connection (opened on first use with the same settings).
    QSqlDatabase connection();
    // A worker thread calls this before it ends, so its connection closes in its own thread.
    void releaseThreadConnection();

    // Runs a prepared query or a statement; why it failed (or the injected fault) otherwise.
    InviteResult<void> exec(QSqlQuery &query);
    InviteResult<void> exec(const QString &statement);

    // A QString bound as a value: never NULL (the text columns are NOT NULL DEFAULT '').
    static QVariant text(const QString &value) {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK (a rollback is always attempted and never counted).
    InviteResult<void> begin();
    InviteResult<void> commit();
    void rollback();

    // Test hook (ownCloud's testdatabaseerror idea): the n-th storage access from now fails as if the
    // disk had refused it; 0 turns it off. accessCount() counts accesses since the last call.
    void failAccess(int n);
    int accessCount() const { return m_accesses.load(); }

private:
    InviteResult<void> countAccess();
    InviteResult<void> configure(QSqlDatabase &db);
    InviteResult<void> migrate();
    // A statement's failure; a connection that could not be opened says why it could not.
    InviteError failure(const QSqlError &error) const;
    QString connectionName() const;

    QString m_path;
    QString m_namePrefix;
    OutboxShared<std::optional<InviteError>> m_connectionError; // the last connection that failed to open
    OutboxShared<QString> m_journalMode;
    bool m_open = false;
    std::atomic<int> m_accesses{0};
    std::atomic<int> m_failAt{0};
};

// Rolls back unless commit() succeeded; keeps early returns from leaving a transaction open.
class OutboxTransaction {
public:
    explicit OutboxTransaction(OutboxDatabase &db)
        : m_db(db)
        , m_begun(db.begin())
        , m_active(m_begun.ok()) {}
    ~OutboxTransaction() {
        if (m_active)
            m_db.rollback();
    }
    OutboxTransaction(const OutboxTransaction &) = delete;
    OutboxTransaction &operator=(const OutboxTransaction &) = delete;

    // Whether BEGIN worked, or why not.
    const InviteResult<void> &begun() const { return m_begun; }
    InviteResult<void> commit() {
        if (!m_active)
            return m_begun.ok() ? InviteError(InviteError::Kind::Failed, QStringLiteral("committed twice"))
                                : m_begun.error();
        m_active = false;
        InviteResult<void> committed = m_db.commit();
        if (!committed)
            m_db.rollback();
        return committed;
    }

private:
    OutboxDatabase &m_db;
    InviteResult<void> m_begun;
    bool m_active;
};
