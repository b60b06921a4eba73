// InviteByEmailTab, the sending half: Invite writes the ready rows to the outbox (a large send chunk by
// chunk, with its progress and a Stop button), starts the sender and follows each row's result.
#include "invite/invitebyemailtab.h"

#include "invite/invitationbuilder.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationqueuejob.h"
#include "invite/invitationsender.h"
#include "invite/invitetargetpicker.h"
#include "invite/invitetexts.h"
#include "invite/largesendconfirmation.h"
#include "invite/messagecomposer.h"
#include "invite/recipientreviewmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QTimer>

bool InviteByEmailTab::invite() {
    // Typed just now: classify without waiting for the pause (a list already classified is not
    // classified again: for thousands of rows that is a stall).
    if (m_classifyTimer->isActive())
        classifyNow();
    if (m_queueJob)
        return false; // the last press is still being queued
    if (!m_context.outbox) {
        setStatus(tr("Nothing can be sent: the outbox is not available."));
        return false;
    }
    if (const QString problem = m_target->problem(); !problem.isEmpty()) {
        setStatus(problem);
        return false;
    }
    const MessageTemplate message = m_composer->messageTemplate();
    if (!message.isValid())
        return false; // the composer names the unknown placeholder, once
    InvitationBuilder builder(
        {m_context.portal, m_context.portalName, m_context.inviterName, QString::fromLatin1(DraftTab)},
        {m_target->departmentId(), m_target->targetName(), m_target->isExtranet(), m_target->groupIds()});
    builder.setMessage(message);
    QList<Recipient> ready;
    for (const ClassifiedRecipient &entry : m_model->recipients()) {
        if (entry.state == RecipientState::Ready && !m_model->hasResult(entry.recipient.check.comparisonKey))
            ready << entry.recipient;
    }
    if (ready.isEmpty()) {
        setStatus(tr("Nobody in the list is ready to be invited."));
        return false;
    }
    if (!m_sendConfirmed && LargeSendConfirmation::isNeeded(m_context, int(ready.size()))) {
        setStatus(tr("Waiting for you to confirm the send."));
        LargeSendConfirmation::ask(this, m_context, int(ready.size()), m_target->targetName(), [this] {
            m_sendConfirmed = true; // the list is built again: it may have changed meanwhile
            invite();
            m_sendConfirmed = false;
        });
        return false;
    }
    if (m_context.sender && ready.size() > InvitationQueueJob::DefaultChunkSize) {
        queueInChunks(builder, ready);
        return true;
    }
    return queueAtOnce(builder, ready);
}

bool InviteByEmailTab::queueAtOnce(const InvitationBuilder &builder, const QList<Recipient> &ready) {
    QList<NewInvitation> invitations;
    invitations.reserve(ready.size());
    for (const Recipient &recipient : ready)
        invitations << builder.build(recipient);
    const InviteResult<EnqueueReport> report = m_context.outbox->enqueue(invitations);
    if (!report) {
        setStatus(tr("The invitations could not be written to the outbox, so nothing was sent: %1")
                      .arg(report.error().userMessage()));
        return false;
    }
    // Rows that cannot be read back now are followed once the sender names them.
    InviteResult<QList<Invitation>> read = m_context.outbox->invitations(report.value().queuedIds);
    const QList<Invitation> queued = read ? read.takeValue() : QList<Invitation>();
    m_progress.begin(queued, int(m_model->recipients().size()) - int(queued.size()));
    m_rightsRefused = false;
    m_model->setResults(queued);
    discardDraft();
    classifyNow();
    if (m_context.sender)
        m_context.sender->start();
    showSendingStatus();
    return true;
}

void InviteByEmailTab::queueInChunks(const InvitationBuilder &builder, const QList<Recipient> &ready) {
    m_progress.begin({}, int(m_model->recipients().size()) - int(ready.size()));
    m_rightsRefused = false;
    m_queueJob = new InvitationQueueJob(*m_context.sender, builder, ready, this);
    connect(m_queueJob, &InvitationQueueJob::chunkQueued, this,
            [this](const QList<Invitation> &rows, int notQueued) {
                m_progress.addSkipped(notQueued);
                for (const Invitation &row : rows)
                    m_progress.track(row);
                m_model->setResults(rows);
                showQueuingStatus();
            });
    connect(m_queueJob, &InvitationQueueJob::finished, this, &InviteByEmailTab::queuingFinished);
    m_stopQueuing->setEnabled(true);
    m_stopQueuing->show();
    updateActions();
    showQueuingStatus();
    m_queueJob->start();
}

void InviteByEmailTab::showQueuingStatus() {
    if (!m_queueJob)
        return;
    setStatus(tr("Writing the invitations to the outbox: %1 of %2. %3")
                  .arg(m_queueJob->done())
                  .arg(m_queueJob->total())
                  .arg(m_progress.text()));
}

void InviteByEmailTab::stopQueuing() {
    if (!m_queueJob)
        return;
    m_queueJob->cancel();
    m_stopQueuing->setEnabled(false);
    setStatus(tr("Stopping: the invitations not sent yet are being cancelled…"));
}

void InviteByEmailTab::queuingFinished(const InviteResult<void> &result) {
    const bool cancelled = m_queueJob->isCancelled();
    m_queueJob->deleteLater();
    m_queueJob = nullptr;
    m_stopQueuing->hide();
    if (cancelled) {
        // The rest of this send is discarded (an earlier send still going keeps its rows); rows in
        // flight finish.
        const InviteResult<QList<qint64>> discarded = m_context.sender->cancelQueued(m_progress.ids());
        if (discarded)
            showSendingStatus(tr("Stopped: %n invitation(s) not sent yet were cancelled.", nullptr,
                                 int(discarded.value().size())));
        else
            setStatus(tr("The invitations not sent yet could not be cancelled: %1")
                          .arg(discarded.error().userMessage()));
    } else if (!result) {
        showSendingStatus(tr("The rest could not be written to the outbox, so it was not sent: %1")
                              .arg(result.error().userMessage()));
    } else {
        discardDraft();
        showSendingStatus();
    }
    showSummary(); // Invite counts what is left (rows with a result are not offered again)
}

void InviteByEmailTab::onInvitationsChanged(const QList<qint64> &ids) {
    if (!m_context.outbox)
        return;
    // One model update per answer of the sender, touching only the rows it names.
    QList<qint64> ours;
    for (const qint64 id : ids)
        if (m_progress.contains(id))
            ours << id;
    if (ours.isEmpty())
        return;
    const InviteResult<QList<Invitation>> read = m_context.outbox->invitations(ours);
    if (!read || read.value().isEmpty())
        return;
    const QList<Invitation> &changed = read.value();
    bool rights = false;
    bool discarded = false;
    for (const Invitation &row : std::as_const(changed)) {
        m_progress.update(row);
        rights = rights || row.failure.kind == InvitationFailureKind::Rights;
        discarded = discarded || row.state == InvitationState::Discarded;
    }
    m_model->setResults(changed);
    m_rightsRefused = m_rightsRefused || rights;
    // Cancelled elsewhere (the Outbox's "Cancel the rest") while still queuing: queue no more.
    if (m_queueJob && discarded && !m_queueJob->isCancelled())
        stopQueuing();
    if (m_queueJob)
        showQueuingStatus();
    else
        showSendingStatus();
    if (rights)
        Q_EMIT rightsRefused();
}

void InviteByEmailTab::showSendingStatus(const QString &note) {
    if (m_progress.isEmpty())
        return;
    QString text = note.isEmpty() ? m_progress.text() : tr("%1 — %2").arg(m_progress.text(), note);
    if (m_rightsRefused)
        text += u'\n' + InviteTexts::rightsExplanation();
    setStatus(text);
}
