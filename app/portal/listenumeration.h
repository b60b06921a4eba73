#pragma once

#include "portal/portalerror.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

// Bounds of one enumeration, so that a hostile or broken portal cannot keep a sync running forever
// or fill the disk. The portal's own `total` (asked for once, on the first page) sets the
// caps: rows ≤ total + slack (people added while reading), pages ≤ rows / 50 + 2, time ≤ base +
// per-2 500-rows budget. A total above maxRows, or IDs that do not strictly rise, stop it too.
// Defaults are generous for the largest real portals (tens of thousands of users) and for waiting
// out rate and operating limits; tests set small values and a clock of their own.
struct EnumerationLimits {
    qint64 maxRows = 500'000;           // whatever the portal announces
    qint64 slackRows = 1'000;           // plus max(slackRows, total · slackPercent / 100)
    qint64 slackPercent = 10;           //
    qint64 baseTimeMs = 15 * 60'000;    // time budget: base …
    qint64 timePerBatchMs = 2 * 60'000; // … plus this per 2 500 rows the caps allow
    std::function<qint64()> clockMs;    // monotonic milliseconds; empty: QElapsedTimer
};

class PortalSession;

// Reads a whole list (users or departments) with the fewest requests the protocol allows and
// hands it over page by page (≤ 50 rows), so nobody holds the list twice.
//
// Users: ID-ordered paging with start=-1 and FILTER[>ID] (spec §3), 50 user.get pages per `batch`;
// page k's filter is `$result[p(k-1)][49][ID]`, the last ID of the page before it, so one request
// carries 2 500 users: at most ⌊N/2500⌋+1 requests for N users. Pages after the first short page
// of a batch are ignored (their reference could not resolve).
// Departments: department.get with start offsets (page-number navigation), the first page alone
// (it tells the total), the rest 50 pages per `batch`.
// Both are sorted by ID, so IDs must rise strictly across the whole list, and both stop with a
// ProtocolViolation error when the portal breaks the EnumerationLimits its total implies.
class ListEnumeration : public QObject {
    Q_OBJECT
public:
    enum class Kind { Users, Departments };

    ListEnumeration(PortalSession *session, Kind kind, const QJsonObject &filter = {},
                    const QStringList &select = {});

    // Portal administrators see extranet users too only in admin mode (spec §6.5). Default on.
    void setAdminMode(bool on) { m_adminMode = on; }
    // Before the enumeration starts (it starts from the event loop after construction).
    void setLimits(const EnumerationLimits &limits) { m_limits = limits; }
    // The portal's announced total once known, else -1.
    qint64 announcedTotal() const { return m_total; }
    // Users: start after this ID instead of the first (the rows up to it are known already).
    void setStartAfterId(qint64 id) { m_lastId = m_lastRowId = id; }
    // time.date_start of the first answer (the portal's clock when the reading began); empty until
    // then, or when the portal does not send it.
    QString firstAnswerTime() const { return m_firstAnswerTime; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const PortalError &error() const { return *m_error; }
    int requests() const { return m_requests; }
    qint64 rowCount() const { return m_rowCount; }
    void abort();

Q_SIGNALS:
    void page(const QJsonArray &rows);
    void finished();

private:
    void start();
    void nextUserBatch();
    void nextDepartmentBatch();
    void finish(std::optional<PortalError> error = std::nullopt);
    qint64 now() const;
    // Takes the portal's total (nullopt or 0 with rows: unknown) and sets the caps; false when
    // it is above maxRows (then the enumeration has finished with an error).
    bool setTotal(std::optional<qint64> total, qsizetype firstPageRows);
    // Checks a page against the caps and the rising IDs; false when it finished with an error.
    bool acceptPage(const QJsonArray &rows);
    bool withinTime();

    QPointer<PortalSession> m_session;
    Kind m_kind;
    QJsonObject m_filter;
    QStringList m_select;
    bool m_adminMode = true;
    EnumerationLimits m_limits;
    QElapsedTimer m_elapsed;
    qint64 m_startedAt = 0;
    qint64 m_total = -1;
    qint64 m_rowCap = 0;
    qint64 m_pageCap = 0;
    qint64 m_timeBudgetMs = 0;
    qint64 m_pages = 0;
    qint64 m_lastRowId = 0; // the last ID handed over: the next must be larger
    qint64 m_lastId = 0;
    qint64 m_departmentTotal = 0;
    qint64 m_nextOffset = 0;
    qint64 m_rowCount = 0;
    int m_requests = 0;
    bool m_finished = false;
    bool m_started = false;
    std::optional<PortalError> m_error;
    QString m_firstAnswerTime;
};
