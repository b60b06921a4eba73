#pragma once

#include <QString>

// What SQLite alone spends on a full sync: the rows a real sync wrote into `source` (users, membership,
// the search index's rows, the departments) written again into a new file at `target` with the same
// schema, through SQLite's C API with nothing else per row: the values are read and the search rows made
// (DirectorySchema::searchRow) before the clock starts. Then, as the writer does, the 2 500-person
// transactions with the search index's merging deferred, the sort indexes built at the end and the index
// merged into one segment. The CPU is this thread's. The writer's own figure over this one is what the
// row path (JSON, QtSql, the derived fields) adds to SQLite's work.
struct SqliteFloor {
    double cpuSeconds = 0;
    double fileMb = 0;
    int users = 0;
    QString failure; // empty when measured
};

SqliteFloor measureSqliteFloor(const QString &source, const QString &target);
