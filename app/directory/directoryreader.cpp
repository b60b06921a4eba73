#include "directory/directoryreader.h"

#include "common/logging.h"
#include "directory/directoryschema.h"
#include "directory/searchtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

QString DirectorySyncStatus::offlineText() const {
    if (!lastFullSync.isValid())
        return QCoreApplication::translate("DirectorySyncStatus", "Offline, the directory was never synced");
    return QCoreApplication::translate("DirectorySyncStatus", "Offline since %1")
        .arg(QLocale().toString(lastFullSync.toLocalTime(), QLocale::ShortFormat));
}

DirectoryReader::DirectoryReader(const QString &path)
    : m_db(path, QStringLiteral("reader")) {}

DirectoryResult<DirectoryOpenReport> DirectoryReader::open(DirectoryDatabase::OpenMode mode) {
    DirectoryResult<DirectoryOpenReport> report = m_db.open(mode);
    if (!report) {
        qCWarning(lcDirectory) << "directory reader not opened:" << report.error().logText();
        return report;
    }
    m_db.setCacheLimits(ReaderCacheKiB, ReaderMmapBytes);
    m_fileIdentity = DirectorySchema::fileIdentity(m_db.database());
    return report;
}

std::shared_ptr<DirectoryReader> DirectoryReader::shared(const QString &path) {
    // Per thread: a connection belongs to the thread that opened it.
    thread_local QHash<QString, std::weak_ptr<DirectoryReader>> readers;
    if (const std::shared_ptr<DirectoryReader> existing = readers.value(path).lock()) {
        if (existing->isOpen() && !existing->m_fileIdentity.isEmpty() &&
            existing->m_fileIdentity == DirectoryDatabase::identityOfFileAt(path))
            return existing;
    }
    auto reader = std::make_shared<DirectoryReader>(path);
    if (reader->open(DirectoryDatabase::OpenMode::Trusted).ok())
        readers.insert(path, reader);
    else
        readers.remove(path);
    return reader;
}

std::optional<DirectoryUserDetails> DirectoryReader::userDetails(qint64 userId) const {
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT u.first_name, u.last_name, u.second_name, u.email, u.position, u.work_phone,"
                       " u.mobile_phone, u.inner_phone, u.department_ids, u.user_type, u.active,"
                       " u.last_login, u.date_register, u.state, u.last_login_known"
                       " FROM users u WHERE u.id = ?"));
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    // The stored columns are the truth the lists show; the raw row is kept for everything else.
    auto user = std::make_optional<DirectoryUser>();
    user->id = userId;
    user->firstName = query.value(0).toString();
    user->lastName = query.value(1).toString();
    user->secondName = query.value(2).toString();
    user->email = query.value(3).toString();
    user->position = query.value(4).toString();
    user->workPhone = query.value(5).toString();
    user->mobilePhone = query.value(6).toString();
    user->innerPhone = query.value(7).toString();
    for (const QString &id : query.value(8).toString().split(u',', Qt::SkipEmptyParts))
        user->departmentIds << id.toLongLong();
    user->userType = query.value(9).toString();
    user->active = query.value(10).toBool();
    user->lastLogin = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
    user->dateRegister = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    user->state = UserStates::fromStorage(query.value(13).toInt());
    user->lastLoginKnown = query.value(14).toBool();
    DirectoryUserDetails details{*user, {}};
    QSqlQuery departments(database());
    departments.prepare(QStringLiteral("SELECT d.id, d.name FROM membership m JOIN departments d"
                                       " ON d.id = m.department_id WHERE m.user_id = ?"));
    departments.addBindValue(userId);
    if (departments.exec()) {
        QHash<qint64, QString> names;
        while (departments.next())
            names.insert(departments.value(0).toLongLong(), departments.value(1).toString());
        for (const qint64 id : user->departmentIds) // the portal's order: the first is the main one
            if (names.contains(id))
                details.departmentNames << names.value(id);
    }
    return details;
}

DirectorySyncStatus DirectoryReader::syncStatus() const {
    DirectorySyncStatus status;
    QSqlQuery query(database());
    if (!query.exec(
            QStringLiteral("SELECT last_full_sync, user_count, department_count, last_added,"
                           " last_changed, last_removed, portal_time, last_reconcile FROM sync_state")) ||
        !query.next())
        return status;
    status.lastFullSync = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    status.userCount = query.value(1).toInt();
    status.departmentCount = query.value(2).toInt();
    status.lastAdded = query.value(3).toInt();
    status.lastChanged = query.value(4).toInt();
    status.lastRemoved = query.value(5).toInt();
    status.portalTime = query.value(6).toString();
    status.lastReconcile = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return status;
}

QList<qint64> DirectoryReader::invitedUserIds() const {
    QList<qint64> ids;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM users WHERE state = ? ORDER BY id"));
    query.addBindValue(UserStates::toStorage(UserState::Invited));
    if (!query.exec())
        return ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

std::optional<int> DirectoryReader::activeUserCount() const {
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 1")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

namespace {
// Runs sql and hands each row's two integers to row.
template<typename Row> bool readPairs(QSqlQuery &query, const QString &sql, Row row) {
    if (!query.exec(sql))
        return false;
    while (query.next())
        row(query.value(0).toLongLong(), query.value(1).toLongLong());
    return true;
}

// A department and its ancestors, nearest first. A parent chain that loops (a portal's data error) ends
// where it comes back.
QList<qint64> selfAndAncestors(qint64 department, const QHash<qint64, qint64> &parents) {
    QList<qint64> chain{department};
    for (qint64 up = parents.value(department); up > 0 && !chain.contains(up); up = parents.value(up))
        chain << up;
    return chain;
}

// Fills withSubDepartments from the direct counts: the members of one department only add to it and each
// of its ancestors; a person in several departments (`several`: user, department, by user) adds one to
// every department any of theirs lies in.
void countWithSubDepartments(QHash<qint64, DirectoryReader::MemberCounts> &counts,
                             const QHash<qint64, qint64> &parents,
                             const QList<std::pair<qint64, qint64>> &several) {
    QHash<qint64, QList<qint64>> chains;
    const auto chainOf = [&](qint64 department) -> const QList<qint64> & {
        auto it = chains.find(department);
        if (it == chains.end())
            it = chains.insert(department, selfAndAncestors(department, parents));
        return *it;
    };
    QHash<qint64, int> alone; // members in no other department
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        alone.insert(it.key(), it->direct);
    for (const auto &[user, department] : several)
        --alone[department];
    for (auto it = alone.cbegin(); it != alone.cend(); ++it)
        for (const qint64 up : chainOf(it.key()))
            counts[up].withSubDepartments += *it;
    QList<qint64> reached;
    for (qsizetype at = 0; at < several.size();) {
        const qint64 user = several.at(at).first;
        reached.clear();
        for (; at < several.size() && several.at(at).first == user; ++at)
            reached << chainOf(several.at(at).second);
        std::sort(reached.begin(), reached.end());
        reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
        for (const qint64 up : reached)
            ++counts[up].withSubDepartments;
    }
}
} // namespace

QHash<qint64, DirectoryReader::MemberCounts> DirectoryReader::departmentMemberCounts() const {
    // Most people belong to one department and are counted per department by the index; only the few in
    // several departments are read one by one, rather than a recursive count(DISTINCT) over every member
    // (bench_search prints the cost: "department member counts").
    QHash<qint64, MemberCounts> counts;
    QHash<qint64, qint64> parents;
    QList<std::pair<qint64, qint64>> several;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const bool read =
        readPairs(query, QStringLiteral("SELECT id, coalesce(parent_id, 0) FROM departments"),
                  [&](qint64 id, qint64 parent) { parents.insert(id, parent); }) &&
        readPairs(query,
                  QStringLiteral("SELECT department_id, count(*) FROM membership GROUP BY department_id"),
                  [&](qint64 department, qint64 members) { counts[department].direct = int(members); }) &&
        readPairs(query,
                  QStringLiteral("SELECT user_id, department_id FROM membership WHERE user_id IN"
                                 " (SELECT user_id FROM membership GROUP BY user_id HAVING count(*) > 1)"
                                 " ORDER BY user_id"),
                  [&](qint64 user, qint64 department) {
                      several.append({user, department});
                  });
    if (!read) {
        qCWarning(lcDirectory) << "member counts not read:" << query.lastError().text();
        return {};
    }
    countWithSubDepartments(counts, parents, several);
    return counts;
}

QHash<QString, UserState> DirectoryReader::statesForEmails(const QStringList &emails) const {
    QHash<QString, UserState> states;
    QSet<QString> seen;
    QStringList keys;
    keys.reserve(emails.size());
    for (const QString &email : emails) {
        const QString key = SearchText::normalizedEmail(email);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            keys << key;
        }
    }
    QSqlQuery fullChunk(database());
    bool fullChunkPrepared = false;
    for (qsizetype start = 0; start < keys.size(); start += EmailChunk) {
        const qsizetype size = std::min<qsizetype>(EmailChunk, keys.size() - start);
        QSqlQuery partialChunk(database());
        QSqlQuery &query = size == EmailChunk ? fullChunk : partialChunk;
        if (size != EmailChunk || !fullChunkPrepared) {
            QString placeholders = QStringLiteral("?");
            placeholders.reserve(2 * size);
            for (qsizetype i = 1; i < size; ++i)
                placeholders += QStringLiteral(",?");
            query.prepare(u"SELECT email_norm, state FROM users WHERE email_norm IN (" + placeholders + u')');
            fullChunkPrepared = fullChunkPrepared || size == EmailChunk;
        }
        for (qsizetype i = 0; i < size; ++i)
            query.addBindValue(keys.at(start + i));
        if (!query.exec()) {
            qCWarning(lcDirectory) << "e-mail lookup failed:" << query.lastError().text();
            break;
        }
        while (query.next()) {
            const QString key = query.value(0).toString();
            const UserState state = UserStates::fromStorage(query.value(1).toInt());
            const auto existing = states.constFind(key);
            if (existing == states.cend() ||
                UserStates::precedence(state) > UserStates::precedence(*existing))
                states.insert(key, state);
        }
    }
    return states;
}
