#include "workspace/invitationplan.h"

#include "invite/emailaddress.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool isPending(InvitationState state) {
    return state == InvitationState::Queued || state == InvitationState::Sending;
}

} // namespace

QStringList InvitationPlan::addressesToLookUp(const QList<CsvRecipientRow> &rows,
                                              const QList<Invitation> &outbox) {
    QSet<QString> settled;
    for (const Invitation &inv : outbox) {
        if (inv.state != InvitationState::Failed && inv.state != InvitationState::Discarded)
            settled.insert(inv.emailKey);
    }
    QStringList addresses;
    QSet<QString> seen;
    for (const CsvRecipientRow &row : rows) {
        const QString key = row.recipient.check.comparisonKey;
        if (!row.recipient.isValid() || settled.contains(key) || seen.contains(key))
            continue;
        seen.insert(key);
        addresses << row.recipient.check.forSending; // as user.add stores it (ACE domain)
    }
    return addresses;
}

InvitationPlan::InvitationPlan(const QList<CsvRecipientRow> &rows, const Inputs &inputs,
                               const std::function<QString(const Recipient &)> &fillMessage) {
    const QHash<QString, Invitation> outboxByKey = newestByAddress(inputs.outbox);
    QHash<QString, int> firstLine;
    for (const CsvRecipientRow &csv : rows) {
        const Recipient &r = csv.recipient;
        ScriptedRow row;
        row.line = csv.line;
        row.email = r.email.isEmpty() ? csv.fields.join(u',') : r.email;
        row.name = r.fullName();
        if (!r.isValid()) {
            settle(row, ScriptedRow::Outcome::Invalid, u"invalid-address"_s, invalidReason(csv));
            continue;
        }
        const QString key = r.check.comparisonKey;
        if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
            settle(row, ScriptedRow::Outcome::Skipped, u"duplicate-in-file"_s,
                   tr("The same address as line %1 of this file.").arg(it.value()));
            continue;
        }
        firstLine.insert(key, csv.line);
        if (const auto it = outboxByKey.constFind(key); it != outboxByKey.cend() && settleByOutbox(row, *it))
            continue;
        if (settleKnownPerson(row, inputs.people.value(key)))
            continue;
        const QString cell = r.department.trimmed();
        const QString target = cell.isEmpty() ? inputs.defaultDepartment.trimmed() : cell;
        const int departmentId = resolveDepartment(row, target, inputs.departments);
        if (departmentId == 0)
            continue;
        NewInvitation inv;
        inv.portal = inputs.portal;
        inv.email = r.email;
        inv.firstName = r.firstName;
        inv.middleName = r.middleName;
        inv.lastName = r.lastName;
        inv.position = r.position;
        inv.departmentIds = {departmentId};
        inv.departmentName = target;
        inv.message = fillMessage(r);
        inv.tab = u"command-line"_s;
        row.code = u"queued"_s;
        row.queuedNow = true;
        m_toQueue.append({int(m_rows.size()), inv});
        m_rows.append(row);
    }
}

QHash<QString, Invitation> InvitationPlan::newestByAddress(const QList<Invitation> &outbox) {
    // The newest outbox row per mailbox decides (a failed row may have been queued again later).
    QHash<QString, Invitation> byKey;
    for (const Invitation &inv : outbox) {
        if (inv.state == InvitationState::Discarded)
            continue;
        auto it = byKey.find(inv.emailKey);
        if (it == byKey.end() || it->id < inv.id)
            byKey.insert(inv.emailKey, inv);
    }
    return byKey;
}

QString InvitationPlan::invalidReason(const CsvRecipientRow &csv) {
    const Recipient &r = csv.recipient;
    QString reason = EmailAddress::problemText(r.check.problem);
    if (reason.isEmpty() || r.email.isEmpty())
        reason = csv.problems.isEmpty() ? tr("No e-mail address.") : csv.problems.join(u' ');
    return reason;
}

void InvitationPlan::settle(ScriptedRow row, ScriptedRow::Outcome outcome, const QString &code,
                            const QString &reason) {
    row.outcome = outcome;
    row.code = code;
    row.reason = reason;
    m_rows.append(row);
}

bool InvitationPlan::settleByOutbox(ScriptedRow &row, const Invitation &earlier) {
    if (earlier.state == InvitationState::Sent) {
        row.userId = earlier.userId;
        settle(row, ScriptedRow::Outcome::Skipped, u"sent-earlier"_s,
               tr("Invited earlier by InviteDesk (%1, user %2).")
                   .arg(QLocale().toString(earlier.updatedAt.toLocalTime(), QLocale::ShortFormat))
                   .arg(earlier.userId));
        return true;
    }
    if (earlier.state == InvitationState::NeedsReview) {
        settle(row, ScriptedRow::Outcome::Skipped, u"review-earlier"_s,
               tr("An earlier invitation to this address has an unknown outcome; review it in the "
                  "app's outbox."));
        return true;
    }
    if (isPending(earlier.state)) {
        // Queued by an earlier run that did not finish: this run sends it; the outcome comes
        // from the outbox at the end.
        row.invitationId = earlier.id;
        row.code = u"queued-earlier"_s;
        row.reason = tr("Queued by an earlier run.");
        m_queuedEarlier.insert(int(m_rows.size()), earlier.id);
        m_rows.append(row);
        return true;
    }
    return false;
}

bool InvitationPlan::settleKnownPerson(ScriptedRow &row, const KnownPerson &known) {
    if (known.state == KnownPersonState::Unknown)
        return false;
    row.userId = known.userId;
    switch (known.state) {
    case KnownPersonState::Employee:
        settle(row, ScriptedRow::Outcome::Skipped, u"employee"_s,
               tr("Already a user of the portal (user %1).").arg(known.userId));
        break;
    case KnownPersonState::Invited:
        settle(row, ScriptedRow::Outcome::Skipped, u"invited"_s,
               tr("Already invited, has not joined yet (user %1).").arg(known.userId));
        break;
    case KnownPersonState::Dismissed:
        settle(row, ScriptedRow::Outcome::Skipped, u"dismissed"_s,
               tr("A dismissed user has this address (user %1); the portal does not reuse it.")
                   .arg(known.userId));
        break;
    case KnownPersonState::Unknown:
        break;
    }
    return true;
}

int InvitationPlan::resolveDepartment(const ScriptedRow &row, const QString &target,
                                      const DepartmentIndex *departments) {
    if (target.isEmpty()) {
        settle(row, ScriptedRow::Outcome::Invalid, u"no-department"_s,
               tr("No department: fill the row's department column or pass --department."));
        return 0;
    }
    int departmentId = 0;
    const DepartmentIndex empty;
    switch ((departments ? *departments : empty).resolve(target, &departmentId)) {
    case DepartmentIndex::Match::Found:
        return departmentId;
    case DepartmentIndex::Match::Unknown:
        settle(row, ScriptedRow::Outcome::Invalid, u"unknown-department"_s,
               tr("The portal has no department \"%1\" (see --list-departments).").arg(target));
        return 0;
    case DepartmentIndex::Match::Ambiguous:
        settle(row, ScriptedRow::Outcome::Invalid, u"ambiguous-department"_s,
               tr("Several departments are called \"%1\"; use its ID (see --list-departments).").arg(target));
        return 0;
    }
    return 0;
}
