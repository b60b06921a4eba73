#include "portal/listenumeration.h"

#include "common/logging.h"
#include "portal/batchbuilder.h"
#include "portal/portalsession.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageSize = 50;

QString pageId(int index) {
    return u"p%1"_s.arg(index, 2, 10, QLatin1Char('0'));
}
} // namespace

ListEnumeration *PortalSession::enumerateUsers(const QJsonObject &filter, const QStringList &select) {
    return new ListEnumeration(this, ListEnumeration::Kind::Users, filter, select);
}

ListEnumeration *PortalSession::enumerateDepartments() {
    return new ListEnumeration(this, ListEnumeration::Kind::Departments);
}

ListEnumeration::ListEnumeration(PortalSession *session, Kind kind, const QJsonObject &filter,
                                 const QStringList &select)
    : QObject(session)
    , m_session(session)
    , m_kind(kind)
    , m_filter(filter)
    , m_select(select) {
    QTimer::singleShot(0, this, &ListEnumeration::start);
}

void ListEnumeration::abort() {
    finish(PortalError(PortalError::Kind::Canceled, u"ABORTED"_s));
}

qint64 ListEnumeration::now() const {
    return m_limits.clockMs ? m_limits.clockMs() : m_elapsed.elapsed();
}

bool ListEnumeration::setTotal(std::optional<qint64> total, qsizetype firstPageRows) {
    // A missing total, or 0 with rows on the page (start=-1 semantics), is unknown: the ceiling.
    const bool known = total && (*total > 0 || firstPageRows == 0);
    m_total = known ? *total : -1;
    if (known && *total > m_limits.maxRows) {
        PortalError error(PortalError::Kind::ProtocolViolation, u"LIST_TOTAL_TOO_LARGE"_s);
        error.setDetail(QLocale().toString(*total));
        finish(error);
        return false;
    }
    const qint64 slack = known ? std::max(m_limits.slackRows, *total * m_limits.slackPercent / 100) : 0;
    m_rowCap = known ? std::min(m_limits.maxRows, *total + slack) : m_limits.maxRows;
    m_pageCap = m_rowCap / kPageSize + 2;
    m_timeBudgetMs = m_limits.baseTimeMs + (m_rowCap / 2500 + 1) * m_limits.timePerBatchMs;
    qCInfo(lcPortal) << "enumeration: portal announces" << m_total << "rows; caps" << m_rowCap << "rows,"
                     << m_pageCap << "pages," << m_timeBudgetMs / 1000 << "s";
    return true;
}

bool ListEnumeration::acceptPage(const QJsonArray &rows) {
    if (++m_pages > m_pageCap) {
        PortalError error(PortalError::Kind::ProtocolViolation, u"LIST_TOO_MANY_PAGES"_s);
        error.setDetail(QLocale().toString(m_pageCap));
        finish(error);
        return false;
    }
    if (m_rowCount + rows.size() > m_rowCap) {
        PortalError error(PortalError::Kind::ProtocolViolation, u"LIST_LONGER_THAN_TOTAL"_s);
        error.setDetail(QLocale().toString(m_total >= 0 ? m_total : m_rowCap));
        finish(error);
        return false;
    }
    for (const QJsonValue &row : rows) {
        const qint64 id = PortalParse::idValue(row.toObject().value("ID"_L1));
        if (id <= m_lastRowId) {
            PortalError error(PortalError::Kind::ProtocolViolation, u"LIST_IDS_NOT_RISING"_s);
            error.setDetail(u"%1 after %2"_s.arg(id).arg(m_lastRowId));
            finish(error);
            return false;
        }
        m_lastRowId = id;
    }
    return true;
}

bool ListEnumeration::withinTime() {
    if (now() - m_startedAt <= m_timeBudgetMs)
        return true;
    PortalError error(PortalError::Kind::ProtocolViolation, u"LIST_TOO_SLOW"_s);
    error.setDetail(tr("%n minute(s)", nullptr, int(std::max<qint64>(1, m_timeBudgetMs / 60'000))));
    finish(error);
    return false;
}

void ListEnumeration::start() {
    if (m_finished || m_started)
        return;
    m_started = true;
    m_elapsed.start();
    m_startedAt = now();
    setTotal(std::nullopt, 1); // the ceiling until the portal's total is known
    if (m_kind == Kind::Users)
        nextUserBatch();
    else
        nextDepartmentBatch();
}

void ListEnumeration::nextUserBatch() {
    if (!m_session)
        return finish(PortalError(PortalError::Kind::Canceled, u"SESSION_CLOSED"_s));
    BatchBuilder builder;
    for (int i = 0; i < BatchBuilder::kMaxCommands; ++i) {
        QJsonObject filter = m_filter;
        filter.insert(u">ID"_s, i == 0
                                    ? QJsonValue(m_lastId)
                                    : QJsonValue(BatchBuilder::resultRef(pageId(i - 1), {u"49"_s, u"ID"_s})));
        // start=-1 skips the count (spec §3); the very first page asks for it once, for the caps.
        const bool countOnce = i == 0 && m_requests == 0;
        QJsonObject params{{u"sort"_s, u"ID"_s},
                           {u"order"_s, u"ASC"_s},
                           {u"start"_s, countOnce ? 0 : -1},
                           {u"FILTER"_s, filter}};
        if (!m_select.isEmpty())
            params.insert(u"select"_s, QJsonArray::fromStringList(m_select));
        if (m_adminMode)
            params.insert(u"ADMIN_MODE"_s, u"Y"_s);
        builder.add(u"user.get"_s, params, pageId(i));
    }
    ++m_requests;
    PortalCall *call =
        m_session->callWithBody(u"batch"_s, BatchBuilder::requestBody(builder.commands(), false), true);
    connect(call, &PortalCall::finished, this, [this, call, ids = builder.ids()] {
        if (m_finished)
            return;
        if (!call->result())
            return finish(call->result().error());
        if (!withinTime())
            return;
        const bool first = m_requests == 1;
        if (first)
            m_firstAnswerTime = call->result().value().time.dateStart;
        const auto outcomes = PortalParse::batch(call->result().value().result, ids);
        for (const BatchCommandOutcome &outcome : outcomes) {
            if (!outcome.outcome) {
                PortalError error(PortalError::Kind::MalformedResponse, u"BATCH_PAGE_MISSING"_s);
                error.setDetail(outcome.id);
                return finish(error);
            }
            if (!outcome.outcome->ok())
                return finish(outcome.outcome->error());
            const QJsonArray rows = outcome.outcome->value().result.toArray();
            if (first && outcome.id == pageId(0) && !setTotal(outcome.outcome->value().total, rows.size()))
                return;
            if (!rows.isEmpty()) {
                // IDs rise strictly, also across pages: a `$result` reference that did not resolve
                // (the portal repeating rows instead of paging) stops here too.
                if (!acceptPage(rows))
                    return;
                m_lastId = PortalParse::idValue(rows.last().toObject().value("ID"_L1));
                m_rowCount += rows.size();
                Q_EMIT page(rows);
                if (m_finished)
                    return; // aborted by a receiver
            }
            if (rows.size() < kPageSize)
                return finish();
        }
        nextUserBatch();
    });
}

void ListEnumeration::nextDepartmentBatch() {
    if (!m_session)
        return finish(PortalError(PortalError::Kind::Canceled, u"SESSION_CLOSED"_s));
    // department.get: filters case-sensitive upper-case, sort/order/start lower-case (spec §6.9).
    auto params = [this](qint64 offset) {
        QJsonObject p{{u"sort"_s, u"ID"_s}, {u"order"_s, u"ASC"_s}, {u"start"_s, offset}};
        for (auto it = m_filter.begin(); it != m_filter.end(); ++it)
            p.insert(it.key(), it.value());
        return p;
    };
    ++m_requests;
    if (m_nextOffset == 0) {
        PortalCall *call = m_session->call(u"department.get"_s, params(0));
        connect(call, &PortalCall::finished, this, [this, call] {
            if (m_finished)
                return;
            if (!call->result())
                return finish(call->result().error());
            m_firstAnswerTime = call->result().value().time.dateStart;
            const QJsonArray rows = call->result().value().result.toArray();
            if (!setTotal(call->result().value().total, rows.size()))
                return;
            m_departmentTotal = std::min(call->result().value().total.value_or(rows.size()), m_rowCap);
            if (!rows.isEmpty() && !acceptPage(rows))
                return;
            m_rowCount += rows.size();
            m_nextOffset = kPageSize;
            if (!rows.isEmpty())
                Q_EMIT page(rows);
            if (m_finished)
                return;
            if (m_nextOffset >= m_departmentTotal || rows.size() < kPageSize)
                return finish();
            nextDepartmentBatch();
        });
        return;
    }
    BatchBuilder builder;
    for (qint64 offset = m_nextOffset;
         offset < m_departmentTotal && builder.size() < BatchBuilder::kMaxCommands; offset += kPageSize)
        builder.add(u"department.get"_s, params(offset), pageId(int(builder.size())));
    m_nextOffset += builder.size() * kPageSize;
    PortalCall *call =
        m_session->callWithBody(u"batch"_s, BatchBuilder::requestBody(builder.commands(), false), true);
    connect(call, &PortalCall::finished, this, [this, call, ids = builder.ids()] {
        if (m_finished)
            return;
        if (!call->result())
            return finish(call->result().error());
        if (!withinTime())
            return;
        for (const BatchCommandOutcome &outcome : PortalParse::batch(call->result().value().result, ids)) {
            if (!outcome.outcome)
                return finish(PortalError(PortalError::Kind::MalformedResponse, u"BATCH_PAGE_MISSING"_s));
            if (!outcome.outcome->ok())
                return finish(outcome.outcome->error());
            const QJsonArray rows = outcome.outcome->value().result.toArray();
            if (!rows.isEmpty() && !acceptPage(rows))
                return;
            m_rowCount += rows.size();
            if (!rows.isEmpty())
                Q_EMIT page(rows);
            if (m_finished)
                return;
            if (rows.size() < kPageSize)
                return finish();
        }
        if (m_nextOffset >= m_departmentTotal)
            return finish();
        nextDepartmentBatch();
    });
}

void ListEnumeration::finish(std::optional<PortalError> error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error)
        qCInfo(lcPortal) << "enumeration failed after" << m_rowCount << "rows:" << m_error->logText();
    else
        qCInfo(lcPortal) << "enumerated" << m_rowCount << "rows in" << m_requests << "requests";
    Q_EMIT finished();
    deleteLater();
}
