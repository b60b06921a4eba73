#pragma once

#include "invite/csvrecipientreader.h"
#include "invite/invitation.h"
#include "invite/inviteerror.h"
#include "invite/knownpeoplelookup.h"
#include "workspace/departmentindex.h"
#include "workspace/scriptedreport.h"
#include "workspace/scriptedtask.h"

#include <QHash>
#include <QSet>

// Scripted invitations without a window. `--invite-csv people.csv` checks every row (address, the
// file itself, the outbox, what the portal knows about the address right now, the department) and
// queues the rows worth inviting in the outbox, then sends; `--send-pending` only sends what earlier
// runs left queued. Either way every row ends with one outcome in the report (table, --report file)
// and the summary counts this run only. Exit codes: ScriptedTask.
class HeadlessInviter : public ScriptedTask {
    Q_OBJECT
public:
    struct Task {
        QString csvPath;          // empty: send what is pending
        CsvRecipientImport input; // read by checkInput()
        QString department;       // --department: name or ID; rows may name their own
        QString reportPath;       // --report: .csv or .json
        QString inviter;
    };

    HeadlessInviter(Workspace *workspace, const Task &task, const Bounds &bounds, QObject *parent = nullptr);

    // What can be checked before the portal is contacted: the CSV is readable, every row can get a
    // department, the report can be written. ExitOk, or ExitBadInput with `message` set.
    static int checkInput(Task *task, QString *message);

private:
    void onOutboxOpened();
    void loadDepartments();
    void lookUpNext();
    void enqueue();
    void sendPending();
    void startSending();
    void onInvitationsChanged(const QList<qint64> &ids);
    void finishRun(bool gaveUp, const QString &reason);
    // The outbox refused a read or a write: says so, logs why, and ends the run.
    void stopOn(const InviteError &error);
    void giveUp(const QString &reason) override;
    bool needsDepartmentList() const;
    void track(int row, qint64 invitationId);

    Task m_task;
    bool m_started = false;
    bool m_sending = false;
    bool m_storageFailed = false;
    DepartmentIndex m_departments;
    QStringList m_lookup;
    qsizetype m_lookedUp = 0;
    QHash<QString, KnownPerson> m_people;
    QList<Invitation> m_outboxRows;
    ScriptedReport m_report;
    QHash<qint64, int> m_rowOfInvitation; // outbox id -> report row
    QSet<qint64> m_settled;
};
