#pragma once

#include "invite/invitedialogcontext.h"

#include <QDialog>

#include <memory>

class InviteDirectoryLookup;
class DirectoryReader;
class InviteByEmailTab;
class OutboxView;
class OutboxWindow;
class QLabel;
class QTabWidget;
class QuickRegistrationTab;
class RegisterTab;

// The "Invite users" dialog: Quick Registration, Invite by Email and Register, each its own widget.
// Opens on the tab used last, with the context of where it was opened (a preselected department),
// and says up front when the current user is not an administrator. Work composed but not sent is
// kept as a draft and comes back when the dialog opens again.
class InviteDialog : public QDialog {
    Q_OBJECT
public:
    enum class Tab { QuickRegistration, InviteByEmail, Register };
    Q_ENUM(Tab)

    explicit InviteDialog(const InviteDialogContext &context, QWidget *parent = nullptr);
    ~InviteDialog() override;

    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    QuickRegistrationTab *quickRegistrationTab() const { return m_quick; }
    InviteByEmailTab *inviteByEmailTab() const { return m_email; }
    RegisterTab *registerTab() const { return m_register; }
    // Shows the outbox (a separate window owned by the dialog) and returns it.
    OutboxView *showOutbox();

    void done(int result) override;
    // A rights check answered: the banner follows (shown, reworded or hidden).
    void setInviteRight(bool isAdmin, PortalIdentity::InviteRight right);

Q_SIGNALS:
    // The portal refused an invitation for lack of rights (access_denied); the banner now says why.
    void rightsRefused();

private:
    void onTabChanged(int index);
    void showRightsBanner();

    InviteDialogContext m_context;
    std::unique_ptr<DirectoryReader> m_directory;
    std::unique_ptr<InviteDirectoryLookup> m_directoryPeople;
    QLabel *m_rightsBanner;
    QTabWidget *m_tabs;
    QuickRegistrationTab *m_quick;
    InviteByEmailTab *m_email;
    RegisterTab *m_register;
    OutboxWindow *m_outboxWindow = nullptr;
};
