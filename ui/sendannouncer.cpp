#include "sendannouncer.h"

#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "mainwindow.h"

#include <QSystemTrayIcon>

SendAnnouncer::SendAnnouncer(MainWindow *window)
    : QObject(window)
    , m_window(window) {}

void SendAnnouncer::watch(InvitationOutbox *outbox, InvitationSender *sender) {
    if (m_sender)
        disconnect(m_sender, nullptr, this, nullptr);
    m_outbox = outbox;
    m_sender = sender;
    m_progress.clear();
    if (!sender)
        return;
    connect(sender, &InvitationSender::invitationsChanged, this, &SendAnnouncer::onChanged);
    connect(sender, &InvitationSender::drained, this, &SendAnnouncer::onDrained);
}

void SendAnnouncer::onChanged(const QList<qint64> &ids) {
    if (!m_outbox)
        return;
    if (m_progress.isEmpty())
        m_started.start();
    // Only the rows the sender names: a few dozen per answer.
    // Unreadable rows are not counted; the outbox says why where it is open.
    if (const InviteResult<QList<Invitation>> rows = m_outbox->invitations(ids))
        for (const Invitation &row : rows.value())
            m_progress.track(row);
}

void SendAnnouncer::onDrained() {
    if (m_progress.isEmpty())
        return;
    const QString text = m_progress.failed() > 0
                             ? tr("Sending finished: %1 sent, %2 failed (see the Outbox).")
                                   .arg(m_progress.sent())
                                   .arg(m_progress.failed())
                             : tr("Sending finished: %1 sent.").arg(m_progress.sent());
    const bool wasLong = m_started.isValid() && m_started.elapsed() >= LongSendSeconds * 1000;
    m_progress.clear();
    m_window->showNotice(text);
    if (!wasLong || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->setToolTip(tr("InviteDesk"));
    }
    m_tray->show();
    m_tray->showMessage(tr("Invitations sent"), text, QSystemTrayIcon::Information);
}
