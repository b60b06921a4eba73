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
QString isoOrNull(const QDateTime &when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QVariant nullIfZero(qint64 value) {
    return value == 0 ? QVariant() : QVariant(value);
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}
} // namespace

struct DirectorySync::UserStatements {
    explicit UserStatements(const QSqlDatabase &db)
        : lookup(db)
        , upsert(db)
        , touch(db)
        , raw(db)
        , unindex(db)
        , index(db)
        , unlink(db)
        , link(db) {
        lookup.prepare(QStringLiteral("SELECT content_hash, seen_generation FROM users WHERE id = ?"));
        upsert.prepare(QStringLiteral(
            "INSERT INTO users (id, first_name, last_name, second_name, email, email_norm, position, "
            "work_phone,"
            " mobile_phone, inner_phone, department_ids, user_type, active, last_login, date_register, state,"
            " content_hash, seen_generation, sort_name, sort_position, primary_department_id,"
            " sort_department)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            "  coalesce((SELECT sort_key FROM departments WHERE id = ?), ''))"
            " ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, last_name = "
            "excluded.last_name,"
            " second_name = excluded.second_name, email = excluded.email, email_norm = excluded.email_norm,"
            " position = excluded.position, work_phone = excluded.work_phone,"
            " mobile_phone = excluded.mobile_phone, inner_phone = excluded.inner_phone,"
            " department_ids = excluded.department_ids, user_type = excluded.user_type,"
            " active = excluded.active, last_login = excluded.last_login,"
            " date_register = excluded.date_register, state = excluded.state,"
            " content_hash = excluded.content_hash, seen_generation = excluded.seen_generation,"
            " sort_name = excluded.sort_name, sort_position = excluded.sort_position,"
            " primary_department_id = excluded.primary_department_id,"
            " sort_department = excluded.sort_department"));
        touch.prepare(QStringLiteral("UPDATE users SET seen_generation = ? WHERE id = ?"));
        // The raw row lives apart so that users rows stay small for the per-keystroke queries.
        raw.prepare(QStringLiteral("INSERT INTO user_raw (id, json) VALUES (?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET json = excluded.json"));
        unindex.prepare(QStringLiteral("DELETE FROM user_search WHERE rowid = ?"));
        index.prepare(DirectorySchema::searchInsertSql());
        unlink.prepare(QStringLiteral("DELETE FROM membership WHERE user_id = ?"));
        link.prepare(
            QStringLiteral("INSERT OR IGNORE INTO membership (user_id, department_id) VALUES (?, ?)"));
    }

    QSqlQuery lookup, upsert, touch, raw, unindex, index, unlink, link;
};

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
    }
    m_statements.reset(); // before the connection goes
}

void DirectorySync::open() {
    m_db = std::make_unique<DirectoryDatabase>(m_path, QStringLiteral("writer"));
    const DirectoryOpenReport report = m_db->open(DirectoryDatabase::OpenMode::Check);
    if (!report.ok) {
        qCCritical(lcDirectory) << "cannot open the directory file:" << report.error;
        m_db.reset();
    } else {
        if (report.migratedFrom > 0)
            qCInfo(lcDirectory) << "directory file migrated from version" << report.migratedFrom;
        // A first sync that was interrupted (the process ended) may have left the sort indexes out.
        QSqlDatabase db = m_db->database();
        if (const QString error = DirectorySchema::createSortIndexes(db); !error.isEmpty())
            qCWarning(lcDirectory) << "sort indexes not checked:" << error;
    }
    emit opened(report.ok, report.notice());
}

void DirectorySync::beginFullSync(qint64 expectedUsers) {
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
    // Into an empty file, the sort indexes are built once at the end rather than kept up row by row.
    bump.finish();
    if (!exec(bump, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM users)"))) {
        fail(m_error);
        return;
    }
    if (bump.next() && bump.value(0).toBool()) {
        bump.finish();
        m_sortIndexesDropped = true; // before the drop: one that stops half-way is restored all the same
        if (!runStep(DirectorySchema::dropSortIndexes)) {
            fail(m_error);
            return;
        }
    }
    bump.finish();
    m_statements.reset();
    m_running = true;
    m_sawUsers = false;
    m_sawDepartments = false;
    m_searchIndexMarkedChanged = false;
    m_written = 0;
    m_expected = expectedUsers;
    qCInfo(lcDirectory) << "full sync started, generation" << m_summary.generation;
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

bool DirectorySync::writeRaw(const DirectoryUser &user, UserStatements &s) {
    s.raw.addBindValue(user.id);
    s.raw.addBindValue(QString::fromUtf8(user.rawJson));
    return exec(s.raw);
}

bool DirectorySync::writeUser(const QJsonObject &row, UserStatements &s) {
    const auto parsed = DirectoryUser::fromJson(row);
    if (!parsed) {
        ++m_summary.usersSkipped;
        return true;
    }
    const DirectoryUser &user = *parsed;
    const QByteArray hash = user.contentHash();
    s.lookup.addBindValue(user.id);
    if (!exec(s.lookup))
        return false;
    const bool exists = s.lookup.next();
    const bool sameContent = exists && s.lookup.value(0).toByteArray() == hash;
    const bool seenThisSync = exists && s.lookup.value(1).toLongLong() == m_summary.generation;
    s.lookup.finish();

    if (sameContent) {
        if (!seenThisSync)
            ++m_summary.usersUnchanged;
        s.touch.addBindValue(m_summary.generation);
        s.touch.addBindValue(user.id);
        return exec(s.touch) && writeRaw(user, s);
    }
    if (!exists)
        ++m_summary.usersAdded;
    else if (!seenThisSync)
        ++m_summary.usersChanged;
    if (!m_searchIndexMarkedChanged) {
        // Remembered across a sync that does not finish: the next one that does merges the index.
        if (!runStep(DirectorySchema::markSearchIndexChanged))
            return false;
        m_searchIndexMarkedChanged = true;
    }

    QStringList departmentIds;
    for (const qint64 department : user.departmentIds)
        departmentIds << QString::number(department);
    const qint64 primaryDepartment = user.departmentIds.value(0, 0);
    for (const QVariant &value :
         {QVariant(user.id),
          text(user.firstName),
          text(user.lastName),
          text(user.secondName),
          text(user.email),
          text(user.emailNormalized()),
          text(user.position),
          text(user.workPhone),
          text(user.mobilePhone),
          text(user.innerPhone),
          text(departmentIds.join(u',')),
          text(user.userType),
          QVariant(int(user.active)),
          QVariant(isoOrNull(user.lastLogin)),
          QVariant(isoOrNull(user.dateRegister)),
          QVariant(UserStates::toStorage(user.state)),
          QVariant(hash),
          QVariant(m_summary.generation),
          text(SearchText::nameSortKey(user.firstName, user.lastName, user.secondName, user.email)),
          text(SearchText::fold(user.position)),
          nullIfZero(primaryDepartment),
          QVariant(primaryDepartment)})
        s.upsert.addBindValue(value);
    if (!exec(s.upsert) || !writeRaw(user, s))
        return false;

    if (exists) {
        s.unindex.addBindValue(user.id);
        s.unlink.addBindValue(user.id);
        if (!exec(s.unindex) || !exec(s.unlink))
            return false;
    }
    const QStringList names{user.firstName, user.secondName, user.lastName};
    for (const QVariant &value : DirectorySchema::searchRow(user.id, names, user.email, user.position,
                                                            user.phones(), UserStates::toStorage(user.state)))
        s.index.addBindValue(value);
    if (!exec(s.index))
        return false;
    for (const qint64 department : user.departmentIds) {
        s.link.addBindValue(user.id);
        s.link.addBindValue(department);
        if (!exec(s.link))
            return false;
    }
    return true;
}

void DirectorySync::ingestUsers(const QJsonArray &rows) {
    if (!acceptPage("users"))
        return;
    m_sawUsers = true;
    if (!beginBatch())
        return;
    if (!m_statements)
        m_statements = std::make_unique<UserStatements>(m_db->database());
    UserStatements &statements = *m_statements;
    for (const QJsonValue &value : rows) {
        if (!writeUser(value.toObject(), statements)) {
            fail(m_error);
            return;
        }
    }
    m_written += rows.size();
    if (endPage(rows.size()))
        emit progress(m_written, m_expected);
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

bool DirectorySync::runStep(QString (*step)(QSqlDatabase &db)) {
    if (!countAccess())
        return false;
    QSqlDatabase db = m_db->database();
    m_error = step(db);
    return m_error.isEmpty();
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

void DirectorySync::restoreSortIndexes() {
    if (!m_sortIndexesDropped || !m_db)
        return;
    if (!runStep(DirectorySchema::createSortIndexes))
        qCWarning(lcDirectory) << "sort indexes not rebuilt:" << m_error;
    else
        m_sortIndexesDropped = false;
}

QString DirectorySync::removeUnseen(DirectorySyncSummary &summary) {
    QSqlDatabase db = m_db->database();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql) {
        query.prepare(sql);
        if (sql.count(u'?') == 1)
            query.addBindValue(summary.generation);
        return exec(query);
    };
    if (m_sawUsers) {
        if (!run(QStringLiteral("SELECT count(*) FROM users WHERE seen_generation <> ?")) || !query.next())
            return m_error;
        summary.usersRemoved = query.value(0).toInt();
        if (summary.usersRemoved > 0 &&
            (!run(QStringLiteral("DELETE FROM user_search WHERE rowid IN"
                                 " (SELECT id FROM users WHERE seen_generation <> ?)")) ||
             !run(QStringLiteral("DELETE FROM membership WHERE user_id IN"
                                 " (SELECT id FROM users WHERE seen_generation <> ?)")) ||
             !run(QStringLiteral("DELETE FROM users WHERE seen_generation <> ?")) ||
             // After the users: this also clears raw rows that earlier versions left behind.
             !run(QStringLiteral("DELETE FROM user_raw WHERE id NOT IN (SELECT id FROM users)"))))
            return m_error;
    }
    if (m_sawDepartments) {
        if (!run(QStringLiteral("DELETE FROM departments WHERE seen_generation <> ?")))
            return m_error;
        summary.departmentsRemoved = query.numRowsAffected();
    }
    if (!runStep(DirectorySchema::refreshDepartmentSortKeys))
        return m_error;
    if (!run(QStringLiteral("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM departments)")) ||
        !query.next())
        return m_error;
    summary.userCount = query.value(0).toInt();
    summary.departmentCount = query.value(1).toInt();
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    query.prepare(
        QStringLiteral("UPDATE sync_state SET last_full_sync = ?, user_count = ?, department_count = ?,"
                       " last_added = ?, last_changed = ?, last_removed = ?"));
    for (const QVariant &value :
         {QVariant(summary.finishedAt.toString(Qt::ISODateWithMs)), QVariant(summary.userCount),
          QVariant(summary.departmentCount), QVariant(summary.usersAdded), QVariant(summary.usersChanged),
          QVariant(summary.usersRemoved)})
        query.addBindValue(value);
    if (!exec(query))
        return m_error;
    return {};
}

void DirectorySync::finishFullSync() {
    if (!acceptPage("finish"))
        return;
    if (!beginBatch())
        return;
    DirectorySyncSummary summary = m_summary;
    QString error = removeUnseen(summary);
    if (error.isEmpty() && m_sortIndexesDropped && !runStep(DirectorySchema::createSortIndexes))
        error = m_error;
    // Merged when anything changed (here or in a sync that did not finish), in this transaction.
    bool merge = summary.usersRemoved > 0;
    if (error.isEmpty() && !merge) {
        if (countAccess())
            merge = !DirectorySchema::searchIndexMerged(m_db->database());
        else
            error = m_error;
    }
    if (error.isEmpty() && merge && !runStep(DirectorySchema::mergeSearchIndex))
        error = m_error;
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (!commitBatch())
        return;
    m_sortIndexesDropped = false;
    m_statements.reset();
    m_running = false;
    qCInfo(lcDirectory) << "full sync finished:" << summary.usersAdded << "added," << summary.usersChanged
                        << "changed," << summary.usersRemoved << "removed," << summary.userCount << "users";
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
    m_statements.reset();
    m_running = false;
    qCInfo(lcDirectory) << "full sync cancelled after" << m_written << "users; nothing removed";
    emit cancelled();
}

void DirectorySync::fail(const QString &technical) {
    qCWarning(lcDirectory) << "directory sync failed:" << technical; // first: it may be m_error
    rollbackBatch();
    restoreSortIndexes();
    m_statements.reset();
    m_running = false;
    emit failed(tr("The local copy of the directory could not be updated."));
}
