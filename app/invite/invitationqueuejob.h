#pragma once

#include "invite/invitation.h"
#include "invite/invitationbuilder.h"
#include "invite/inviteerror.h"
#include "invite/recipient.h"

#include <QList>
#include <QObject>
#include <QString>

class InvitationSender;

// Queues a large send chunk by chunk, so that pressing Invite for thousands of people leaves the GUI
// thread free between chunks: each chunk's invitations are built here, written by the sender's writer
// thread in one transaction, and reported back as stored rows before the next chunk is built. Each
// chunk is all or nothing; a chunk, once written, is durable and is sent (the sender starts with the
// first chunk). cancel() stops before the next chunk: what to do with the rows already queued is the
// caller's decision (the dialog cancels the rest of the send, as the Outbox's Cancel does).
class InvitationQueueJob : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultChunkSize = 250;

    InvitationQueueJob(InvitationSender &sender, const InvitationBuilder &builder,
                       QList<Recipient> recipients, QObject *parent = nullptr);

    void setChunkSize(int size) { m_chunkSize = std::max(1, size); }
    // Builds and writes the first chunk; the rest follow as each chunk is written.
    void start();
    // No chunk is started after this; finished(Cancelled) follows once the chunk being written is back.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_recipients.size()); }
    int done() const { return m_next; } // recipients handed to the outbox so far

Q_SIGNALS:
    // One chunk written: its rows as stored, and how many of its recipients were not queued (already
    // pending, invalid, missing a target).
    void chunkQueued(const QList<Invitation> &rows, int skipped);
    // Every chunk was written, or why not: Cancelled, or the outbox's refusal of a chunk.
    void finished(const InviteResult<void> &result);

private:
    void writeNextChunk();

    InvitationSender &m_sender;
    InvitationBuilder m_builder;
    QList<Recipient> m_recipients;
    int m_chunkSize = DefaultChunkSize;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
