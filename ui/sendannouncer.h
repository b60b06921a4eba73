#pragma once

#include "invite/invitationsendprogress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class InvitationOutbox;
class InvitationSender;
class MainWindow;
class QSystemTrayIcon;

// Tells the user in the main window when a send finished: a status-bar line with what went out and
// what failed, and, for a send that ran a while, a system notification (when the desktop has a tray),
// so that nobody has to keep the Outbox open to learn that thousands of invitations are through.
class SendAnnouncer : public QObject {
    Q_OBJECT
public:
    explicit SendAnnouncer(MainWindow *window);

    // Follows this outbox's sender; a new pair replaces the old (another portal, or after sign-out).
    void watch(InvitationOutbox *outbox, InvitationSender *sender);

    // A send that took at least this long is also announced by a system notification.
    static constexpr int LongSendSeconds = 10;

private:
    void onChanged(const QList<qint64> &ids);
    void onDrained();

    MainWindow *m_window;
    InvitationOutbox *m_outbox = nullptr;
    QPointer<InvitationSender> m_sender;
    InvitationSendProgress m_progress;
    QElapsedTimer m_started;
    QSystemTrayIcon *m_tray = nullptr;
};
