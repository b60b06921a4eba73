#pragma once

#include "invite/csvrecipientreader.h"
#include "invite/invitation.h"
#include "invite/knownpeoplelookup.h"
#include "workspace/departmentindex.h"
#include "workspace/scriptedreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

// Decides, for every row of a CSV file, whether a scripted run invites it, and why not: invalid
// address, repeated in the file, already known to the portal (employee, invited, dismissed), sent
// or still waiting from an earlier run (the outbox), or without a usable department. Every row gets
// exactly one ScriptedRow; rows to invite also get a NewInvitation. Does no I/O of its own.
class InvitationPlan {
    Q_DECLARE_TR_FUNCTIONS(InvitationPlan)

public:
    struct Inputs {
        QString portal;            // outbox portal key
        QString defaultDepartment; // --department (name or ID); empty: rows must name their own
        const DepartmentIndex *departments = nullptr;
        // Known people by EmailAddress::comparisonKey (portal lookup or directory copy).
        QHash<QString, KnownPerson> people;
        // The outbox's rows of this portal (any state).
        QList<Invitation> outbox;
    };

    struct Planned {
        int row = 0; // index into rows()
        NewInvitation invitation;
    };

    // `fillMessage` gives the MESSAGE_TEXT of one recipient.
    InvitationPlan(const QList<CsvRecipientRow> &rows, const Inputs &inputs,
                   const std::function<QString(const Recipient &)> &fillMessage);

    QList<ScriptedRow> &rows() { return m_rows; }
    const QList<Planned> &toQueue() const { return m_toQueue; }
    // Rows that match an invitation an earlier run left queued: row index -> outbox id.
    const QHash<int, qint64> &queuedEarlier() const { return m_queuedEarlier; }

    // The e-mail addresses worth asking the portal about (valid, first in the file, not settled
    // by the outbox).
    static QStringList addressesToLookUp(const QList<CsvRecipientRow> &rows, const QList<Invitation> &outbox);

private:
    static QHash<QString, Invitation> newestByAddress(const QList<Invitation> &outbox);
    static QString invalidReason(const CsvRecipientRow &csv);
    // Each settle* gives the row its outcome and adds it to rows() when it is not to be invited now.
    void settle(ScriptedRow row, ScriptedRow::Outcome outcome, const QString &code, const QString &reason);
    bool settleByOutbox(ScriptedRow &row, const Invitation &earlier);
    bool settleKnownPerson(ScriptedRow &row, const KnownPerson &known);
    // The department's ID, or 0 after settling the row as invalid (none, unknown or ambiguous).
    int resolveDepartment(const ScriptedRow &row, const QString &target, const DepartmentIndex *departments);

    QList<ScriptedRow> m_rows;
    QList<Planned> m_toQueue;
    QHash<int, qint64> m_queuedEarlier;
};
