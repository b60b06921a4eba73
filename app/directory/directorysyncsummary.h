#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// The outcome of one sync (full or incremental): what changed compared to the previous copy.
struct DirectorySyncSummary {
    qint64 generation = 0;
    int usersAdded = 0;
    int usersChanged = 0; // content differs (a dismissal is a change)
    int usersRemoved = 0; // no longer returned by the portal
    int usersUnchanged = 0;
    int usersSkipped = 0; // rows without a usable ID
    int departmentsAdded = 0;
    int departmentsChanged = 0;
    int departmentsRemoved = 0;
    int userCount = 0; // users in the copy after the sync
    int departmentCount = 0;
    QDateTime finishedAt;
    bool incremental = false;     // a refresh: only people changed since the last sync were read
    bool reconcileNeeded = false; // a refresh whose copy and portal counts differ: a full sync must follow

    // "12 new, 3 changed, 1 removed" (translated, plural-aware); "No changes" when nothing changed.
    QString text() const;
};

Q_DECLARE_METATYPE(DirectorySyncSummary)
