#include "directory/directorysyncjob.h"

#include "common/logging.h"
#include "directory/directoryreader.h"
#include "directory/directorysyncrunner.h"
#include "portal/batchbuilder.h"
#include "portal/listenumeration.h"
#include "portal/portalcall.h"
#include "portal/portalreply.h"
#include "portal/portalsession.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageSize = 50;
const QString kTotal = u"total"_s;
const QString kDepartments = u"departments"_s;
const QString kChanged = u"changed"_s;
// Any real login is later than this: `>LAST_LOGIN` with it finds the people who have logged in at all.
const QString kLongAgo = u"2000-01-01T00:00:00+00:00"_s;

QJsonObject userPage(const QJsonObject &filter, qint64 start) {
    return {{u"sort"_s, u"ID"_s},
            {u"order"_s, u"ASC"_s},
            {u"start"_s, start},
            {u"FILTER"_s, filter},
            {u"select"_s, QJsonArray::fromStringList(DirectorySyncJob::userFields())},
            {u"ADMIN_MODE"_s, u"Y"_s}};
}

// ISO-8601 with the offset written out (+03:00, never Z), the form the portal itself writes dates in.
QString portalDate(const QDateTime &when) {
    const int offset = when.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return when.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonArray idArray(const QList<qint64> &ids) {
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}
} // namespace

const QStringList &DirectorySyncJob::userFields() {
    static const QStringList fields{u"ID"_s,
                                    u"ACTIVE"_s,
                                    u"NAME"_s,
                                    u"LAST_NAME"_s,
                                    u"SECOND_NAME"_s,
                                    u"EMAIL"_s,
                                    u"WORK_POSITION"_s,
                                    u"WORK_PHONE"_s,
                                    u"PERSONAL_MOBILE"_s,
                                    u"UF_PHONE_INNER"_s,
                                    u"UF_DEPARTMENT"_s,
                                    u"USER_TYPE"_s,
                                    u"LAST_LOGIN"_s,
                                    u"DATE_REGISTER"_s};
    return fields;
}

bool DirectorySyncJob::mayRefresh(const DirectorySyncStatus &status, const QDateTime &now, QString *reason) {
    const auto no = [reason](const char *why) {
        if (reason)
            *reason = QString::fromLatin1(why);
        return false;
    };
    if (status.portalTime.isEmpty())
        return no("no portal time from a previous sync");
    if (!QDateTime::fromString(status.portalTime, Qt::ISODate).isValid())
        return no("the portal's time is unreadable");
    if (!status.lastReconcile.isValid() || status.lastReconcile.secsTo(now) > ReconcileAfterHours * 3600 ||
        status.lastReconcile > now.addSecs(3600))
        return no("the daily reconcile is due");
    return true;
}

DirectorySyncJob::DirectorySyncJob(PortalSession *session, DirectorySyncRunner *runner,
                                   const QString &directoryPath, Kind kind, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_runner(runner)
    , m_path(directoryPath)
    , m_kind(kind) {
    m_writerConnections << connect(runner, &DirectorySyncRunner::finished, this,
                                   &DirectorySyncJob::onWriterFinished)
                        << connect(runner, &DirectorySyncRunner::failed, this, &DirectorySyncJob::end)
                        << connect(runner, &DirectorySyncRunner::cancelled, this, &DirectorySyncJob::end);
    QTimer::singleShot(0, this, &DirectorySyncJob::start);
}

void DirectorySyncJob::start() {
    if (m_ended)
        return;
    DirectoryReader reader(m_path);
    const DirectorySyncStatus status = reader.open().ok() ? reader.syncStatus() : DirectorySyncStatus{};
    QString reason = u"asked for"_s;
    if (m_kind == Kind::Full || !mayRefresh(status, QDateTime::currentDateTimeUtc(), &reason)) {
        qCInfo(lcDirectory).noquote() << "full sync:" << reason;
        startFull(status.userCount > 0 ? status.userCount : -1);
        return;
    }
    m_invited = reader.invitedUserIds();
    m_since = portalDate(QDateTime::fromString(status.portalTime, Qt::ISODate).addSecs(-SafetyMarginSeconds));
    startRefresh();
}

void DirectorySyncJob::startFull(qint64 expectedUsers) {
    m_ranFull = true;
    m_refreshing = false;
    m_portalTime.clear();
    m_followUps.clear();
    m_departmentsComplete = true;
    m_runner->beginFullSync(expectedUsers);
    m_followUps << FollowUp{true, [this] { return m_session->enumerateDepartments(); }}
                << FollowUp{false, [this] { return m_session->enumerateUsers({}, userFields()); }};
    runNext();
}

void DirectorySyncJob::startRefresh() {
    m_refreshing = true;
    m_runner->beginRefresh();
    qCInfo(lcDirectory).noquote() << "refresh: changed since" << m_since << "and" << m_invited.size()
                                  << "pending invitations";
    m_probe.clear();
    // The total first: someone added after it is counted by the copy only, which asks for a reconcile
    // rather than hiding a removal.
    m_probe.append({kTotal, QJsonObject{{u"sort"_s, u"ID"_s},
                                        {u"order"_s, u"ASC"_s},
                                        {u"start"_s, 0},
                                        {u"select"_s, QJsonArray{u"ID"_s}},
                                        {u"ADMIN_MODE"_s, u"Y"_s}}});
    // department.get: sort/order/start lower-case (spec §6.9).
    m_probe.append(
        {kDepartments, QJsonObject{{u"sort"_s, u"ID"_s}, {u"order"_s, u"ASC"_s}, {u"start"_s, 0}}});
    m_probe.append({kChanged, userPage({{u">ID"_s, 0}, {u">TIMESTAMP_X"_s, m_since}}, -1)});
    for (qsizetype i = 0; i < m_invited.size(); i += IdsPerCommand) {
        const QJsonObject filter{{u"ID"_s, idArray(m_invited.mid(i, IdsPerCommand))},
                                 {u">LAST_LOGIN"_s, kLongAgo}};
        m_probe.append(
            {u"invited%1"_s.arg(i / IdsPerCommand, 4, 10, QLatin1Char('0')), userPage(filter, -1)});
    }
    sendProbe(0);
}

void DirectorySyncJob::sendProbe(int from) {
    if (m_ended)
        return;
    if (!m_session)
        return failWith(PortalError(PortalError::Kind::Canceled, u"SESSION_CLOSED"_s));
    if (from >= m_probe.size())
        return runNext();
    BatchBuilder builder;
    for (qsizetype i = from; i < m_probe.size() && builder.size() < BatchBuilder::kMaxCommands; ++i) {
        const bool departments = m_probe[i].first == kDepartments;
        builder.add(departments ? u"department.get"_s : u"user.get"_s, m_probe[i].second, m_probe[i].first);
    }
    ++m_requests;
    PortalCall *call =
        m_session->callWithBody(u"batch"_s, BatchBuilder::requestBody(builder.commands(), false), true);
    const int next = from + int(builder.size());
    connect(call, &PortalCall::finished, this, [this, call, next, ids = builder.ids()] {
        if (m_ended)
            return;
        if (!call->result())
            return failWith(call->result().error());
        if (m_portalTime.isEmpty())
            m_portalTime = call->result().value().time.dateStart;
        onProbeAnswer(ids, call->result().value().result);
        if (!m_ended)
            sendProbe(next);
    });
}

void DirectorySyncJob::onProbeAnswer(const QStringList &ids, const QJsonValue &result) {
    for (const BatchCommandOutcome &outcome : PortalParse::batch(result, ids)) {
        if (!outcome.outcome) {
            PortalError error(PortalError::Kind::MalformedResponse, u"BATCH_PAGE_MISSING"_s);
            error.setDetail(outcome.id);
            return failWith(error);
        }
        if (!outcome.outcome->ok())
            return failWith(outcome.outcome->error());
        const PortalReply &reply = outcome.outcome->value();
        const QJsonArray rows = reply.result.toArray();
        if (outcome.id == kTotal) {
            // No total on an empty list means nobody (spec §8.11); rows without one: unknown.
            m_portalUsers = reply.total.value_or(rows.isEmpty() ? 0 : -1);
            continue;
        }
        if (outcome.id == kDepartments) {
            if (!rows.isEmpty())
                m_runner->addDepartments(rows);
            // More than a page: all of them again, the way the full sync reads them.
            if (rows.size() >= kPageSize && reply.total.value_or(0) > rows.size())
                m_followUps << FollowUp{true, [this] { return m_session->enumerateDepartments(); }};
            else if (reply.total.value_or(0) > rows.size())
                m_departmentsComplete = false; // a short page short of its total: remove none
            continue;
        }
        if (rows.isEmpty())
            continue;
        m_runner->addUsers(rows);
        if (rows.size() < kPageSize)
            continue;
        // A full page: the rest is ID-paged as in the full sync, after the last ID seen.
        const qint64 after = PortalParse::idValue(rows.last().toObject().value("ID"_L1));
        const QJsonObject filter =
            m_probe.value(ids.indexOf(outcome.id)).second.value(u"FILTER"_s).toObject();
        QJsonObject rest = filter;
        rest.remove(u">ID"_s);
        m_followUps << FollowUp{false, [this, rest, after] {
                                    ListEnumeration *enumeration =
                                        m_session->enumerateUsers(rest, userFields());
                                    enumeration->setStartAfterId(after);
                                    return enumeration;
                                }};
    }
}

void DirectorySyncJob::runNext() {
    if (m_ended)
        return;
    if (!m_session)
        return failWith(PortalError(PortalError::Kind::Canceled, u"SESSION_CLOSED"_s));
    if (m_followUps.isEmpty()) {
        if (m_refreshing)
            m_runner->finishRefresh(m_portalTime, m_portalUsers, m_departmentsComplete);
        else
            m_runner->finishFullSync(m_portalTime);
        return;
    }
    const FollowUp followUp = m_followUps.takeFirst();
    ListEnumeration *enumeration = followUp.make();
    m_enumeration = enumeration;
    connect(enumeration, &ListEnumeration::page, this, [this, enumeration, followUp](const QJsonArray &rows) {
        if (m_portalTime.isEmpty())
            m_portalTime = enumeration->firstAnswerTime();
        if (followUp.departments)
            m_runner->addDepartments(rows);
        else
            m_runner->addUsers(rows);
    });
    connect(enumeration, &ListEnumeration::finished, this, [this, enumeration] {
        m_requests += enumeration->requests();
        m_enumeration.clear();
        if (m_ended)
            return;
        if (!enumeration->ok())
            return failWith(enumeration->error());
        if (m_portalTime.isEmpty())
            m_portalTime = enumeration->firstAnswerTime();
        runNext();
    });
}

void DirectorySyncJob::onWriterFinished(const DirectorySyncSummary &summary) {
    if (m_ended)
        return;
    if (summary.reconcileNeeded && !m_ranFull) {
        if (summary.usersAdded + summary.usersChanged + summary.usersUnchanged == 0)
            qCWarning(lcDirectory).nospace()
                << "refresh: the change filter found nobody while the portal's total moved to "
                << m_portalUsers << " (copy: " << summary.userCount << "): full sync";
        else
            qCInfo(lcDirectory).nospace()
                << "refresh: the portal has " << m_portalUsers << " people, the copy " << summary.userCount
                << ": full sync to reconcile";
        startFull(summary.userCount);
        return;
    }
    emit finished(summary);
    end();
}

void DirectorySyncJob::failWith(const PortalError &error) {
    if (m_ended)
        return;
    qCWarning(lcDirectory) << "directory sync failed:" << error.logText();
    if (m_enumeration)
        m_enumeration->abort();
    m_runner->cancel();
    emit failed(error);
    end();
}

void DirectorySyncJob::abort() {
    if (m_ended)
        return;
    if (m_enumeration)
        m_enumeration->abort();
    m_runner->cancel();
    end();
}

void DirectorySyncJob::end() {
    if (m_ended)
        return;
    m_ended = true;
    for (const QMetaObject::Connection &connection : std::as_const(m_writerConnections))
        disconnect(connection);
    emit ended();
    deleteLater();
}
