#pragma once

#include "invite/invitation.h"
#include "invite/messagetemplate.h"
#include "invite/recipient.h"

#include <QList>
#include <QString>

#include <optional>

// Where the dialog sends people when a recipient does not name a department of its own.
struct InvitationTarget {
    qint64 departmentId = 0; // 0: none chosen
    QString name;            // the department's name, or the chosen workgroups for extranet
    bool extranet = false;
    QList<int> groupIds;
};

// Turns what an invite tab shows into the invitations the outbox stores: one function for every tab,
// so that each field reaches user.add the same way. A recipient's own department (resolved from its
// row) wins over the tab's target; the message, when there is one, is filled per recipient with the
// department that recipient actually goes to.
class InvitationBuilder {
public:
    struct Sender {
        QString portal;     // outbox key
        QString portalName; // for the message
        QString inviter;    // display name
        QString tab;        // "email", "register", …
    };

    InvitationBuilder(Sender sender, InvitationTarget target);

    void setMessage(const MessageTemplate &message) { m_message = message; }

    NewInvitation build(const Recipient &recipient) const;
    // The department name a recipient goes to (for the message and the grid).
    QString departmentName(const Recipient &recipient) const;

private:
    Sender m_sender;
    InvitationTarget m_target;
    std::optional<MessageTemplate> m_message;
};
