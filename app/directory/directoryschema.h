#pragma once

#include <QSqlDatabase>
#include <QString>

// The directory file's schema and its step-by-step migrations. Version 0 is an empty file; each step
// moves one version forward, and all pending steps run in one transaction so a file is never left
// half-migrated.
//   v1: users, departments, membership, sync_state.
//   v2: FTS5 search index (folded names, e-mail, position, phones), sort keys with their indexes, and
//       the raw JSON moved from users to user_raw.
namespace DirectorySchema {
constexpr int CurrentVersion = 2;

// The file's version: 0 for a new, empty file; -1 if it cannot be read (not a directory file).
int version(const QSqlDatabase &db);

// Brings the file to CurrentVersion. Returns an empty string on success, else the SQL error.
QString migrate(QSqlDatabase &db);

// Recomputes users.sort_department from the departments' names (after departments changed).
QString refreshDepartmentSortKeys(QSqlDatabase &db);
} // namespace DirectorySchema
