#pragma once

#include "portal/portalerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

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
class ListEnumeration : public QObject {
    Q_OBJECT
public:
    enum class Kind { Users, Departments };

    ListEnumeration(PortalSession *session, Kind kind, const QJsonObject &filter = {},
                    const QStringList &select = {});

    // Portal administrators see extranet users too only in admin mode (spec §6.5). Default on.
    void setAdminMode(bool on) { m_adminMode = on; }

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

    QPointer<PortalSession> m_session;
    Kind m_kind;
    QJsonObject m_filter;
    QStringList m_select;
    bool m_adminMode = true;
    qint64 m_lastId = 0;
    qint64 m_departmentTotal = 0;
    qint64 m_nextOffset = 0;
    qint64 m_rowCount = 0;
    int m_requests = 0;
    bool m_finished = false;
    bool m_started = false;
    std::optional<PortalError> m_error;
};
