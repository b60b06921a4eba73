#include "workspace/headlessinviter.h"

#include "invite/csvrecipientreader.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/messagetemplate.h"
#include "workspace/workspace.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

HeadlessInviter::HeadlessInviter(Workspace *workspace, const Task &task, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_task(task) {
    connect(m_workspace, &Workspace::outboxOpened, this, &HeadlessInviter::onOutboxOpened);
    connect(m_workspace, &Workspace::outboxFailed, this, [this](const QString &message) {
        print(message);
        emit done(ExitNoPortal);
    });
    connect(m_workspace, &Workspace::connectionFailed, this, [this](const PortalError &error, bool) {
        if (m_started)
            return; // the sender waits and the reconnect timer tries again
        print(error.userMessage());
        emit done(ExitNoPortal);
    });
}

void HeadlessInviter::print(const QString &line) {
    QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

void HeadlessInviter::onOutboxOpened() {
    if (m_started || !m_workspace->isOnline())
        return;
    m_started = true;
    InvitationOutbox *outbox = m_workspace->outbox();
    InvitationSender *sender = m_workspace->sender();
    if (!m_task.csvPath.isEmpty()) {
        const CsvRecipientImport import = CsvRecipientReader().readFile(m_task.csvPath);
        if (!import.ok) {
            print(tr("Cannot read %1: %2").arg(m_task.csvPath, import.notes.join(u' ')));
            emit done(ExitBadInput);
            return;
        }
        const MessageTemplate message = MessageTemplate::defaultTemplate();
        QList<NewInvitation> invitations;
        for (const CsvRecipientRow &row : import.rows) {
            if (!row.recipient.isValid())
                continue;
            NewInvitation inv;
            inv.portal = m_workspace->portalKey();
            inv.email = row.recipient.email;
            inv.firstName = row.recipient.firstName;
            inv.middleName = row.recipient.middleName;
            inv.lastName = row.recipient.lastName;
            inv.position = row.recipient.position;
            if (m_task.departmentId > 0)
                inv.departmentIds = {m_task.departmentId};
            inv.message = message.fill(TemplateValues::forRecipient(row.recipient, m_workspace->portalHost(),
                                                                    m_task.inviter, {}, {}));
            inv.tab = u"command-line"_s;
            inv.inviter = m_task.inviter;
            invitations.append(inv);
        }
        EnqueueReport report;
        if (!outbox->enqueue(invitations, &report)) {
            print(tr("Nothing was queued: %1").arg(outbox->lastError()));
            emit done(ExitBadInput);
            return;
        }
        print(u"queued %1 already-pending %2 invalid %3 missing-target %4"_s.arg(report.queuedIds.size())
                  .arg(report.alreadyPending.size())
                  .arg(report.invalid.size())
                  .arg(report.missingTarget.size()));
        if (!report.missingTarget.isEmpty()) {
            print(tr("Employees need a department: pass --department <id>."));
            emit done(ExitBadInput);
            return;
        }
    }
    connect(sender, &InvitationSender::invitationsChanged, this,
            [this](const QList<qint64> &ids) { print(u"progress %1"_s.arg(ids.size())); });
    connect(sender, &InvitationSender::drained, this, &HeadlessInviter::finish);
    connect(sender, &InvitationSender::blocked, this, [this](const QString &message) {
        print(message);
        finish();
    });
    connect(sender, &InvitationSender::storageFailed, this, [this](const QString &message) {
        print(message);
        emit done(ExitSomeFailed);
    });
    sender->start();
}

void HeadlessInviter::finish() {
    QHash<InvitationState, int> counts;
    if (!m_workspace->outbox()->countByState(m_workspace->portalKey(), &counts)) {
        emit done(ExitSomeFailed);
        return;
    }
    const int sent = counts.value(InvitationState::Sent);
    const int failed = counts.value(InvitationState::Failed);
    const int review = counts.value(InvitationState::NeedsReview);
    const int waiting = counts.value(InvitationState::Queued) + counts.value(InvitationState::Sending);
    print(u"sent %1 failed %2 needs-review %3 waiting %4"_s.arg(sent).arg(failed).arg(review).arg(waiting));
    emit done(failed + review + waiting == 0 ? ExitAllSent : ExitSomeFailed);
}
