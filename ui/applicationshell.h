#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class CompanyStructurePage;
class PortalCredentials;
class ConnectPortalDialog;
class EmployeesPage;
class InviteDialog;
struct InviteDialogContext;
class MainWindow;
class QSettings;
class SendAnnouncer;
class Workspace;

// The widgets' side of a running InviteDesk: the main window with its pages and dialogs, kept in
// step with what the Workspace reports, and the user's intents forwarded to it.
class ApplicationShell : public QObject {
    Q_OBJECT
public:
    ApplicationShell(Workspace *workspace, QSettings *settings, QObject *parent = nullptr);
    ~ApplicationShell() override;

    MainWindow *window() const { return m_window; }
    void show();
    // A second start on this profile: the window comes to the front (restored if minimised).
    void raiseWindow();

signals:
    // The window shows a connected portal and a directory copy (for --quit-when-ready).
    void ready();
    // Nothing could be shown: not connected and no cached directory.
    void failedToStart(const QString &message);

private:
    // A yes/no question that does not block: `onYes` runs once the user answered Yes; No is the default.
    void ask(const QString &objectName, const QString &title, const QString &text,
             const std::function<void()> &onYes);
    void forwardIntents();
    void followConnection();
    void followDirectory();
    void updateStatus();
    // Portal → Switch portal lists the remembered portals, the current one checked.
    void updatePortalChoices();
    void openConnectDialog();
    void connectWith(const PortalCredentials &credentials);
    void openInviteDialog(qint64 departmentId, const QString &departmentName);
    void openOutbox();
    // Closes every window that borrows the workspace's outbox objects (drafts are saved first).
    void releaseOutbox();
    InviteDialogContext inviteContext() const;
    QString portalName() const; // as people see it: "Sandbox portal" or the host

    Workspace *m_workspace;
    QSettings *m_settings;
    MainWindow *m_window = nullptr;
    EmployeesPage *m_employees = nullptr;
    CompanyStructurePage *m_structure = nullptr;
    QPointer<ConnectPortalDialog> m_connectDialog;
    QPointer<InviteDialog> m_inviteDialog;
    QPointer<QWidget> m_outboxWindow;
    SendAnnouncer *m_sendAnnouncer = nullptr; // owned by the window
    QString m_lastSync;
    bool m_readyEmitted = false;
};
