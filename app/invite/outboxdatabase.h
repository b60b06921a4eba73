#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>

class QSqlQuery;

// A text written and read from several threads (each thread has its own connection to the file).
class OutboxSharedText {
public:
    OutboxSharedText &operator=(const QString &text) {
        const QMutexLocker lock(&m_lock);
        m_text = text;
        return *this;
    }
    QString text() const {
        const QMutexLocker lock(&m_lock);
        return m_text;
    }

private:
    mutable QMutex m_lock;
    QString m_text;
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

    // Opens (creating if needed), checks and migrates the file. On failure lastError() says why.
    [[nodiscard]] bool open();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    QString lastError() const { return m_lastError.text(); }
    QString journalMode() const { return m_journalMode.text(); }

    // The calling thread's connection (opened on first use with the same settings).
    QSqlDatabase connection();
    // A worker thread calls this before it ends, so its connection closes in its own thread.
    void releaseThreadConnection();

    // Runs a prepared query or a statement; false with lastError() on failure (or an injected fault).
    [[nodiscard]] bool exec(QSqlQuery &query);
    [[nodiscard]] bool exec(const QString &statement);

    // A QString bound as a value: never NULL (the text columns are NOT NULL DEFAULT '').
    static QVariant text(const QString &value) {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK (a rollback is always attempted and never counted).
    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit();
    void rollback();

    // Test hook (ownCloud's testdatabaseerror idea): the n-th storage access from now fails as if the
    // disk had refused it; 0 turns it off. accessCount() counts accesses since the last call.
    void failAccess(int n);
    int accessCount() const { return m_accesses.load(); }

private:
    bool countAccess();
    bool configure(QSqlDatabase &db);
    bool migrate();
    QString connectionName() const;

    QString m_path;
    QString m_namePrefix;
    OutboxSharedText m_lastError; // the last failure on any thread
    OutboxSharedText m_journalMode;
    bool m_open = false;
    std::atomic<int> m_accesses{0};
    std::atomic<int> m_failAt{0};
};

// Rolls back unless commit() succeeded; keeps early returns from leaving a transaction open.
class OutboxTransaction {
public:
    explicit OutboxTransaction(OutboxDatabase &db)
        : m_db(db)
        , m_active(db.begin()) {}
    ~OutboxTransaction() {
        if (m_active)
            m_db.rollback();
    }
    OutboxTransaction(const OutboxTransaction &) = delete;
    OutboxTransaction &operator=(const OutboxTransaction &) = delete;

    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit() {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    OutboxDatabase &m_db;
    bool m_active;
};
