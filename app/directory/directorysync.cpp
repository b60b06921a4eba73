#include "directory/directorysync.h"

#include "common/logging.h"
#include "directory/directorydatabase.h"
#include "directory/directorydepartment.h"
#include "directory/directoryschema.h"
#include "directory/directoryuser.h"
#include "directory/searchtext.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QVariant nullIfZero(qint64 value) {
    return value == 0 ? QVariant() : QVariant(value);
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}
} // namespace

DirectorySync::DirectorySync(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath) {
    qRegisterMetaType<DirectorySyncSummary>();
    m_commitTimer.setSingleShot(true);
    m_clock = [] { return QDeadlineTimer::current().deadline(); };
    connect(&m_commitTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        // The timer only wakes the writer; the clock decides whether the batch is old enough.
        const qint64 age = m_clock() - m_batchStartMs;
        if (age >= BatchMs)
            commitBatch();
        else if (m_inTransaction)
            m_commitTimer.start(int(BatchMs - age));
    });
}

DirectorySync::~DirectorySync() {
    if (m_db && m_db->isOpen()) {
        commitBatch();
        restoreSortIndexes();
        resumeSearchMerges();
    }
    m_statements.reset(); // before the connection goes
}

void DirectorySync::open() {
    m_db = std::make_unique<DirectoryDatabase>(m_path, QStringLiteral("writer"));
    const DirectoryResult<DirectoryOpenReport> report = m_db->open(DirectoryDatabase::OpenMode::Check);
    if (!report) {
        qCCritical(lcDirectory) << "cannot open the directory file:" << report.error().logText();
        m_db.reset();
        emit opened(report.error());
        return;
    }
    if (report.value().migratedFrom > 0)
        qCInfo(lcDirectory) << "directory file migrated from version" << report.value().migratedFrom;
    // A first sync that was interrupted (the process ended) may have left the sort indexes out.
    QSqlDatabase db = m_db->database();
    if (const Result<void, DirectoryError> indexes = DirectorySchema::createSortIndexes(db); !indexes)
        qCWarning(lcDirectory) << "sort indexes not checked:" << indexes.error().logText();
    // ... or the search index's merging deferred.
    if (DirectorySchema::searchMergesDeferred(db)) {
        if (const Result<void, DirectoryError> merges = DirectorySchema::resumeSearchMerges(db); !merges)
            qCWarning(lcDirectory) << "search index merging not resumed:" << merges.error().logText();
    }
    emit opened(report.value().notice());
}

void DirectorySync::beginFullSync(qint64 expectedUsers) {
    begin(Mode::Full, expectedUsers);
}

void DirectorySync::beginRefresh() {
    begin(Mode::Refresh, -1);
}

void DirectorySync::begin(Mode mode, qint64 expectedUsers) {
    m_cancelRequested.store(false);
    m_error.clear();
    if (!m_db) {
        fail(QStringLiteral("the directory file is not open"));
        return;
    }
    QSqlDatabase db = m_db->database();
    QSqlQuery bump(db);
    if (!exec(bump, QStringLiteral("UPDATE sync_state SET generation = generation + 1")) ||
        !exec(bump, QStringLiteral("SELECT generation FROM sync_state")) || !bump.next()) {
        fail(m_error);
        return;
    }
    m_summary = {};
    m_summary.generation = bump.value(0).toLongLong();
    m_summary.incremental = mode == Mode::Refresh;
    // Into an empty file, the sort indexes are built once at the end rather than kept up row by row.
    bump.finish();
    if (!exec(bump, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM users)"))) {
        fail(m_error);
        return;
    }
    m_emptyAtStart = mode == Mode::Full && bump.next() && bump.value(0).toBool();
    m_highestWrittenId = 0;
    m_departmentsAfterUsers = false;
    if (m_emptyAtStart) {
        bump.finish();
        m_sortIndexesDropped = true; // before the drop: one that stops half-way is restored all the same
        if (!runStep(DirectorySchema::dropSortIndexes)) {
            fail(m_error);
            return;
        }
    }
    bump.finish();
    if (mode == Mode::Full) {
        m_searchMergesDeferred = true; // before the step: one that stops half-way is undone all the same
        if (!runStep(DirectorySchema::deferSearchMerges)) {
            fail(m_error);
            return;
        }
    }
    m_statements.reset();
    m_mode = mode;
    m_running = true;
    m_sawUsers = false;
    m_sawDepartments = false;
    m_searchIndexMarkedChanged = false;
    m_written = 0;
    m_expected = expectedUsers;
    qCInfo(lcDirectory) << (mode == Mode::Full ? "full sync" : "refresh") << "started, generation"
                        << m_summary.generation;
    emit started(m_summary.generation);
}

void DirectorySync::setExpectedUsers(qint64 expectedUsers) {
    m_expected = expectedUsers;
}

bool DirectorySync::acceptPage(const char *what) {
    if (!m_running) {
        if (!m_cancelRequested.load()) // after a cancel, pages still queued are dropped quietly
            qCWarning(lcDirectory) << "page of" << what << "outside a full sync ignored";
        return false;
    }
    if (m_cancelRequested.load()) {
        endAsCancelled();
        return false;
    }
    return true;
}

void DirectorySync::ingestDepartments(const QJsonArray &rows) {
    if (!acceptPage("departments"))
        return;
    m_sawDepartments = true;
    m_departmentsAfterUsers = m_departmentsAfterUsers || m_sawUsers;
    QSqlDatabase db = m_db->database();
    if (!beginBatch())
        return;
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT name, parent_id, head_id, sort, seen_generation FROM departments"
                                  " WHERE id = ?"));
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO departments (id, name, parent_id, head_id, sort, seen_generation, sort_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        " parent_id = excluded.parent_id, head_id = excluded.head_id, sort = excluded.sort,"
        " seen_generation = excluded.seen_generation, sort_key = excluded.sort_key"));
    for (const QJsonValue &value : rows) {
        const auto department = DirectoryDepartment::fromJson(value.toObject());
        if (!department)
            continue;
        lookup.addBindValue(department->id);
        if (!exec(lookup)) {
            fail(m_error);
            return;
        }
        if (!lookup.next()) {
            ++m_summary.departmentsAdded;
        } else if (lookup.value(4).toLongLong() != m_summary.generation &&
                   (lookup.value(0).toString() != department->name ||
                    lookup.value(1).toLongLong() != department->parentId ||
                    lookup.value(2).toLongLong() != department->headId ||
                    lookup.value(3).toInt() != department->sort)) {
            ++m_summary.departmentsChanged;
        }
        lookup.finish();
        upsert.addBindValue(department->id);
        upsert.addBindValue(text(department->name));
        upsert.addBindValue(nullIfZero(department->parentId));
        upsert.addBindValue(nullIfZero(department->headId));
        upsert.addBindValue(department->sort);
        upsert.addBindValue(m_summary.generation);
        upsert.addBindValue(text(SearchText::fold(department->name)));
        if (!exec(upsert)) {
            fail(m_error);
            return;
        }
    }
    endPage(0);
}

bool DirectorySync::countAccess() {
    if (++m_accesses != m_failAt)
        return true;
    m_error = QStringLiteral("injected storage fault at access %1").arg(m_accesses);
    return false;
}

bool DirectorySync::exec(QSqlQuery &query, const QString &statement) {
    if (!countAccess())
        return false;
    if (statement.isEmpty() ? query.exec() : query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool DirectorySync::runStep(Result<void, DirectoryError> (*step)(QSqlDatabase &db)) {
    if (!countAccess())
        return false;
    QSqlDatabase db = m_db->database();
    const Result<void, DirectoryError> outcome = step(db);
    m_error = outcome ? QString() : outcome.error().logText();
    return outcome.ok();
}

bool DirectorySync::transactionStep(bool commit) {
    if (!countAccess())
        return false;
    QSqlDatabase db = m_db->database();
    if (commit ? db.commit() : db.transaction())
        return true;
    m_error = db.lastError().text();
    return false;
}

bool DirectorySync::beginBatch() {
    if (m_inTransaction)
        return true;
    if (!transactionStep(false)) {
        fail(m_error);
        return false;
    }
    m_inTransaction = true;
    m_batchUsers = 0;
    m_batchStartMs = m_clock();
    return true;
}

bool DirectorySync::endPage(qsizetype users) {
    m_batchUsers += users;
    if (m_batchUsers >= BatchUsers || m_clock() - m_batchStartMs >= BatchMs)
        return commitBatch();
    // Pages come at the portal's pace: what is written becomes visible at the latest after BatchMs.
    m_commitTimer.start(BatchMs);
    return true;
}

bool DirectorySync::commitBatch() {
    m_commitTimer.stop();
    if (!m_inTransaction)
        return true;
    m_inTransaction = false;
    if (!transactionStep(true)) {
        m_db->database().rollback();
        fail(m_error);
        return false;
    }
    return true;
}

void DirectorySync::rollbackBatch() {
    m_commitTimer.stop();
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db->database().rollback();
}

void DirectorySync::resumeSearchMerges() {
    if (!m_searchMergesDeferred || !m_db)
        return;
    if (!runStep(DirectorySchema::resumeSearchMerges))
        qCWarning(lcDirectory) << "search index merging not resumed:" << m_error;
    else
        m_searchMergesDeferred = false;
}

void DirectorySync::restoreSortIndexes() {
    if (!m_sortIndexesDropped || !m_db)
        return;
    if (!runStep(DirectorySchema::createSortIndexes))
        qCWarning(lcDirectory) << "sort indexes not rebuilt:" << m_error;
    else
        m_sortIndexesDropped = false;
}

QString DirectorySync::removeUnseen(DirectorySyncSummary &summary, bool departmentsComplete) {
    QSqlDatabase db = m_db->database();
    QSqlQuery query(db);
    if (m_mode == Mode::Full && m_sawUsers) {
        if (const QString error = removeUnseenUsers(summary); !error.isEmpty())
            return error;
    }
    if (m_sawDepartments && departmentsComplete) {
        query.prepare(QStringLiteral("DELETE FROM departments WHERE seen_generation <> ?"));
        query.addBindValue(summary.generation);
        if (!exec(query))
            return m_error;
        summary.departmentsRemoved = query.numRowsAffected();
    }
    // People written after their departments already have the right keys: only a copy that had people
    // before this sync and saw departments change needs them recomputed.
    const bool departmentsMoved =
        summary.departmentsAdded + summary.departmentsChanged + summary.departmentsRemoved > 0;
    if (departmentsMoved && (!m_emptyAtStart || m_departmentsAfterUsers) &&
        !runStep(DirectorySchema::refreshDepartmentSortKeys))
        return m_error;
    if (!exec(query,
              QStringLiteral("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM departments)")) ||
        !query.next())
        return m_error;
    summary.userCount = query.value(0).toInt();
    summary.departmentCount = query.value(1).toInt();
    return {};
}

QString DirectorySync::recordSync(const DirectorySyncSummary &summary, const QString &portalTime) {
    QSqlQuery query(m_db->database());
    // last_full_sync: the copy was complete as of then (a refresh too); last_reconcile: a full sync.
    query.prepare(
        QStringLiteral("UPDATE sync_state SET last_full_sync = ?, user_count = ?, department_count = ?,"
                       " last_added = ?, last_changed = ?, last_removed = ?, portal_time = ?,"
                       " last_reconcile = CASE WHEN ? THEN ? ELSE last_reconcile END"));
    const QString finished = summary.finishedAt.toString(Qt::ISODateWithMs);
    for (const QVariant &value :
         {QVariant(finished), QVariant(summary.userCount), QVariant(summary.departmentCount),
          QVariant(summary.usersAdded), QVariant(summary.usersChanged), QVariant(summary.usersRemoved),
          // A refresh that found the copy and the portal apart leaves no mark to go on from.
          portalTime.isEmpty() || summary.reconcileNeeded ? QVariant(QString()) : QVariant(portalTime),
          QVariant(int(!summary.incremental)), QVariant(finished)})
        query.addBindValue(value);
    return exec(query) ? QString() : m_error;
}

void DirectorySync::finishFullSync(const QString &portalTime) {
    if (m_running && m_mode != Mode::Full) {
        fail(QStringLiteral("finishFullSync() after beginRefresh()"));
        return;
    }
    finish(portalTime, -1, true);
}

void DirectorySync::finishRefresh(const QString &portalTime, qint64 portalUsers, bool departmentsComplete) {
    if (m_running && m_mode != Mode::Refresh) {
        fail(QStringLiteral("finishRefresh() after beginFullSync()"));
        return;
    }
    finish(portalTime, portalUsers, departmentsComplete);
}

void DirectorySync::finish(const QString &portalTime, qint64 portalUsers, bool departmentsComplete) {
    if (!acceptPage("finish"))
        return;
    if (!beginBatch())
        return;
    DirectorySyncSummary summary = m_summary;
    QString error = removeUnseen(summary, departmentsComplete);
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    // People removed on the portal (or a portal whose change filter missed someone) leave the counts
    // apart: only a full sync can tell who.
    summary.reconcileNeeded = m_mode == Mode::Refresh && summary.userCount != portalUsers;
    if (error.isEmpty())
        error = recordSync(summary, portalTime);
    if (error.isEmpty() && m_sortIndexesDropped && !runStep(DirectorySchema::createSortIndexes))
        error = m_error;
    // A full sync merges the search index when anything changed (here or in a sync that did not finish),
    // in this transaction; a refresh leaves its few new segments to the next full sync.
    bool merge = m_mode == Mode::Full && summary.usersRemoved > 0;
    if (error.isEmpty() && m_mode == Mode::Full && !merge) {
        if (countAccess())
            merge = !DirectorySchema::searchIndexMerged(m_db->database());
        else
            error = m_error;
    }
    if (error.isEmpty() && merge && !runStep(DirectorySchema::mergeSearchIndex))
        error = m_error;
    if (error.isEmpty() && m_searchMergesDeferred && !runStep(DirectorySchema::resumeSearchMerges))
        error = m_error;
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (!commitBatch())
        return;
    m_sortIndexesDropped = false;
    m_searchMergesDeferred = false;
    m_statements.reset();
    m_running = false;
    qCInfo(lcDirectory).nospace() << (summary.incremental ? "refresh" : "full sync")
                                  << " finished: " << summary.usersAdded << " added, " << summary.usersChanged
                                  << " changed, " << summary.usersRemoved << " removed, " << summary.userCount
                                  << " users"
                                  << (summary.reconcileNeeded ? "; the portal counts a different number"
                                                              : "");
    emit finished(summary);
}

void DirectorySync::cancel() {
    m_cancelRequested.store(true);
    if (m_running)
        endAsCancelled();
}

void DirectorySync::endAsCancelled() {
    commitBatch(); // pages already written are newer truth and are kept
    restoreSortIndexes();
    resumeSearchMerges();
    m_statements.reset();
    m_running = false;
    qCInfo(lcDirectory) << "sync cancelled after" << m_written << "users; nothing removed";
    emit cancelled();
}

void DirectorySync::fail(const QString &technical) {
    qCWarning(lcDirectory) << "directory sync failed:" << technical; // first: it may be m_error
    rollbackBatch();
    restoreSortIndexes();
    resumeSearchMerges();
    m_statements.reset();
    m_running = false;
    emit failed(DirectoryError(DirectoryError::Kind::WriteFailed, technical));
}
