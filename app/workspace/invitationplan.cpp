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
    // The newest outbox row per mailbox decides (a failed row may have been queued again later).
    QHash<QString, Invitation> outboxByKey;
    for (const Invitation &inv : inputs.outbox) {
        if (inv.state == InvitationState::Discarded)
            continue;
        auto it = outboxByKey.find(inv.emailKey);
        if (it == outboxByKey.end() || it->id < inv.id)
            outboxByKey.insert(inv.emailKey, inv);
    }
    QHash<QString, int> firstLine;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CsvRecipientRow &csv = rows.at(i);
        const Recipient &r = csv.recipient;
        ScriptedRow row;
        row.line = csv.line;
        row.email = r.email.isEmpty() ? csv.fields.join(u',') : r.email;
        row.name = r.fullName();
        const auto settle = [&](ScriptedRow::Outcome outcome, const QString &code, const QString &reason) {
            row.outcome = outcome;
            row.code = code;
            row.reason = reason;
            m_rows.append(row);
        };
        if (!r.isValid()) {
            QString reason = EmailAddress::problemText(r.check.problem);
            if (reason.isEmpty() || r.email.isEmpty())
                reason = csv.problems.isEmpty() ? tr("No e-mail address.") : csv.problems.join(u' ');
            settle(ScriptedRow::Outcome::Invalid, u"invalid-address"_s, reason);
            continue;
        }
        const QString key = r.check.comparisonKey;
        if (const auto it = firstLine.constFind(key); it != firstLine.cend()) {
            settle(ScriptedRow::Outcome::Skipped, u"duplicate-in-file"_s,
                   tr("The same address as line %1 of this file.").arg(it.value()));
            continue;
        }
        firstLine.insert(key, csv.line);
        if (const auto it = outboxByKey.constFind(key); it != outboxByKey.cend()) {
            const Invitation &earlier = it.value();
            if (earlier.state == InvitationState::Sent) {
                row.userId = earlier.userId;
                settle(ScriptedRow::Outcome::Skipped, u"sent-earlier"_s,
                       tr("Invited earlier by InviteDesk (%1, user %2).")
                           .arg(QLocale().toString(earlier.updatedAt.toLocalTime(), QLocale::ShortFormat))
                           .arg(earlier.userId));
                continue;
            }
            if (earlier.state == InvitationState::NeedsReview) {
                settle(ScriptedRow::Outcome::Skipped, u"review-earlier"_s,
                       tr("An earlier invitation to this address has an unknown outcome; review it in the "
                          "app's outbox."));
                continue;
            }
            if (isPending(earlier.state)) {
                // Queued by an earlier run that did not finish: this run sends it; the outcome comes
                // from the outbox at the end.
                row.invitationId = earlier.id;
                row.code = u"queued-earlier"_s;
                row.reason = tr("Queued by an earlier run.");
                m_queuedEarlier.insert(int(m_rows.size()), earlier.id);
                m_rows.append(row);
                continue;
            }
        }
        const KnownPerson known = inputs.people.value(key);
        if (known.state != KnownPersonState::Unknown) {
            row.userId = known.userId;
            switch (known.state) {
            case KnownPersonState::Employee:
                settle(ScriptedRow::Outcome::Skipped, u"employee"_s,
                       tr("Already a user of the portal (user %1).").arg(known.userId));
                break;
            case KnownPersonState::Invited:
                settle(ScriptedRow::Outcome::Skipped, u"invited"_s,
                       tr("Already invited, has not joined yet (user %1).").arg(known.userId));
                break;
            case KnownPersonState::Dismissed:
                settle(ScriptedRow::Outcome::Skipped, u"dismissed"_s,
                       tr("A dismissed user has this address (user %1); the portal does not reuse it.")
                           .arg(known.userId));
                break;
            case KnownPersonState::Unknown:
                break;
            }
            continue;
        }
        const QString cell = r.department.trimmed();
        const QString target = cell.isEmpty() ? inputs.defaultDepartment.trimmed() : cell;
        if (target.isEmpty()) {
            settle(ScriptedRow::Outcome::Invalid, u"no-department"_s,
                   tr("No department: fill the row's department column or pass --department."));
            continue;
        }
        int departmentId = 0;
        const DepartmentIndex empty;
        const DepartmentIndex &departments = inputs.departments ? *inputs.departments : empty;
        switch (departments.resolve(target, &departmentId)) {
        case DepartmentIndex::Match::Found:
            break;
        case DepartmentIndex::Match::Unknown:
            settle(ScriptedRow::Outcome::Invalid, u"unknown-department"_s,
                   tr("The portal has no department \"%1\" (see --list-departments).").arg(target));
            continue;
        case DepartmentIndex::Match::Ambiguous:
            settle(ScriptedRow::Outcome::Invalid, u"ambiguous-department"_s,
                   tr("Several departments are called \"%1\"; use its ID (see --list-departments).")
                       .arg(target));
            continue;
        }
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
