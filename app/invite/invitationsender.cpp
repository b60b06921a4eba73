#include "invite/invitationsender.h"

#include "common/logging.h"
#include "invite/emailaddress.h"
#include "invite/invitationoutbox.h"
#include "invite/outboxwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace {

QList<qint64> idsOf(const QList<Invitation> &rows) {
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Invitation &r : rows)
        ids << r.id;
    return ids;
}

QString answerText(const InvitationFailure &f) {
    return f.code + QStringLiteral(": ") + f.description;
}

QString lostReason(const InvitationFailure &f) {
    return f.code.isEmpty() ? InvitationFailure::kindText(f.kind) : f.code;
}

// What one answered call of a batch means for its invitation.
InvitationOutcome callOutcome(qint64 id, const UserAddAnswer &a) {
    InvitationOutcome o;
    o.id = id;
    o.failure = a.failure;
    if (!a.failure.isFailure() && a.userId > 0) {
        o.state = InvitationState::Sent;
        o.userId = a.userId;
        o.answer = QString::number(a.userId);
        return o;
    }
    o.answer = answerText(a.failure);
    switch (a.failure.kind) {
    case InvitationFailureKind::Duplicate:
    case InvitationFailureKind::Invalid:
    case InvitationFailureKind::Limit:
    case InvitationFailureKind::Rights:
        o.state = InvitationState::Failed;
        break;
    case InvitationFailureKind::SignIn:
        // Not the invitation's fault: kept queued until the user signs in again.
        o.state = InvitationState::Queued;
        o.note = a.failure.userText();
        o.failure = InvitationFailure();
        break;
    case InvitationFailureKind::RateLimited:
    case InvitationFailureKind::Network:
        // The portal refused this call without running it.
        o.state = InvitationState::Queued;
        o.note = InvitationSender::offlineNote();
        o.failure = InvitationFailure();
        break;
    case InvitationFailureKind::None:    // neither a user id nor an error
    case InvitationFailureKind::Unknown: // e.g. ERROR_CORE with no text: the user may exist
        o.state = InvitationState::NeedsReview;
        break;
    }
    return o;
}

} // namespace

InvitationSender::InvitationSender(InvitationOutbox &outbox, InvitationTransport &transport,
                                   const QString &portal, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_writer(std::make_unique<OutboxWriter>(outbox.database()))
    , m_transport(transport)
    , m_portal(portal) {
    setBatchSize(DefaultBatchSize);
}

// The writer's thread ends (its job in progress finishes) before the members it uses go.
InvitationSender::~InvitationSender() = default;

// What a step read (and took) on the writer thread.
struct InvitationSender::StepRows {
    QList<Invitation> unsettled; // left in `sending`: looked up before anything new is sent
    QList<Invitation> batch;     // just moved from queued to sending
};

QString InvitationSender::offlineNote() {
    return QCoreApplication::translate("InvitationSender", "Will be sent when the portal is reachable.");
}

void InvitationSender::setBatchSize(int size) {
    const bool shrunk = m_currentBatchSize < m_batchSize;
    m_batchSize = std::clamp(size, 1, std::min(50, std::max(1, m_transport.maxBatchSize())));
    m_currentBatchSize = shrunk ? std::min(m_currentBatchSize, m_batchSize) : m_batchSize;
    m_cleanBatches = 0;
}

void InvitationSender::answerLost() {
    m_cleanBatches = 0;
    const int before = m_currentBatchSize;
    m_currentBatchSize = std::max(1, m_currentBatchSize / 2);
    if (m_currentBatchSize != before)
        qCInfo(lcInvite) << "sender: answer lost, batch size" << before << "->" << m_currentBatchSize;
}

void InvitationSender::answerReceived() {
    if (m_currentBatchSize >= m_batchSize) {
        m_cleanBatches = 0;
        return;
    }
    if (++m_cleanBatches < BatchGrowthAfter)
        return;
    m_cleanBatches = 0;
    const int before = m_currentBatchSize;
    m_currentBatchSize = std::min(m_batchSize, m_currentBatchSize + BatchGrowthStep);
    qCInfo(lcInvite) << "sender: batch size" << before << "->" << m_currentBatchSize;
}

void InvitationSender::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void InvitationSender::start() {
    m_stopRequested = false;
    if (m_busy) {
        // A commit or a request is under way: where it would stop to wait (or find nothing queued),
        // it continues instead, so a resume or a new queue that arrives meanwhile is not lost.
        m_restartRequested = true;
        return;
    }
    if (m_state == State::StorageFailed || m_state == State::WaitingForPortal || m_state == State::Blocked) {
        m_stopReason.reset();
        setState(State::Idle);
    }
    scheduleStep();
}

void InvitationSender::stop() {
    m_stopRequested = true;
    m_restartRequested = false;
}

bool InvitationSender::restartIfRequested() {
    if (!m_restartRequested)
        return false;
    m_restartRequested = false;
    start();
    return true;
}

InviteResult<QList<qint64>> InvitationSender::cancelQueued() {
    InviteResult<QList<qint64>> discarded = m_outbox.discardQueued(m_portal);
    if (discarded && !discarded.value().isEmpty())
        Q_EMIT invitationsChanged(discarded.value());
    return discarded;
}

InviteResult<QList<qint64>> InvitationSender::cancelQueued(const QList<qint64> &ids) {
    InviteResult<QList<qint64>> discarded = m_outbox.discardQueued(m_portal, ids);
    if (discarded && !discarded.value().isEmpty())
        Q_EMIT invitationsChanged(discarded.value());
    return discarded;
}

void InvitationSender::enqueue(const QList<NewInvitation> &invitations, QObject *receiver,
                               std::function<void(const InviteResult<QueuedInvitations> &)> done) {
    InvitationOutbox *outbox = &m_outbox;
    m_writer->post(
        [outbox, invitations]() -> InviteResult<QueuedInvitations> {
            const InviteResult<EnqueueReport> report = outbox->enqueue(invitations);
            if (!report)
                return report.error();
            InviteResult<QList<Invitation>> rows = outbox->invitations(report.value().queuedIds);
            if (!rows)
                return rows.error();
            QueuedInvitations result;
            result.queuedIds = report.value().queuedIds;
            result.alreadyPending = report.value().alreadyPending;
            result.invalid = report.value().invalid;
            result.missingTarget = report.value().missingTarget;
            result.rows = rows.takeValue();
            return result;
        },
        this,
        [receiver = QPointer<QObject>(receiver),
         done = std::move(done)](const InviteResult<QueuedInvitations> &result) {
            if (receiver)
                done(result);
        });
}

void InvitationSender::scheduleStep(std::chrono::milliseconds delay) {
    m_busy = true;
    QTimer::singleShot(delay, this, &InvitationSender::step);
}

void InvitationSender::failStorage(const InviteError &error) {
    m_busy = false;
    m_stopReason = error;
    qCWarning(lcInvite) << "sender: outbox storage failed:" << error.logText();
    setState(State::StorageFailed);
    Q_EMIT storageFailed(error);
}

void InvitationSender::apply(const QList<InvitationOutcome> &outcomes, std::function<void()> next) {
    InvitationOutbox *outbox = &m_outbox;
    m_writer->post([outbox, outcomes] { return outbox->applyOutcomes(outcomes); }, this,
                   [this, outcomes, next = std::move(next)](const InviteResult<void> &applied) {
                       if (!applied) {
                           failStorage(applied.error());
                           return;
                       }
                       QList<qint64> ids;
                       ids.reserve(outcomes.size());
                       for (const InvitationOutcome &o : outcomes)
                           ids << o.id;
                       Q_EMIT invitationsChanged(ids);
                       next();
                   });
}

void InvitationSender::step() {
    if (m_stopRequested) {
        m_busy = false;
        setState(State::Idle);
        return;
    }
    InvitationOutbox *outbox = &m_outbox;
    m_writer->post(
        [outbox, portal = m_portal, max = m_currentBatchSize]() -> InviteResult<StepRows> {
            StepRows rows;
            // Rows left in `sending` are settled before anything new is sent.
            InviteResult<QList<Invitation>> unsettled = outbox->invitations(portal, InvitationState::Sending);
            if (!unsettled)
                return unsettled.error();
            rows.unsettled = unsettled.takeValue();
            if (!rows.unsettled.isEmpty())
                return rows;
            InviteResult<QList<Invitation>> taken = outbox->takeForSending(portal, max);
            if (!taken)
                return taken.error();
            rows.batch = taken.takeValue();
            return rows;
        },
        this, [this](const InviteResult<StepRows> &rows) { onStepRows(rows); });
}

void InvitationSender::onStepRows(const InviteResult<StepRows> &result) {
    if (!result) {
        failStorage(result.error());
        return;
    }
    const StepRows &rows = result.value();
    if (!rows.unsettled.isEmpty()) {
        reconcile(rows.unsettled);
        return;
    }
    if (rows.batch.isEmpty()) {
        m_busy = false;
        if (restartIfRequested())
            return;
        setState(State::Idle);
        Q_EMIT drained();
        return;
    }
    send(rows.batch);
}

void InvitationSender::send(const QList<Invitation> &batch) {
    Q_EMIT invitationsChanged(idsOf(batch));
    setState(State::Sending);
    QList<InviteCall> calls;
    calls.reserve(batch.size());
    for (const Invitation &inv : batch) {
        InviteCall call;
        call.invitationId = inv.id;
        call.email = inv.sendEmail.isEmpty() ? inv.email : inv.sendEmail;
        call.firstName = inv.firstName;
        call.middleName = inv.middleName;
        call.lastName = inv.lastName;
        call.position = inv.position;
        call.departmentIds = inv.departmentIds;
        call.extranet = inv.extranet;
        call.groupIds = inv.groupIds;
        call.messageText = inv.message;
        call.phone = inv.phone;
        calls << call;
    }
    m_transport.inviteUsers(calls, this,
                            [this, batch](const UserAddBatchAnswer &answer) { onBatch(batch, answer); });
}

void InvitationSender::reconcile(const QList<Invitation> &rows) {
    setState(State::Reconciling);
    QStringList emails;
    for (const Invitation &r : rows)
        emails << (r.sendEmail.isEmpty() ? r.email : r.sendEmail);
    qCInfo(lcInvite) << "sender: reconciling" << rows.size() << "invitation(s) left in sending";
    m_transport.findUsersByEmail(emails, this,
                                 [this, rows](const UserLookupAnswer &answer) { onLookup(rows, answer); });
}

void InvitationSender::onLookup(const QList<Invitation> &rows, const UserLookupAnswer &answer) {
    if (answer.requestFailure.isFailure()) {
        // Nothing is decided without the portal's word: the rows stay in `sending`.
        if (answer.requestFailure.kind == InvitationFailureKind::SignIn) {
            block(InviteError::fromRefusal(answer.requestFailure));
            return;
        }
        if (answer.requestFailure.kind == InvitationFailureKind::RateLimited) {
            setState(State::WaitingForRateLimit);
            scheduleStep(m_rateLimitDelay);
            return;
        }
        m_busy = false;
        m_stopReason = InviteError::fromRefusal(answer.requestFailure);
        setState(State::WaitingForPortal);
        Q_EMIT portalUnreachable(*m_stopReason);
        restartIfRequested();
        return;
    }
    QList<InvitationOutcome> outcomes;
    for (const Invitation &r : rows) {
        InvitationOutcome o;
        o.id = r.id;
        const qint64 userId = answer.userIds.value(r.emailKey, 0);
        if (userId > 0) {
            o.state = InvitationState::Sent;
            o.userId = userId;
            o.answer = QCoreApplication::translate("InvitationSender",
                                                   "found on the portal after an interruption: user %1")
                           .arg(userId);
            m_lostAnswers.remove(r.id);
        } else if (r.attempts >= m_maxAttempts) {
            outcomes << holdForReview(r);
            continue;
        } else {
            o.state = InvitationState::Queued;
            o.answer = QCoreApplication::translate(
                "InvitationSender", "not found on the portal after an interruption; queued again");
        }
        outcomes << o;
    }
    apply(outcomes, [this] { scheduleStep(); });
}

void InvitationSender::onBatch(const QList<Invitation> &rows, const UserAddBatchAnswer &answer) {
    if (answer.requestFailure.isFailure()) {
        if (answer.delivered) {
            // The calls may have run: leave the rows in `sending`; the next step looks them up.
            // A lost answer is often the portal choking on the batch (spec §5.3, §8.8): send less.
            qCInfo(lcInvite) << "sender: batch outcome unknown (" << answer.requestFailure.code
                             << "), checking the portal";
            for (const Invitation &r : rows)
                m_lostAnswers[r.id] << lostReason(answer.requestFailure);
            answerLost();
            scheduleStep();
            return;
        }
        requestFailed(rows, answer.requestFailure);
        return;
    }
    answerReceived();
    bool slowDown = false;
    std::optional<InvitationFailure> signIn;
    const QList<InvitationOutcome> outcomes = batchOutcomes(rows, answer, &slowDown, &signIn);
    apply(outcomes, [this, slowDown, signIn] { afterBatch(slowDown, signIn); });
}

QList<InvitationOutcome> InvitationSender::batchOutcomes(const QList<Invitation> &rows,
                                                         const UserAddBatchAnswer &answer, bool *slowDown,
                                                         std::optional<InvitationFailure> *signIn) {
    QHash<qint64, UserAddAnswer> byId;
    for (const UserAddAnswer &a : answer.answers)
        byId.insert(a.invitationId, a);
    QList<InvitationOutcome> outcomes;
    for (const Invitation &r : rows) {
        const auto it = byId.constFind(r.id);
        if (it == byId.cend()) {
            // No answer for this call: stays `sending`, looked up next step.
            m_lostAnswers[r.id] << QCoreApplication::translate("InvitationSender", "no answer for this call");
            continue;
        }
        m_lostAnswers.remove(r.id);
        const InvitationOutcome o = callOutcome(r.id, *it);
        if (o.state == InvitationState::Queued && it->failure.kind == InvitationFailureKind::SignIn)
            *signIn = it->failure;
        else if (o.state == InvitationState::Queued)
            *slowDown = true;
        outcomes << o;
    }
    return outcomes;
}

void InvitationSender::afterBatch(bool slowDown, const std::optional<InvitationFailure> &signIn) {
    if (signIn) {
        block(InviteError::fromRefusal(*signIn));
        return;
    }
    if (slowDown) {
        waitForRateLimit();
        return;
    }
    m_currentDelay = std::chrono::milliseconds(0);
    scheduleStep();
}

void InvitationSender::waitForRateLimit() {
    setState(State::WaitingForRateLimit);
    m_currentDelay =
        std::max(m_rateLimitDelay, std::min(m_currentDelay * 2, std::chrono::milliseconds(60000)));
    scheduleStep(m_currentDelay);
}

void InvitationSender::requestFailed(const QList<Invitation> &rows, const InvitationFailure &failure) {
    QList<InvitationOutcome> outcomes;
    const bool finalFailure =
        failure.kind == InvitationFailureKind::Rights || failure.kind == InvitationFailureKind::Limit;
    const bool signIn = failure.kind == InvitationFailureKind::SignIn;
    for (const Invitation &r : rows) {
        InvitationOutcome o;
        o.id = r.id;
        o.answer = answerText(failure);
        if (finalFailure) {
            o.state = InvitationState::Failed;
            o.failure = failure;
        } else {
            // Sign-in expired or revoked: the invitation is fine and waits.
            o.state = InvitationState::Queued;
            o.note = failure.kind == InvitationFailureKind::RateLimited || signIn ? failure.userText()
                                                                                  : offlineNote();
        }
        outcomes << o;
    }
    apply(outcomes, [this, failure] { afterRequestFailed(failure); });
}

void InvitationSender::afterRequestFailed(const InvitationFailure &failure) {
    if (failure.kind == InvitationFailureKind::RateLimited) {
        waitForRateLimit();
        return;
    }
    const InviteError error = InviteError::fromRefusal(failure);
    if (error.kind() == InviteError::Kind::Refused) {
        // Sign-in, rights or the plan refuse every call alike: stop and let the user act before resume().
        block(error);
        return;
    }
    m_busy = false;
    m_stopReason = error;
    setState(State::WaitingForPortal);
    Q_EMIT portalUnreachable(error);
    restartIfRequested();
}

void InvitationSender::block(const InviteError &error) {
    m_busy = false;
    m_stopReason = error;
    setState(State::Blocked);
    Q_EMIT blocked(error);
    restartIfRequested();
}

InvitationOutcome InvitationSender::holdForReview(const Invitation &row) {
    const QStringList lost = m_lostAnswers.take(row.id);
    InvitationOutcome o;
    o.id = row.id;
    o.state = InvitationState::NeedsReview;
    o.note = QCoreApplication::translate("InvitationSender",
                                         "Sent %n time(s) without an answer, and the portal does not list "
                                         "the address. Check in Bitrix24 whether the person was invited, "
                                         "then retry or discard.",
                                         nullptr, row.attempts);
    // The audit log holds each attempt; this line sums them up for whoever reviews the row.
    o.answer = QCoreApplication::translate("InvitationSender",
                                           "held for review after %n attempt(s) without an answer (%1); "
                                           "not found on the portal",
                                           nullptr, row.attempts)
                   .arg(lost.isEmpty() ? QCoreApplication::translate("InvitationSender", "earlier run")
                                       : lost.join(QStringLiteral(", ")));
    // No failure kind: the portal refused nothing. The window shows the note.
    qCWarning(lcInvite) << "sender: invitation" << row.id << "held for review after" << row.attempts
                        << "attempts without an answer";
    return o;
}
