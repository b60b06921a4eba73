#pragma once

#include "invite/knownpeoplelookup.h"
#include "invite/recipient.h"

#include <QList>
#include <QSet>

#include <optional>

// A recipient's state before anything is sent.
enum class RecipientState {
    Ready,
    InvalidAddress,
    InvalidDetails, // the address is fine; another field is not (Recipient::problems)
    Repeated,       // the same mailbox appears earlier in this list
    AlreadyEmployee,
    AlreadyInvited, // invited on the portal, not joined yet
    Dismissed,      // the address belongs to a dismissed user; the portal refuses to reuse it
    AlreadyQueued,  // waiting in this computer's outbox
    OverUserLimit,  // would exceed the plan's seat count
};

struct ClassifiedRecipient {
    Recipient recipient;
    RecipientState state = RecipientState::Ready;
    qint64 knownUserId = 0; // for AlreadyEmployee / AlreadyInvited / Dismissed
    int firstIndex = -1;    // for Repeated: index of the first occurrence

    // A translated explanation for the recipient's row ("Invalid address: the address has no @.").
    QString reason() const;
};

// Counts per state and the texts of the summary line and the Invite button.
struct ClassificationSummary {
    int ready = 0;
    int invalid = 0;
    int repeated = 0;
    int employees = 0;
    int invited = 0;
    int dismissed = 0;
    int queued = 0;
    int overLimit = 0;

    int toSend() const { return ready; }
    int total() const {
        return ready + invalid + repeated + employees + invited + dismissed + queued + overLimit;
    }
    // "Will invite 37 · skip 3 already employees · 2 invalid"
    QString text() const;
    // "Invite 37"
    QString inviteButtonText() const;

    static ClassificationSummary of(const QList<ClassifiedRecipient> &recipients);
};

// Decides each recipient's state from the address check, the list itself, the directory (through
// KnownPeopleLookup, one batch query) and the outbox. Does no I/O of its own.
class RecipientClassifier {
public:
    explicit RecipientClassifier(const KnownPeopleLookup &directory);

    // Comparison keys of invitations still pending in the outbox (InvitationOutbox::pendingKeys()).
    void setQueuedKeys(const QSet<QString> &keys) { m_queued = keys; }
    // Seats left on the plan, if the administrator entered the plan's seat count; else no limit check.
    void setFreeSeats(std::optional<int> seats) { m_freeSeats = seats; }

    QList<ClassifiedRecipient> classify(const QList<Recipient> &recipients) const;

private:
    const KnownPeopleLookup &m_directory;
    QSet<QString> m_queued;
    std::optional<int> m_freeSeats;
};
