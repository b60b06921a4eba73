#pragma once

#include "invite/invitation.h"
#include "invite/inviteerror.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class OutboxDatabase;

// What enqueue() did with each address it was given.
struct EnqueueReport {
    QList<qint64> queuedIds;
    QStringList alreadyPending; // an invitation to this mailbox on this portal is still pending
    QStringList invalid;        // not a valid address; nothing was queued for it
    QStringList missingTarget;  // an employee without a department or an extranet user without a group
};

// The durable queue of invitations (see DESIGN.md "Send"). Every invitation is written here, in
// state `queued`, before any request is made; InvitationSender moves rows through
// queued → sending → sent | failed | needs_review, each step committed before the next request.
// An idempotency key (normalised e-mail + portal) keeps one mailbox from being pending twice.
// Each change also appends to the audit log in the same transaction.
class InvitationOutbox {
public:
    explicit InvitationOutbox(OutboxDatabase &db);

    static QString idempotencyKey(const QString &portal, const QString &email);
    // Spec §6.7: an employee needs a department, an extranet user a workgroup. A translated sentence,
    // empty when the invitation has what it needs.
    static QString targetProblem(const NewInvitation &invitation);

    // All or nothing: either every valid, not-yet-pending invitation is queued or none is.
    InviteResult<EnqueueReport> enqueue(const QList<NewInvitation> &invitations);

    // Moves up to `max` queued rows of `portal` (oldest first) to `sending` in one transaction and
    // returns them. Called right before the request that carries them.
    InviteResult<QList<Invitation>> takeForSending(const QString &portal, int max);

    // Writes the outcome of calls (sent / failed / needs_review / back to queued) in one transaction.
    // Only rows in `sending` are changed, so a late or repeated answer cannot undo a final state.
    InviteResult<void> applyOutcomes(const QList<InvitationOutcome> &outcomes);

    // Rows of one portal, optionally in one state, oldest first.
    InviteResult<QList<Invitation>> invitations(const QString &portal, std::optional<InvitationState> state);
    std::optional<Invitation> invitation(qint64 id);
    // These rows (those that exist), in ID order.
    InviteResult<QList<Invitation>> invitations(const QList<qint64> &ids);

    // Failed → queued. NeedsReview → sending, so the sender looks the address up before sending it
    // again. NotChangeable when the row is not in such a state or the mailbox is pending in another row.
    InviteResult<void> retry(qint64 id);
    // Queued, failed or needs review → discarded (never a row in flight); NotChangeable otherwise.
    InviteResult<void> discard(qint64 id);
    // Every queued row of a portal → discarded, in one transaction ("cancel the rest" of a send; rows
    // in flight finish). Returns their IDs.
    InviteResult<QList<qint64>> discardQueued(const QString &portal);
    // The same, limited to the rows named in `among` (the rest of one send, not the portal's others).
    InviteResult<QList<qint64>> discardQueued(const QString &portal, const QList<qint64> &among);

    // Comparison keys of pending (queued, sending, needs review) invitations of a portal, for
    // RecipientClassifier::setQueuedKeys.
    InviteResult<QSet<QString>> pendingKeys(const QString &portal);
    InviteResult<QHash<InvitationState, int>> countByState(const QString &portal);

    // The file underneath (its writer thread opens its own connection to it).
    OutboxDatabase &database() const { return m_db; }

private:
    InviteResult<QList<qint64>> discardQueuedWhere(const QString &portal, const QSet<qint64> *only);
    InviteResult<void> writeAudit(qint64 invitationId, const QString &event, const QString &answer);
    // Writes one new row in `queued` and its audit line; its ID.
    InviteResult<qint64> insertQueued(const NewInvitation &invitation, const QString &key,
                                      const QString &comparisonKey, const QString &address,
                                      const QString &stamp);
    // The keys (idempotencyKey form) of the rows pending on these invitations' portals.
    InviteResult<QSet<QString>> pendingIdempotencyKeys(const QList<NewInvitation> &invitations);

    OutboxDatabase &m_db;
};
