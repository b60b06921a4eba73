#pragma once

#include <QCoreApplication>
#include <QString>

// What happened when a directory file was opened: whether it is usable, and whether an unusable file
// had to be set aside (the UI shows notice() in the status bar; the log has the technical reason).
struct DirectoryOpenReport {
    enum class SetAside { No, Corrupt, TooNew };

    bool ok = false;
    QString error; // technical, for the log
    SetAside setAside = SetAside::No;
    QString setAsidePath;
    int migratedFrom = -1; // the version found before migrating; -1 if nothing was migrated
    bool walEnabled = false;
    // The file could not be read or written for a reason outside it (disk full, read-only, no
    // access, I/O error): it is left exactly as it is, never set aside or deleted.
    bool storageUnavailable = false;

    // A sentence for the status bar, empty when there is nothing to tell.
    QString notice() const {
        switch (setAside) {
        case SetAside::Corrupt:
            return QCoreApplication::translate(
                "DirectoryOpenReport", "The local copy of the directory was damaged; it was set aside "
                                       "and will be rebuilt from the portal.");
        case SetAside::TooNew:
            return QCoreApplication::translate(
                "DirectoryOpenReport", "The local copy of the directory was written by a newer "
                                       "InviteDesk; it was set aside and will be rebuilt from the portal.");
        case SetAside::No:
            break;
        }
        if (!ok && storageUnavailable)
            return QCoreApplication::translate(
                "DirectoryOpenReport", "The local copy of the directory cannot be opened: the disk is "
                                       "full or cannot be written. Nothing was deleted; free some "
                                       "space and restart InviteDesk.");
        if (!ok)
            return QCoreApplication::translate("DirectoryOpenReport",
                                               "The local copy of the directory cannot be "
                                               "opened.");
        return {};
    }
};
