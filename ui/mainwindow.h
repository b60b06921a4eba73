#pragma once

#include "portal/identifyjob.h"

#include <QMainWindow>
#include <QPointer>

class PortalSwitchMenu;
class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

// The InviteDesk main window: a training-mode banner when on the sandbox portal (and one when the
// portal does not let this employee invite), the Employees and
// Company Structure pages, the ways into the invite dialog, and a status bar that says which portal,
// who is signed in, whether they may invite, and how fresh the directory is.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // What the status bar and the banner show about the portal connection.
    struct PortalStatus {
        QString portalHost;
        QString userName;
        bool isAdmin = false;
        PortalIdentity::InviteRight inviteRight = PortalIdentity::InviteRight::Maybe;
        bool trainingMode = false;
        bool online = false;
        QString lastSync; // already formatted for the user
    };
    void setPortalStatus(const PortalStatus &status);
    void setConnectionError(const QString &message);
    void setSyncProgress(int done, int total); // total 0: unknown; done < 0 hides the bar
    void showNotice(const QString &message);   // transient status-bar message

    void addPage(QWidget *page, const QString &title);
    // Where the directory copy, the outbox and the audit log live (Help → Open the data folder).
    void setDataFolder(const QString &path);
    // What the status bar says about the portal and the user, as shown (for logs and tests).
    QString statusText() const;
    QAction *inviteAction() const { return m_inviteAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *outboxAction() const { return m_outboxAction; }
    // Portal → Switch portal: the shell fills it with the remembered portals.
    PortalSwitchMenu *switchPortalMenu() const { return m_switchMenu; }
    // Invite, refresh, Outbox and sign out: off while no portal is connected (after signing out).
    void setPortalActionsEnabled(bool enabled);

signals:
    // "Invite users…" from the menu or toolbar: no context.
    void inviteRequested();
    void refreshRequested();
    void fullRefreshRequested();
    void connectPortalRequested();
    // A remembered portal chosen in Portal → Switch portal.
    void switchPortalRequested(const QString &portalId);
    void signOutRequested();
    void preferencesRequested();
    void outboxRequested();

private:
    void createActions();
    QWidget *createBanner();
    QWidget *createRightsBanner();
    void createHelpMenu();
    static QString userText(const PortalStatus &status);
    void showShortcuts();

    QTabWidget *m_pages = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_rightsBanner = nullptr; // the portal refuses this employee's invitations
    QLabel *m_portalLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_inviteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_fullRefreshAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_outboxAction = nullptr;
    PortalSwitchMenu *m_switchMenu = nullptr;
    QString m_dataFolder;
};
