#include "invite/invitetexts.h"

#include <QCoreApplication>

namespace {}

QString InviteTexts::rightsExplanation() {
    return QCoreApplication::translate(
        "InviteTexts",
        "Only administrators can invite unless an administrator turns on \"Allow everyone to invite\" in the "
        "portal's invitation settings. You can still try; the portal will refuse if you lack the right.");
}

QString InviteTexts::rightsRefusedBySetting() {
    return QCoreApplication::translate(
        "InviteTexts",
        "The portal does not let you invite: \"Allow everyone to invite\" is off in its invitation settings "
        "(Settings → Employees → Invitations), so only administrators can invite. Ask an administrator to "
        "turn "
        "it on; InviteDesk checks again every few minutes and when you refresh.");
}

QString InviteTexts::rightsNotice(bool isAdmin, PortalIdentity::InviteRight right) {
    if (right == PortalIdentity::InviteRight::EmployeesMayNot)
        return QCoreApplication::translate(
            "InviteTexts",
            "You cannot invite: \"Allow everyone to invite\" is off in the portal's invitation settings.");
    if (right == PortalIdentity::InviteRight::Yes || isAdmin)
        return {};
    return QCoreApplication::translate(
        "InviteTexts",
        "Only administrators can invite unless \"Allow everyone to invite\" is on in the portal.");
}

QString InviteTexts::rightsNoticeDetails(bool isAdmin, PortalIdentity::InviteRight right) {
    if (right == PortalIdentity::InviteRight::EmployeesMayNot)
        return rightsRefusedBySetting();
    if (right == PortalIdentity::InviteRight::Yes || isAdmin)
        return {};
    return rightsExplanation();
}

QString InviteTexts::waitingForPortal() {
    return QCoreApplication::translate("InviteTexts", "Waiting for the portal");
}

QString InviteTexts::resultText(const Invitation &invitation, bool portalWaiting) {
    if (portalWaiting &&
        (invitation.state == InvitationState::Queued || invitation.state == InvitationState::Sending))
        return waitingForPortal();
    const QString state = invitationStateText(invitation.state);
    switch (invitation.state) {
    case InvitationState::Sent:
        return invitation.userId > 0
                   ? QCoreApplication::translate("InviteTexts",
                                                 "Sent: user %1 created; the portal e-mails the invitation.")
                         .arg(invitation.userId)
                   : state;
    case InvitationState::Failed:
    case InvitationState::NeedsReview:
        if (invitation.failure.kind == InvitationFailureKind::Rights)
            return QCoreApplication::translate("InviteTexts", "%1: %2").arg(state, rightsExplanation());
        if (invitation.failure.isFailure())
            return QCoreApplication::translate("InviteTexts", "%1: %2")
                .arg(state, invitation.failure.userText());
        return invitation.note.isEmpty()
                   ? state
                   : QCoreApplication::translate("InviteTexts", "%1: %2").arg(state, invitation.note);
    case InvitationState::Queued:
        return invitation.note.isEmpty()
                   ? state
                   : QCoreApplication::translate("InviteTexts", "%1: %2").arg(state, invitation.note);
    case InvitationState::Sending:
    case InvitationState::Discarded:
        return state;
    }
    return state;
}
