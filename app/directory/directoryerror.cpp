#include "directory/directoryerror.h"

#include "portal/portalerror.h"

DirectoryError DirectoryError::fromPortal(const PortalError &error) {
    DirectoryError failed(Kind::PortalFailed, error.logText());
    failed.m_portalMessage = error.userMessage();
    return failed;
}

QString DirectoryError::userMessage() const {
    switch (m_kind) {
    case Kind::StorageUnavailable:
        return tr("The local copy of the directory cannot be opened: the disk is full or cannot be "
                  "written. Nothing was deleted; free some space and restart InviteDesk.");
    case Kind::CannotOpen:
        return tr("The local copy of the directory cannot be opened.");
    case Kind::MigrationFailed:
        return tr("The local copy of the directory could not be converted for this version of InviteDesk: "
                  "the disk is full or cannot be written. Nothing was deleted; free some space and restart "
                  "InviteDesk.");
    case Kind::WriteFailed:
        return tr("The local copy of the directory could not be updated.");
    case Kind::PortalFailed:
        return m_portalMessage;
    case Kind::Cancelled:
        return tr("Directory refresh cancelled; the previous copy is kept.");
    }
    return tr("The local copy of the directory could not be updated.");
}
