// DirectorySync's writing of people: one user.get row into users, membership and the search index, and
// the removal of the people a full sync did not see.

#include "directory/directorydatabase.h"
#include "directory/directoryschema.h"
#include "directory/directorysync.h"
#include "directory/directoryuser.h"
#include "directory/searchtext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QVariant nullIfZero(qint64 value) {
    return value == 0 ? QVariant() : QVariant(value);
}

// QtSql binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value) {
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant isoOrNull(const QString &iso) {
    return iso.isEmpty() ? QVariant(QString()) : QVariant(iso);
}

// The columns a person's search row is made of, in the order searchRowOf() reads them.
const QString kSearchColumns =
    u"id, first_name, second_name, last_name, email, position, work_phone, mobile_phone, inner_phone, state"_s;

QVariantList searchRowOf(const QSqlQuery &query, int first) {
    return DirectorySchema::searchRow(query.value(first).toLongLong(),
                                      {query.value(first + 1).toString(), query.value(first + 2).toString(),
                                       query.value(first + 3).toString()},
                                      query.value(first + 4).toString(), query.value(first + 5).toString(),
                                      {query.value(first + 6).toString(), query.value(first + 7).toString(),
                                       query.value(first + 8).toString()},
                                      query.value(first + 9).toInt());
}
} // namespace

// Prepared once per sync and reused for every row.
struct DirectorySync::UserStatements {
    explicit UserStatements(const QSqlDatabase &db)
        : lookup(db)
        , oldSearch(db)
        , upsert(db)
        , touch(db)
        , unindex(db)
        , index(db)
        , unlink(db)
        , link(db) {
        // No statement is ever scrolled back: QtSql then keeps no cache of rows (set before preparing).
        for (QSqlQuery *query : {&lookup, &oldSearch, &upsert, &touch, &unindex, &index, &unlink, &link})
            query->setForwardOnly(true);
        lookup.prepare(QStringLiteral("SELECT content_hash, seen_generation FROM users WHERE id = ?"));
        // The index keeps no copy of its text: removing a person from it takes the values they were
        // indexed with, read from the row before it changes.
        oldSearch.prepare(u"SELECT "_s + kSearchColumns + u" FROM users WHERE id = ?"_s);
        upsert.prepare(QStringLiteral(
            "INSERT INTO users (id, first_name, last_name, second_name, email, email_norm, position,"
            " work_phone, mobile_phone, inner_phone, department_ids, user_type, active, last_login,"
            " date_register, state, content_hash, seen_generation, sort_name, sort_position,"
            " primary_department_id, last_login_known, sort_department)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            "  coalesce((SELECT sort_key FROM departments WHERE id = ?), ''))"
            " ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name,"
            " last_name = excluded.last_name, second_name = excluded.second_name, email = excluded.email,"
            " email_norm = excluded.email_norm, position = excluded.position, work_phone = "
            "excluded.work_phone,"
            " mobile_phone = excluded.mobile_phone, inner_phone = excluded.inner_phone,"
            " department_ids = excluded.department_ids, user_type = excluded.user_type,"
            " active = excluded.active, last_login = excluded.last_login,"
            " date_register = excluded.date_register, state = excluded.state,"
            " content_hash = excluded.content_hash, seen_generation = excluded.seen_generation,"
            " sort_name = excluded.sort_name, sort_position = excluded.sort_position,"
            " primary_department_id = excluded.primary_department_id,"
            " last_login_known = excluded.last_login_known, sort_department = excluded.sort_department"));
        touch.prepare(QStringLiteral("UPDATE users SET seen_generation = ? WHERE id = ?"));
        unindex.prepare(DirectorySchema::searchDeleteSql());
        index.prepare(DirectorySchema::searchInsertSql());
        unlink.prepare(QStringLiteral("DELETE FROM membership WHERE user_id = ?"));
        link.prepare(
            QStringLiteral("INSERT OR IGNORE INTO membership (user_id, department_id) VALUES (?, ?)"));
    }

    QSqlQuery lookup, oldSearch, upsert, touch, unindex, index, unlink, link;
};

void DirectorySync::UserStatementsDeleter::operator()(UserStatements *statements) const {
    delete statements;
}

bool DirectorySync::writeUser(const QJsonObject &row, UserStatements &s) {
    const auto parsed = DirectoryUser::fromJson(row);
    if (!parsed) {
        ++m_summary.usersSkipped;
        return true;
    }
    const DirectoryUser &user = *parsed;
    QString departments;
    for (const qint64 department : user.departmentIds) {
        if (!departments.isEmpty())
            departments += u',';
        departments += QString::number(department);
    }
    const QString lastLogin = DirectoryUser::isoOrEmpty(user.lastLogin);
    const QString dateRegister = DirectoryUser::isoOrEmpty(user.dateRegister);
    const QByteArray hash = user.contentHash(departments, lastLogin, dateRegister);
    // Into a copy that was empty when the sync began, an ID above every one written so far is new: the
    // full sync's IDs rise, so the first sync needs no lookups.
    bool exists = false;
    bool sameContent = false;
    bool seenThisSync = false;
    if (!m_emptyAtStart || user.id <= m_highestWrittenId) {
        s.lookup.addBindValue(user.id);
        if (!exec(s.lookup))
            return false;
        exists = s.lookup.next();
        sameContent = exists && s.lookup.value(0).toByteArray() == hash;
        seenThisSync = exists && s.lookup.value(1).toLongLong() == m_summary.generation;
        s.lookup.finish();
    }
    m_highestWrittenId = std::max(m_highestWrittenId, user.id);
    QVariantList oldSearchRow;
    if (exists && !sameContent) {
        s.oldSearch.addBindValue(user.id);
        if (!exec(s.oldSearch) || !s.oldSearch.next())
            return false;
        oldSearchRow = searchRowOf(s.oldSearch, 0);
        s.oldSearch.finish();
    }

    if (sameContent) {
        if (!seenThisSync)
            ++m_summary.usersUnchanged;
        s.touch.addBindValue(m_summary.generation);
        s.touch.addBindValue(user.id);
        return exec(s.touch);
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

    const qint64 primaryDepartment = user.departmentIds.value(0, 0);
    const QString position = SearchText::fold(user.position);
    const int state = UserStates::toStorage(user.state);
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
          text(departments),
          text(user.userType),
          QVariant(int(user.active)),
          isoOrNull(lastLogin),
          isoOrNull(dateRegister),
          QVariant(state),
          QVariant(hash),
          QVariant(m_summary.generation),
          text(SearchText::nameSortKey(user.firstName, user.lastName, user.secondName, user.email)),
          text(position),
          nullIfZero(primaryDepartment),
          QVariant(int(user.lastLoginKnown)),
          QVariant(primaryDepartment)})
        s.upsert.addBindValue(value);
    if (!exec(s.upsert))
        return false;

    if (exists) {
        for (const QVariant &value : oldSearchRow)
            s.unindex.addBindValue(value);
        s.unlink.addBindValue(user.id);
        if (!exec(s.unindex) || !exec(s.unlink))
            return false;
    }
    const QStringList names{user.firstName, user.secondName, user.lastName};
    for (const QVariant &value :
         DirectorySchema::searchRow(user.id, names, user.email, user.position, user.phones(), state))
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
        m_statements.reset(new UserStatements(m_db->database()));
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

QString DirectorySync::removeUnseenUsers(DirectorySyncSummary &summary) {
    QSqlDatabase db = m_db->database();
    QSqlQuery unseen(db);
    unseen.setForwardOnly(true);
    unseen.prepare(u"SELECT "_s + kSearchColumns + u" FROM users WHERE seen_generation <> ?"_s);
    unseen.addBindValue(summary.generation);
    if (!exec(unseen))
        return m_error;
    QSqlQuery unindex(db);
    unindex.prepare(DirectorySchema::searchDeleteSql());
    summary.usersRemoved = 0;
    while (unseen.next()) {
        for (const QVariant &value : searchRowOf(unseen, 0))
            unindex.addBindValue(value);
        if (!exec(unindex))
            return m_error;
        ++summary.usersRemoved;
    }
    unseen.finish();
    if (summary.usersRemoved == 0)
        return {};
    QSqlQuery query(db);
    for (const QString &sql : {u"DELETE FROM membership WHERE user_id IN"
                               u" (SELECT id FROM users WHERE seen_generation <> ?)"_s,
                               u"DELETE FROM users WHERE seen_generation <> ?"_s}) {
        query.prepare(sql);
        query.addBindValue(summary.generation);
        if (!exec(query))
            return m_error;
    }
    return {};
}
