#include "invite/invitationbuilder.h"

InvitationBuilder::InvitationBuilder(Sender sender, InvitationTarget target)
    : m_sender(std::move(sender))
    , m_target(std::move(target)) {}

QString InvitationBuilder::departmentName(const Recipient &recipient) const {
    if (!m_target.extranet && recipient.departmentId != 0)
        return recipient.department;
    return m_target.name;
}

NewInvitation InvitationBuilder::build(const Recipient &recipient) const {
    NewInvitation invitation;
    invitation.portal = m_sender.portal;
    invitation.email = recipient.email.trimmed();
    invitation.firstName = recipient.firstName.trimmed();
    invitation.middleName = recipient.middleName.trimmed();
    invitation.lastName = recipient.lastName.trimmed();
    invitation.position = recipient.position.trimmed();
    invitation.extranet = m_target.extranet;
    invitation.departmentName = departmentName(recipient);
    if (m_target.extranet) {
        invitation.groupIds = m_target.groupIds;
    } else if (recipient.departmentId != 0) {
        invitation.departmentIds << int(recipient.departmentId);
    } else if (m_target.departmentId != 0) {
        invitation.departmentIds << int(m_target.departmentId);
    }
    if (m_message) {
        invitation.message = m_message->fill(TemplateValues::forRecipient(
            recipient, m_sender.portalName, m_sender.inviter, invitation.departmentName, QString()));
    }
    invitation.tab = m_sender.tab;
    invitation.inviter = m_sender.inviter;
    return invitation;
}
