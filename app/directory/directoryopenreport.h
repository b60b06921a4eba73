#pragma once

#include <QCoreApplication>
#include <QString>

// What happened when a directory file was opened (DirectoryDatabase::open gives it when the file is
// usable, a DirectoryError when not): whether an unusable file had to be set aside (the UI shows
// notice() in the status bar; the log has the technical reason) and what was done to it.
struct DirectoryOpenReport {
    enum class SetAside { No, Corrupt, TooNew };

    SetAside setAside = SetAside::No;
    QString setAsidePath;
    int migratedFrom = -1; // the version found before migrating; -1 if nothing was migrated
    bool walEnabled = false;

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
        return {};
    }
};
