#pragma once

#include "directory/directoryerror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

// The directory file's schema and its step-by-step migrations. Version 0 is an empty file; each step
// moves one version forward, and all pending steps run in one transaction so a file is never left
// half-migrated.
//   v1: users, departments, membership, sync_state.
//   v2: FTS5 search index (folded names, e-mail, position, phones), sort keys with their indexes, and
//       the raw JSON moved from users to user_raw.
//   v3: the search index holds a state token per person (tags column); the sort indexes carry the
//       state after the id; (email_norm, id, state) replaces the two e-mail indexes.
//   v4, v5: indexes derived from the search index (a name-ranked copy, user_tokens) that v6 drops; a file
//       older than v4 migrates straight past them.
//   v6: no derived indexes: a search ranks its matches in memory by the sort column's order (SortOrders).
//       sync_state.search_index_merged (v4's name_rank_valid) says whether the search index was merged
//       into one segment since the last change.
//   v7: file_identity: 16 random bytes set when the file is made, which tell a rebuilt file at the same
//       path from the one a connection holds open (DirectoryReader::shared).
//   v8: users.last_login_known replaces the raw rows (user_raw); the search index is contentless with no
//       column sizes (only rowids are read from it: a row is removed with the values it was indexed
//       with, searchDeleteSql()); sync_state.portal_time (the portal's clock at the start of the last
//       sync, for the next incremental refresh) and last_reconcile (the last full sync).
namespace DirectorySchema {
constexpr int CurrentVersion = 8;

// The search index's columns and tokenizer. SearchText::TokenMark is a token character so that the
// state tokens ("\uE000" + state) can never be typed by a person (typed words are letters and digits).
inline constexpr QStringView SearchColumns = u"names, email, position, phones, tags";
inline const QString SearchTokenizer =
    QStringLiteral("unicode61 remove_diacritics 2 tokenchars ''") + QChar(0xE000) + QStringLiteral("''");

// CREATE VIRTUAL TABLE user_search as the current version has it.
QString createSearchIndexSql();
// INSERT INTO user_search with six parameters, and the values for one person in that order.
QString searchInsertSql();
// Removes one person from the (contentless) index: the rowid then the five values searchRow() gave
// when the person was indexed.
QString searchDeleteSql();
QVariantList searchRow(qint64 id, const QStringList &names, const QString &email, const QString &position,
                       const QStringList &phones, int state);

// The users sort indexes; dropped while the first full sync fills an empty file, built after it.
// Their errors are Kind::WriteFailed with SQLite's text.
Result<void, DirectoryError> dropSortIndexes(QSqlDatabase &db);
Result<void, DirectoryError> createSortIndexes(QSqlDatabase &db); // IF NOT EXISTS: safe to call at any time

// The file's version: 0 for a new, empty file; -1 if it cannot be read (not a directory file).
int version(const QSqlDatabase &db);

// The file's random identity (v7); empty when it cannot be read.
QByteArray fileIdentity(const QSqlDatabase &db);

// Brings the file to CurrentVersion in one transaction, or fails with Kind::MigrationFailed and the SQL
// error (the file then stays at its version).
Result<void, DirectoryError> migrate(QSqlDatabase &db);

// Merges the search index into one segment and marks it merged; at the end of a sync that changed
// someone. Runs inside the caller's transaction.
Result<void, DirectoryError> mergeSearchIndex(QSqlDatabase &db);
// Marks the search index changed since its last merge (the writer changed users).
Result<void, DirectoryError> markSearchIndexChanged(QSqlDatabase &db);
bool searchIndexMerged(const QSqlDatabase &db);

// While a full sync writes, the search index only adds a segment per batch (no merging as it goes,
// until 64 segments wait on one level); the sync's final merge then rewrites every entry once, instead
// of once per merge level on the way. resumeSearchMerges() restores FTS5's defaults (automerge 4,
// crisismerge 16). Both are stored in the file; searchMergesDeferred() tells a file a sync left deferred.
Result<void, DirectoryError> deferSearchMerges(QSqlDatabase &db);
Result<void, DirectoryError> resumeSearchMerges(QSqlDatabase &db);
bool searchMergesDeferred(const QSqlDatabase &db);

// Recomputes users.sort_department from the departments' names (after departments changed).
Result<void, DirectoryError> refreshDepartmentSortKeys(QSqlDatabase &db);
} // namespace DirectorySchema
