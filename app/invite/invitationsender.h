#pragma once

#include "invite/invitation.h"
#include "invite/invitationtransport.h"
#include "invite/inviteerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class InvitationOutbox;
class OutboxWriter;
struct EnqueueReport;

// What one InvitationSender::enqueue() wrote: the report and the rows it queued, as stored.
struct QueuedInvitations {
    QList<qint64> queuedIds;
    QStringList alreadyPending;
    QStringList invalid;
    QStringList missingTarget;
    QList<Invitation> rows;
};

// Drains the outbox of one portal through an InvitationTransport, one batch request at a time.
// Each step is committed before the next request: rows become `sending` before their request leaves
// and get their outcome as soon as the answer arrives. Rows found in `sending` when a cycle begins
// (after a crash, a timeout or a lost answer) are looked up on the portal first: an existing user
// means sent (with that ID), an absent one goes back to the queue. So an invitation is never sent
// twice and never lost. Offline, rows go back to the queue and the sender waits for resume().
// Asynchronous only: no nested event loops; answers arrive through callbacks bound to this object,
// so destroying the sender mid-batch simply drops the answer (the rows stay `sending`). Its reads and
// commits run on an OutboxWriter thread, one after another; the next request leaves only once the
// commit before it has returned.
// The batch size adapts (spec §5.3: a batch of 50 user.add once hit a gateway timeout): it starts at
// the ceiling, halves after every batch whose answer was lost (timeout, dropped connection, 5xx or
// gateway page, malformed body), and grows back by BatchGrowthStep after BatchGrowthAfter clean
// batches in a row, never above the ceiling.
class InvitationSender : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,
        Reconciling,         // looking up rows left in `sending`
        Sending,             // a batch is in flight
        WaitingForPortal,    // offline: resume() after the user confirms reconnecting
        WaitingForRateLimit, // the portal asked to slow down; continues by itself
        Blocked,             // refused as a whole (rights, plan limit, sign-in expired): resume() later
        StorageFailed,       // the outbox file refused a write; nothing more is sent
    };
    Q_ENUM(State)

    // The default ceiling: a full `batch` (spec §4, 50 commands; §5.1: fewer requests against the
    // leaky bucket). user.add is heavy (§5.3), so the working size shrinks when answers get lost.
    static constexpr int DefaultBatchSize = 50;
    static constexpr int BatchGrowthAfter = 5; // clean batches in a row before growing
    static constexpr int BatchGrowthStep = 5;  // calls added per growth

    InvitationSender(InvitationOutbox &outbox, InvitationTransport &transport, const QString &portal,
                     QObject *parent = nullptr);
    ~InvitationSender() override;

    // The ceiling of the adaptive size, clamped to 1 … min(50, transport's maximum). The working size
    // is brought down to it (or up to it, when no answer has been lost yet).
    void setBatchSize(int size);
    int batchSize() const { return m_batchSize; }
    // The size the next batch will have at most (≤ batchSize()).
    int currentBatchSize() const { return m_currentBatchSize; }
    void setRateLimitDelay(std::chrono::milliseconds delay) { m_rateLimitDelay = delay; }
    // How often one invitation is sent without an answer before it is held for review instead of
    // sent again (a portal that loses every answer and then lists nobody had the same
    // people re-sent without end). Each attempt's outcome is in the audit log; the review note sums
    // it up. A user's retry starts the count afresh.
    static constexpr int DefaultMaxAttempts = 3;
    void setMaxAttempts(int attempts) { m_maxAttempts = std::max(1, attempts); }
    int maxAttempts() const { return m_maxAttempts; }

    State state() const { return m_state; }
    // Why the sender stopped (Blocked, WaitingForPortal, StorageFailed); empty after a start().
    const std::optional<InviteError> &stopReason() const { return m_stopReason; }

    // Reconciles, then sends everything queued. Harmless while already running.
    void start();
    // After going offline (or a storage failure that was fixed): same as start().
    void resume() { start(); }
    // Stops after the batch in flight; its answer is still written.
    void stop();
    // Discards every queued invitation of the portal (the rest of a send); rows in flight finish.
    // Reported through invitationsChanged like any other change. Returns the discarded rows' IDs.
    InviteResult<QList<qint64>> cancelQueued();
    // The same for the queued rows among `ids` only: the rest of one send.
    InviteResult<QList<qint64>> cancelQueued(const QList<qint64> &ids);
    // InvitationOutbox::enqueue() on the writer thread, in turn with the sender's own commits; `done`
    // gets the result on this thread, unless `receiver` is gone by then. Does not start sending.
    void enqueue(const QList<NewInvitation> &invitations, QObject *receiver,
                 std::function<void(const InviteResult<QueuedInvitations> &)> done);

    static QString offlineNote();

Q_SIGNALS:
    void stateChanged(InvitationSender::State state);
    void invitationsChanged(const QList<qint64> &ids);
    void drained(); // nothing is queued or in flight any more
    // PortalUnreachable: what waits is sent after resume().
    void portalUnreachable(const InviteError &error);
    // Refused: the portal refuses every invitation (rights, plan limit, sign-in) until the user acts.
    void blocked(const InviteError &error);
    // The outbox file refused a read or a write; nothing more is sent.
    void storageFailed(const InviteError &error);

private:
    void scheduleStep(std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    struct StepRows;
    void step();
    void onStepRows(const InviteResult<StepRows> &rows);
    void send(const QList<Invitation> &batch);
    void reconcile(const QList<Invitation> &rows);
    void onLookup(const QList<Invitation> &rows, const UserLookupAnswer &answer);
    void onBatch(const QList<Invitation> &rows, const UserAddBatchAnswer &answer);
    // The outcome of each call that was answered; calls without an answer stay `sending`.
    QList<InvitationOutcome> batchOutcomes(const QList<Invitation> &rows, const UserAddBatchAnswer &answer,
                                           bool *slowDown, std::optional<InvitationFailure> *signIn);
    void afterBatch(bool slowDown, const std::optional<InvitationFailure> &signIn);
    void requestFailed(const QList<Invitation> &rows, const InvitationFailure &failure);
    void afterRequestFailed(const InvitationFailure &failure);
    void waitForRateLimit();
    void block(const InviteError &error);
    InvitationOutcome holdForReview(const Invitation &row);
    void answerLost();
    void answerReceived();
    // Commits the outcomes on the writer thread, reports them, then runs `next` (not on failure).
    void apply(const QList<InvitationOutcome> &outcomes, std::function<void()> next);
    void setState(State state);
    void failStorage(const InviteError &error);
    // Where the sender stops, a start() that came while it was busy starts it again; true if so.
    bool restartIfRequested();

    InvitationOutbox &m_outbox;
    std::unique_ptr<OutboxWriter> m_writer; // after m_outbox: its thread ends before the outbox goes
    InvitationTransport &m_transport;
    QString m_portal;
    int m_batchSize = DefaultBatchSize;        // the ceiling
    int m_currentBatchSize = DefaultBatchSize; // adaptive, 1 … m_batchSize
    int m_cleanBatches = 0;                    // answered batches since the last change of size
    std::chrono::milliseconds m_rateLimitDelay{2000};
    std::chrono::milliseconds m_currentDelay{0};
    State m_state = State::Idle;
    int m_maxAttempts = DefaultMaxAttempts;
    QHash<qint64, QStringList> m_lostAnswers; // per invitation: why each answer was lost (this run)
    bool m_busy = false;                      // a step is scheduled or a request is in flight
    bool m_stopRequested = false;
    bool m_restartRequested = false; // start() while busy
    std::optional<InviteError> m_stopReason;
};
