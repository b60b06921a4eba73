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
    // The portal's clock (time.date_start, as the portal wrote it) when the last sync began reading:
    // an incremental refresh asks for what changed since then. Empty: the next sync must be full.
    QString portalTime;
    QDateTime lastReconcile; // the last full sync (which also removes people); invalid if none

    // "Offline since 25/07/2024 13:06" (translated, local time) or "Offline, never synced".
    QString offlineText() const;
};
