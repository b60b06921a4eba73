#include "invite/invitationqueuejob.h"

#include "invite/invitationsender.h"

InvitationQueueJob::InvitationQueueJob(InvitationSender &sender, const InvitationBuilder &builder,
                                       QList<Recipient> recipients, QObject *parent)
    : QObject(parent)
    , m_sender(sender)
    , m_builder(builder)
    , m_recipients(std::move(recipients)) {}

void InvitationQueueJob::start() {
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    writeNextChunk();
}

void InvitationQueueJob::cancel() {
    m_cancelled = true;
}

void InvitationQueueJob::writeNextChunk() {
    if (m_cancelled || m_next >= m_recipients.size()) {
        m_running = false;
        Q_EMIT finished(m_cancelled ? InviteResult<void>(InviteError(InviteError::Kind::Cancelled,
                                                                     QStringLiteral("queueing stopped")))
                                    : InviteResult<void>());
        return;
    }
    const int end = std::min(int(m_recipients.size()), m_next + m_chunkSize);
    QList<NewInvitation> chunk;
    chunk.reserve(end - m_next);
    for (int i = m_next; i < end; ++i)
        chunk << m_builder.build(m_recipients.at(i));
    const int size = int(chunk.size());
    m_sender.enqueue(chunk, this, [this, end, size](const InviteResult<QueuedInvitations> &queued) {
        if (!queued) {
            m_running = false;
            Q_EMIT finished(queued.error());
            return;
        }
        const QueuedInvitations &result = queued.value();
        const bool first = m_next == 0;
        m_next = end;
        Q_EMIT chunkQueued(result.rows, size - int(result.rows.size()));
        // Sending starts with the first chunk; later ones restart a sender that has drained meanwhile,
        // not one waiting for the portal or the user.
        if (first || m_sender.state() == InvitationSender::State::Idle)
            m_sender.start();
        writeNextChunk();
    });
}
