#pragma once

#include "directory/directoryerror.h"
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
// connection, and consumes a sync as a sequence of pages of raw user.get / department.get rows:
//   beginFullSync() → ingestDepartments()/ingestUsers() per page → finishFullSync(), or
//   beginRefresh() → the same pages (only people changed since the last sync) → finishRefresh().
// A refresh removes no person (it cannot see who is gone); it compares the copy's count with the
// portal's total and says in its summary when they differ, so that a full sync (a reconcile) follows.
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
    void beginRefresh();
    void setExpectedUsers(qint64 expectedUsers); // the portal's "total", once the first page told it
    void ingestDepartments(const QJsonArray &rows);
    void ingestUsers(const QJsonArray &rows);
    // portalTime: time.date_start of the sync's first answer (kept for the next refresh; empty makes the
    // next sync a full one).
    void finishFullSync(const QString &portalTime = {});
    // portalUsers: the portal's user total, read in the same request as the changes (-1: unknown, then
    // a reconcile is asked for). departmentsComplete: every department was read, so the ones not seen
    // are gone.
    void finishRefresh(const QString &portalTime, qint64 portalUsers, bool departmentsComplete);
    void cancel(); // ends a running sync now, as cancelled

signals:
    // The file is open with a translated notice for the status bar when it had to be rebuilt (else
    // empty), or it could not be opened.
    void opened(const DirectoryResult<QString> &notice);
    void started(qint64 generation);
    void progress(qint64 usersWritten, qint64 usersExpected); // expected is -1 while unknown
    void finished(const DirectorySyncSummary &summary);
    void cancelled();
    void failed(const DirectoryError &error); // Kind::WriteFailed; the technical reason in logText()

private:
    enum class Mode { Full, Refresh };
    void begin(Mode mode, qint64 expectedUsers);
    void finish(const QString &portalTime, qint64 portalUsers, bool departmentsComplete);
    bool acceptPage(const char *what);
    struct UserStatements;
    struct StoredUser;
    struct StoredMatch;
    bool writeUser(const QJsonObject &row, UserStatements &statements);
    bool lookUpUser(const StoredUser &stored, UserStatements &statements, StoredMatch &match);
    bool upsertUser(const StoredUser &stored, UserStatements &statements);
    bool indexUser(const StoredUser &stored, const StoredMatch &match, UserStatements &statements);
    QString removeUnseenUsers(DirectorySyncSummary &summary);
    // Every storage access of a sync goes through countAccess(); on failure m_error says why.
    bool countAccess();
    bool exec(QSqlQuery &query, const QString &statement = {});
    bool runStep(
        Result<void, DirectoryError> (*step)(QSqlDatabase &db)); // a DirectorySchema step, as one access
    bool transactionStep(bool commit);                           // BEGIN or COMMIT
    bool beginBatch();
    bool endPage(qsizetype users); // commits when the batch is full or old; false on failure
    bool commitBatch();
    void rollbackBatch();
    void restoreSortIndexes();
    void resumeSearchMerges();
    void fail(const QString &technical);
    void endAsCancelled();
    QString removeUnseen(DirectorySyncSummary &summary, bool departmentsComplete);
    QString recordSync(const DirectorySyncSummary &summary, const QString &portalTime);

    QString m_path;
    std::unique_ptr<DirectoryDatabase> m_db;
    std::atomic<bool> m_cancelRequested = false;
    bool m_running = false;
    Mode m_mode = Mode::Full;
    bool m_sawUsers = false;
    bool m_sawDepartments = false;
    qint64 m_written = 0;
    qint64 m_expected = -1;
    DirectorySyncSummary m_summary;
    struct UserStatementsDeleter {
        void operator()(UserStatements *statements) const;
    };
    // Prepared once per sync, reused for every page.
    std::unique_ptr<UserStatements, UserStatementsDeleter> m_statements;
    bool m_inTransaction = false;
    bool m_sortIndexesDropped = false;
    bool m_searchMergesDeferred = false;     // a full sync: merged once at the end (DirectorySchema)
    bool m_searchIndexMarkedChanged = false; // this sync already marked the search index unmerged
    bool m_emptyAtStart = false;             // a full sync into a copy without people
    bool m_departmentsAfterUsers = false;    // departments came after people were written
    qint64 m_highestWrittenId = 0;
    qsizetype m_batchUsers = 0;
    Clock m_clock;
    qint64 m_batchStartMs = 0;
    QTimer m_commitTimer{this}; // a child, so it moves to the worker thread with the writer
    QString m_error;            // why the last storage access failed
    qint64 m_accesses = 0;
    qint64 m_failAt = 0;
};
