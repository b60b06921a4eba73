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

// Why the portal is out of reach, in words: the portal client's message ("Cannot reach the portal
// (Connection refused)…") when there is one, else the kind's sentence.
QString unreachableText(const InvitationFailure &f) {
    return f.description.isEmpty() ? f.userText() : f.description;
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
    bool ok = true;
    QString error;
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
    if (m_state == State::StorageFailed || m_state == State::WaitingForPortal || m_state == State::Blocked)
        setState(State::Idle);
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

bool InvitationSender::cancelQueued(QList<qint64> *discarded) {
    if (!m_outbox.discardQueued(m_portal, discarded))
        return false;
    if (!discarded->isEmpty())
        Q_EMIT invitationsChanged(*discarded);
    return true;
}

bool InvitationSender::cancelQueued(const QList<qint64> &ids, QList<qint64> *discarded) {
    if (!m_outbox.discardQueued(m_portal, ids, discarded))
        return false;
    if (!discarded->isEmpty())
        Q_EMIT invitationsChanged(*discarded);
    return true;
}

void InvitationSender::enqueue(const QList<NewInvitation> &invitations, QObject *receiver,
                               std::function<void(const QueuedInvitations &)> done) {
    InvitationOutbox *outbox = &m_outbox;
    m_writer->post(
        [outbox, invitations] {
            QueuedInvitations result;
            EnqueueReport report;
            result.ok =
                outbox->enqueue(invitations, &report) && outbox->invitations(report.queuedIds, &result.rows);
            if (!result.ok)
                result.error = outbox->lastError();
            result.queuedIds = report.queuedIds;
            result.alreadyPending = report.alreadyPending;
            result.invalid = report.invalid;
            result.missingTarget = report.missingTarget;
            return result;
        },
        this,
        [receiver = QPointer<QObject>(receiver), done = std::move(done)](const QueuedInvitations &result) {
            if (receiver)
                done(result);
        });
}

void InvitationSender::scheduleStep(std::chrono::milliseconds delay) {
    m_busy = true;
    QTimer::singleShot(delay, this, &InvitationSender::step);
}

void InvitationSender::failStorage(const QString &error) {
    m_busy = false;
    m_lastError = error;
    qCWarning(lcInvite) << "sender: outbox storage failed:" << m_lastError;
    setState(State::StorageFailed);
    Q_EMIT storageFailed(m_lastError);
}

void InvitationSender::apply(const QList<InvitationOutcome> &outcomes, std::function<void()> next) {
    InvitationOutbox *outbox = &m_outbox;
    m_writer->post(
        [outbox, outcomes] {
            return outbox->applyOutcomes(outcomes) ? std::optional<QString>() : outbox->lastError();
        },
        this,
        [this, outcomes, next = std::move(next)](const std::optional<QString> &failure) {
            if (failure) {
                failStorage(*failure);
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
        [outbox, portal = m_portal, max = m_currentBatchSize] {
            StepRows rows;
            // Rows left in `sending` are settled before anything new is sent.
            rows.ok = outbox->invitations(portal, InvitationState::Sending, &rows.unsettled) &&
                      (!rows.unsettled.isEmpty() || outbox->takeForSending(portal, max, &rows.batch));
            if (!rows.ok)
                rows.error = outbox->lastError();
            return rows;
        },
        this, [this](const StepRows &rows) { onStepRows(rows); });
}

void InvitationSender::onStepRows(const StepRows &rows) {
    if (!rows.ok) {
        failStorage(rows.error);
        return;
    }
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
            block(answer.requestFailure.userText());
            return;
        }
        if (answer.requestFailure.kind == InvitationFailureKind::RateLimited) {
            setState(State::WaitingForRateLimit);
            scheduleStep(m_rateLimitDelay);
            return;
        }
        m_busy = false;
        m_lastError = unreachableText(answer.requestFailure);
        setState(State::WaitingForPortal);
        Q_EMIT portalUnreachable(m_lastError);
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
    QString signIn;
    const QList<InvitationOutcome> outcomes = batchOutcomes(rows, answer, &slowDown, &signIn);
    apply(outcomes, [this, slowDown, signIn] { afterBatch(slowDown, signIn); });
}

QList<InvitationOutcome> InvitationSender::batchOutcomes(const QList<Invitation> &rows,
                                                         const UserAddBatchAnswer &answer, bool *slowDown,
                                                         QString *signIn) {
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
            *signIn = o.note;
        else if (o.state == InvitationState::Queued)
            *slowDown = true;
        outcomes << o;
    }
    return outcomes;
}

void InvitationSender::afterBatch(bool slowDown, const QString &signIn) {
    if (!signIn.isEmpty()) {
        block(signIn);
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
    if (failure.kind == InvitationFailureKind::SignIn) {
        block(failure.userText());
        return;
    }
    if (failure.kind == InvitationFailureKind::RateLimited) {
        waitForRateLimit();
        return;
    }
    const bool finalFailure =
        failure.kind == InvitationFailureKind::Rights || failure.kind == InvitationFailureKind::Limit;
    m_busy = false;
    if (finalFailure) {
        // Rights or the plan refuse every call alike: stop and let the user act before resume().
        m_lastError = failure.userText();
        setState(State::Blocked);
        Q_EMIT blocked(m_lastError);
        restartIfRequested();
        return;
    }
    m_lastError = offlineNote();
    setState(State::WaitingForPortal);
    Q_EMIT portalUnreachable(unreachableText(failure));
    restartIfRequested();
}

void InvitationSender::block(const QString &message) {
    m_busy = false;
    m_lastError = message;
    setState(State::Blocked);
    Q_EMIT blocked(m_lastError);
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
