#include "invite/invitation.h"

#include <QCoreApplication>

QString invitationStateToken(InvitationState state) {
    switch (state) {
    case InvitationState::Queued:
        return QStringLiteral("queued");
    case InvitationState::Sending:
        return QStringLiteral("sending");
    case InvitationState::Sent:
        return QStringLiteral("sent");
    case InvitationState::Failed:
        return QStringLiteral("failed");
    case InvitationState::NeedsReview:
        return QStringLiteral("needs_review");
    case InvitationState::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

InvitationState invitationStateFromToken(const QString &token) {
    for (auto s : {InvitationState::Queued, InvitationState::Sending, InvitationState::Sent,
                   InvitationState::Failed, InvitationState::NeedsReview, InvitationState::Discarded}) {
        if (invitationStateToken(s) == token)
            return s;
    }
    return InvitationState::NeedsReview; // an unknown token is never silently "done"
}

QString invitationStateText(InvitationState state) {
    switch (state) {
    case InvitationState::Queued:
        return QCoreApplication::translate("InvitationState", "Queued");
    case InvitationState::Sending:
        return QCoreApplication::translate("InvitationState", "Sending");
    case InvitationState::Sent:
        return QCoreApplication::translate("InvitationState", "Sent");
    case InvitationState::Failed:
        return QCoreApplication::translate("InvitationState", "Failed");
    case InvitationState::NeedsReview:
        return QCoreApplication::translate("InvitationState", "Needs review");
    case InvitationState::Discarded:
        return QCoreApplication::translate("InvitationState", "Discarded");
    }
    return {};
}
