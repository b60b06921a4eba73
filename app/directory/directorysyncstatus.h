#pragma once

#include <QDateTime>

// What the copy knows about its last successful full sync, for "offline since …" and the status bar.
struct DirectorySyncStatus {
    QDateTime lastFullSync; // invalid if the copy was never completely synced
    int userCount = 0;
    int departmentCount = 0;
    int lastAdded = 0;
    int lastChanged = 0;
    int lastRemoved = 0;

    // "Offline since 25/07/2024 13:06" (translated, local time) or "Offline, never synced".
    QString offlineText() const;
};
