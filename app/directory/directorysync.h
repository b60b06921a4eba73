#pragma once

#include "directory/directorysyncsummary.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class DirectoryDatabase;
class QSqlDatabase;
class QSqlQuery;
struct DirectoryUser;

// The directory's only writer. It lives on a worker thread (see DirectorySyncRunner) with its own
// connection, and consumes a full sync as a sequence of pages of raw user.get / department.get rows:
//   beginFullSync() → ingestDepartments()/ingestUsers() per page → finishFullSync().
// Pages are written in transactions of up to BatchUsers users (or BatchMs), so readers see the copy
// fill up while the writer does not pay a commit (and a search-index segment) per page; rows the portal no
// longer returns are removed only by finishFullSync(). A cancelled sync therefore never removes anything: the
// previous copy stays complete (pages already written are newer truth and are kept).
class DirectorySync : public QObject {
    Q_OBJECT
public:
    explicit DirectorySync(const QString &databasePath, QObject *parent = nullptr);
    ~DirectorySync() override;

    // Thread-safe: pages still queued are skipped and the sync ends with cancelled().
    void requestCancel() { m_cancelRequested.store(true); }

    static constexpr qsizetype BatchUsers = 2500; // one portal batch request
    static constexpr int BatchMs = 500;

    // Test hook (as OutboxDatabase::failAccess): the n-th storage access of a sync from now (a
    // statement, a DirectorySchema step, a BEGIN or a COMMIT; never a ROLLBACK) fails as if the disk had
    // refused it; 0 turns it off. Costs one compare per access. Call it on the writer's thread.
    // accessCount() counts the accesses since the last call.
    void failAccess(qint64 n) {
        m_accesses = 0;
        m_failAt = n;
    }
    qint64 accessCount() const { return m_accesses; }

    // The monotonic clock (milliseconds) a batch is aged by for BatchMs; a test that must not depend
    // on the machine's speed stops it (a batch then ends only by size or at the end of the sync).
    // Call it on the writer's thread, before a sync.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

public slots:
    // Opens (checks, migrates, recovers) the file on the calling thread; emits opened().
    void open();
    void beginFullSync(qint64 expectedUsers = -1);
    void setExpectedUsers(qint64 expectedUsers); // the portal's "total", once the first page told it
    void ingestDepartments(const QJsonArray &rows);
    void ingestUsers(const QJsonArray &rows);
    void finishFullSync();
    void cancel(); // ends a running sync now, as cancelled

signals:
    // notice is a translated sentence for the status bar when the file had to be rebuilt, else empty.
    void opened(bool ok, const QString &notice);
    void started(qint64 generation);
    void progress(qint64 usersWritten, qint64 usersExpected); // expected is -1 while unknown
    void finished(const DirectorySyncSummary &summary);
    void cancelled();
    void failed(const QString &message); // translated; the technical reason goes to the log

private:
    bool acceptPage(const char *what);
    struct UserStatements;
    bool writeUser(const QJsonObject &row, UserStatements &statements);
    bool writeRaw(const DirectoryUser &user, UserStatements &statements);
    // Every storage access of a sync goes through countAccess(); on failure m_error says why.
    bool countAccess();
    bool exec(QSqlQuery &query, const QString &statement = {});
    bool runStep(QString (*step)(QSqlDatabase &db)); // a DirectorySchema step, as one access
    bool transactionStep(bool commit);               // BEGIN or COMMIT
    bool beginBatch();
    bool endPage(qsizetype users); // commits when the batch is full or old; false on failure
    bool commitBatch();
    void rollbackBatch();
    void restoreSortIndexes();
    void fail(const QString &technical);
    void endAsCancelled();
    QString removeUnseen(DirectorySyncSummary &summary);

    QString m_path;
    std::unique_ptr<DirectoryDatabase> m_db;
    std::atomic<bool> m_cancelRequested = false;
    bool m_running = false;
    bool m_sawUsers = false;
    bool m_sawDepartments = false;
    qint64 m_written = 0;
    qint64 m_expected = -1;
    DirectorySyncSummary m_summary;
    std::unique_ptr<UserStatements> m_statements; // prepared once per sync, reused for every page
    bool m_inTransaction = false;
    bool m_sortIndexesDropped = false;
    bool m_searchIndexMarkedChanged = false; // this sync already marked the search index unmerged
    qsizetype m_batchUsers = 0;
    Clock m_clock;
    qint64 m_batchStartMs = 0;
    QTimer m_commitTimer{this}; // a child, so it moves to the worker thread with the writer
    QString m_error;            // why the last storage access failed
    qint64 m_accesses = 0;
    qint64 m_failAt = 0;
};
