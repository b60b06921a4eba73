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
// A statement bound by placeholder names made once. QtSql's positional binding (addBindValue) formats
// and hashes a new placeholder name for every value bound, which cost more than SQLite's own work on
// a new person's row.
class Statement {
public:
    explicit Statement(const QSqlDatabase &db)
        : query(db) {
        query.setForwardOnly(true); // never scrolled back: QtSql then keeps no cache of rows
    }
    // sql's '?' placeholders (none may be inside a literal) become ":v0", ":v1", ...
    void prepare(const QString &sql) {
        QString named;
        named.reserve(sql.size() + 64);
        for (const QChar c : sql) {
            if (c != u'?') {
                named += c;
                continue;
            }
            m_names << u":v"_s + QString::number(m_names.size());
            named += m_names.constLast();
        }
        query.prepare(named);
    }
    void bind(std::initializer_list<QVariant> values) {
        qsizetype i = 0;
        for (const QVariant &value : values)
            query.bindValue(m_names.at(i++), value);
    }
    void bind(const QVariantList &values) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(m_names.at(i), values.at(i));
    }

    QSqlQuery query;

private:
    QStringList m_names;
};
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

    Statement lookup, oldSearch, upsert, touch, unindex, index, unlink, link;
};

void DirectorySync::UserStatementsDeleter::operator()(UserStatements *statements) const {
    delete statements;
}

// One person in the forms the writer stores and compares, each made once per row.
struct DirectorySync::StoredUser {
    explicit StoredUser(DirectoryUser parsed)
        : user(std::move(parsed))
        , lastLogin(DirectoryUser::isoOrEmpty(user.lastLogin))
        , dateRegister(DirectoryUser::isoOrEmpty(user.dateRegister))
        , state(UserStates::toStorage(user.state))
        , primaryDepartment(user.departmentIds.value(0, 0)) {
        for (const qint64 department : user.departmentIds) {
            if (!departments.isEmpty())
                departments += u',';
            departments += QString::number(department);
        }
        hash = user.contentHash(departments, lastLogin, dateRegister);
    }

    DirectoryUser user;
    QString departments; // "12,5": the portal's order, the first is the primary department
    QString lastLogin;   // UTC ISO-8601, or empty
    QString dateRegister;
    QByteArray hash;
    int state = 0;
    qint64 primaryDepartment = 0;
};

// What the copy holds for a person before this row is written.
struct DirectorySync::StoredMatch {
    bool exists = false;
    bool sameContent = false;
    bool seenThisSync = false;
    QVariantList oldSearchRow; // the values the person is indexed with, when the row is rewritten
};

bool DirectorySync::lookUpUser(const StoredUser &stored, UserStatements &s, StoredMatch &match) {
    const qint64 id = stored.user.id;
    // Into a copy that was empty when the sync began, an ID above every one written so far is new: the
    // full sync's IDs rise, so the first sync needs no lookups.
    const bool mayExist = !m_emptyAtStart || id <= m_highestWrittenId;
    m_highestWrittenId = std::max(m_highestWrittenId, id);
    if (!mayExist)
        return true;
    s.lookup.bind({QVariant(id)});
    if (!exec(s.lookup.query))
        return false;
    match.exists = s.lookup.query.next();
    match.sameContent = match.exists && s.lookup.query.value(0).toByteArray() == stored.hash;
    match.seenThisSync = match.exists && s.lookup.query.value(1).toLongLong() == m_summary.generation;
    s.lookup.query.finish();
    if (!match.exists || match.sameContent)
        return true;
    s.oldSearch.bind({QVariant(id)});
    if (!exec(s.oldSearch.query) || !s.oldSearch.query.next())
        return false;
    match.oldSearchRow = searchRowOf(s.oldSearch.query, 0);
    s.oldSearch.query.finish();
    return true;
}

bool DirectorySync::upsertUser(const StoredUser &stored, UserStatements &s) {
    const DirectoryUser &user = stored.user;
    s.upsert.bind({QVariant(user.id),
                   text(user.firstName),
                   text(user.lastName),
                   text(user.secondName),
                   text(user.email),
                   text(user.emailNormalized()),
                   text(user.position),
                   text(user.workPhone),
                   text(user.mobilePhone),
                   text(user.innerPhone),
                   text(stored.departments),
                   text(user.userType),
                   QVariant(int(user.active)),
                   isoOrNull(stored.lastLogin),
                   isoOrNull(stored.dateRegister),
                   QVariant(stored.state),
                   QVariant(stored.hash),
                   QVariant(m_summary.generation),
                   text(SearchText::nameSortKey(user.firstName, user.lastName, user.secondName, user.email)),
                   text(SearchText::fold(user.position)),
                   nullIfZero(stored.primaryDepartment),
                   QVariant(int(user.lastLoginKnown)),
                   QVariant(stored.primaryDepartment)});
    return exec(s.upsert.query);
}

// The search row and the membership: the old ones removed first when the person was in the copy.
bool DirectorySync::indexUser(const StoredUser &stored, const StoredMatch &match, UserStatements &s) {
    const DirectoryUser &user = stored.user;
    if (match.exists) {
        s.unindex.bind(match.oldSearchRow);
        s.unlink.bind({QVariant(user.id)});
        if (!exec(s.unindex.query) || !exec(s.unlink.query))
            return false;
    }
    const QStringList names{user.firstName, user.secondName, user.lastName};
    s.index.bind(
        DirectorySchema::searchRow(user.id, names, user.email, user.position, user.phones(), stored.state));
    if (!exec(s.index.query))
        return false;
    for (const qint64 department : user.departmentIds) {
        s.link.bind({QVariant(user.id), QVariant(department)});
        if (!exec(s.link.query))
            return false;
    }
    return true;
}

bool DirectorySync::writeUser(const QJsonObject &row, UserStatements &s) {
    auto parsed = DirectoryUser::fromJson(row);
    if (!parsed) {
        ++m_summary.usersSkipped;
        return true;
    }
    const StoredUser stored(std::move(*parsed));
    StoredMatch match;
    if (!lookUpUser(stored, s, match))
        return false;
    if (match.sameContent) {
        if (!match.seenThisSync)
            ++m_summary.usersUnchanged;
        s.touch.bind({QVariant(m_summary.generation), QVariant(stored.user.id)});
        return exec(s.touch.query);
    }
    if (!match.exists)
        ++m_summary.usersAdded;
    else if (!match.seenThisSync)
        ++m_summary.usersChanged;
    if (!m_searchIndexMarkedChanged) {
        // Remembered across a sync that does not finish: the next one that does merges the index.
        if (!runStep(DirectorySchema::markSearchIndexChanged))
            return false;
        m_searchIndexMarkedChanged = true;
    }
    return upsertUser(stored, s) && indexUser(stored, match, s);
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
