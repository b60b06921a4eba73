#include "invite/inviteerror.h"

#include "common/sqlitefailure.h"
#include "invite/invitationfailure.h"

InviteError InviteError::fromSql(const QSqlError &error) {
    switch (sqliteFailure(error)) {
    case SqliteFailure::Storage:
        return InviteError(Kind::StorageUnavailable, error.text());
    case SqliteFailure::Corruption:
        return InviteError(Kind::Damaged, error.text());
    case SqliteFailure::Statement:
        break;
    }
    return InviteError(Kind::Failed, error.text());
}

InviteError InviteError::fromRefusal(const InvitationFailure &failure) {
    const bool refused = failure.kind == InvitationFailureKind::Rights ||
                         failure.kind == InvitationFailureKind::Limit ||
                         failure.kind == InvitationFailureKind::SignIn;
    InviteError error(refused ? Kind::Refused : Kind::PortalUnreachable,
                      failure.code + QStringLiteral(": ") + failure.description);
    // Out of reach: the portal client's own words ("Cannot reach the portal (…)") when there are some.
    error.m_portalMessage =
        refused || failure.description.isEmpty() ? failure.userText() : failure.description;
    return error;
}

QString InviteError::userMessage() const {
    switch (m_kind) {
    case Kind::StorageUnavailable:
        return tr("The outbox cannot be written: the disk is full or refuses writes. Invitations already "
                  "in the outbox are kept; free some space, then try again.");
    case Kind::CannotOpen:
        return tr("The outbox file cannot be opened.");
    case Kind::Damaged:
        return tr("The outbox file is damaged. It is left as it is; nothing is sent from it.");
    case Kind::NewerVersion:
        return tr("The outbox file was written by a newer version of InviteDesk. It is left as it is; "
                  "update InviteDesk to use it.");
    case Kind::Failed:
        return tr("The outbox could not be read or changed.");
    case Kind::NotChangeable:
        return tr("The invitation cannot be changed now: it was sent, is on its way, or the address is "
                  "waiting in another invitation.");
    case Kind::Refused:
    case Kind::PortalUnreachable:
        if (!m_portalMessage.isEmpty())
            return m_portalMessage;
        return m_kind == Kind::Refused ? tr("The portal refuses the invitations.")
                                       : tr("The portal cannot be reached; the invitations are sent later.");
    case Kind::ExportFailed:
        return tr("The file cannot be written there; choose another folder or name.");
    case Kind::Cancelled:
        return tr("Stopped; nothing more was written to the outbox.");
    }
    return tr("The outbox could not be read or changed.");
}
