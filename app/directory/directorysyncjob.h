#pragma once

#include "directory/directorysyncsummary.h"
#include "portal/portalerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class DirectorySyncRunner;
class ListEnumeration;
class PortalSession;
struct DirectorySyncStatus;

// One sync of the directory copy from the portal, feeding the writer (DirectorySyncRunner): a full
// sync, or an incremental refresh when the copy allows one. A refresh costs what changed, not the
// size of the company, in one `batch` request in the usual case:
//  - the portal's user total (user.get start=0, one page of IDs), to notice people who are gone;
//  - every department (department.get; few, read whole each time, so removed ones go too);
//  - the people changed since the last sync, `>TIMESTAMP_X` measured by the portal's own clock (the
//    time.date_start of the last sync's first answer, minus SafetyMarginSeconds), ID-paged as the
//    full sync when more than a page changed. TIMESTAMP_X itself is never read (it may come as {});
//  - the people whose invitation was pending, by ID, who have logged in since (>LAST_LOGIN): accepting
//    an invitation need not touch TIMESTAMP_X.
// When the copy's count then differs from the portal's total (someone was removed, or a change filter
// that found nothing while people were added: a portal that cannot read the date), a full sync
// (reconcile) follows at once. A full sync also runs when asked for (Kind::Full), when the copy has no
// portal time to go on from, and when the last one is older than ReconcileAfterHours.
class DirectorySyncJob : public QObject {
    Q_OBJECT
public:
    enum class Kind { Automatic, Full };
    static constexpr int SafetyMarginSeconds = 10 * 60;
    static constexpr int ReconcileAfterHours = 24;
    static constexpr int IdsPerCommand = 500; // below PHP's max_input_vars (1000) per batch command

    // The user.get fields the directory stores (DirectoryUser::fromJson); the rest is never fetched.
    static const QStringList &userFields();
    // Whether a sync from this status may be incremental; `reason` says why not (for the log).
    static bool mayRefresh(const DirectorySyncStatus &status, const QDateTime &now,
                           QString *reason = nullptr);

    // Starts from the event loop. The runner must have opened its file and must not be syncing.
    DirectorySyncJob(PortalSession *session, DirectorySyncRunner *runner, const QString &directoryPath,
                     Kind kind, QObject *parent = nullptr);

    void abort(); // stops reading; the writer keeps what it wrote (as a cancelled sync)
    int requests() const { return m_requests; }
    bool ranFull() const { return m_ranFull; }

signals:
    void finished(const DirectorySyncSummary &summary); // the last sync of the job (after a reconcile)
    void failed(const PortalError &error);              // the portal failed; the writer was cancelled
    void ended();                                       // always, once, after finished/failed/writer trouble

private:
    void start();
    void startFull(qint64 expectedUsers);
    void startRefresh();
    void sendProbe(int from);
    void onProbeAnswer(const QStringList &ids, const QJsonValue &result);
    void enumerate(ListEnumeration *enumeration, bool users);
    void runNext();
    void onWriterFinished(const DirectorySyncSummary &summary);
    void failWith(const PortalError &error);
    void end();

    QPointer<PortalSession> m_session;
    DirectorySyncRunner *m_runner;
    QString m_path;
    Kind m_kind;
    QString m_since;                            // the >TIMESTAMP_X value of a refresh
    QList<qint64> m_invited;                    // pending invitations in the copy
    QList<QPair<QString, QJsonObject>> m_probe; // the refresh's commands: id, user.get/department.get params
    QString m_portalTime;                       // time.date_start of the first answer
    qint64 m_portalUsers = -1;
    bool m_departmentsComplete = true;
    struct FollowUp {
        bool departments = false;
        std::function<ListEnumeration *()> make;
    };
    QList<FollowUp> m_followUps; // the full sync's lists, or more pages of what did not fit the probe
    QPointer<ListEnumeration> m_enumeration;
    QList<QMetaObject::Connection> m_writerConnections;
    int m_requests = 0;
    bool m_ranFull = false;
    bool m_refreshing = false;
    bool m_ended = false;
};
