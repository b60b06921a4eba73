#pragma once

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
//   v4: the name-ranked search index: user_search_by_name (contentless FTS5, same columns) whose rowid
//       is the person's position in name order (name_rank maps it to the id), so a search under the
//       Name sort reads matches in display order and stops after one window; rebuilt at the end of
//       every full sync that changed anything (sync_state.name_rank_valid says whether it is current).
//   v5: user_tokens (user_id, token): every search-index token of each person, so the walk of a sort
//       index tests a person against the typed prefixes with one B-tree probe each instead of first
//       gathering every match of the search index. Read from the index, rebuilt with the name ranking
//       and current under the same flag.
namespace DirectorySchema {
constexpr int CurrentVersion = 5;

// The search index's columns and tokenizer. SearchText::TokenMark is a token character so that the
// state tokens ("\uE000" + state) can never be typed by a person (typed words are letters and digits).
inline constexpr QStringView SearchColumns = u"names, email, position, phones, tags";
inline const QString SearchTokenizer =
    QStringLiteral("unicode61 remove_diacritics 2 tokenchars ''") + QChar(0xE000) + QStringLiteral("''");

// INSERT INTO user_search with six parameters, and the values for one person in that order.
QString searchInsertSql();
QVariantList searchRow(qint64 id, const QStringList &names, const QString &email, const QString &position,
                       const QStringList &phones, int state);

// The users sort indexes; dropped while the first full sync fills an empty file, built after it.
QString dropSortIndexes(QSqlDatabase &db);
QString createSortIndexes(QSqlDatabase &db); // IF NOT EXISTS: safe to call at any time

// The file's version: 0 for a new, empty file; -1 if it cannot be read (not a directory file).
int version(const QSqlDatabase &db);

// Brings the file to CurrentVersion. Returns an empty string on success, else the SQL error.
QString migrate(QSqlDatabase &db);

// The indexes derived from users and user_search, all current or all stale together under one flag
// (sync_state.name_rank_valid, named when the name ranking was the only one): name_rank,
// user_search_by_name and user_tokens.
// Merges user_search into one segment, renumbers name_rank from users (sort_name, id), refills
// user_search_by_name and user_tokens; marks them valid. Runs inside the caller's transaction.
QString rebuildDerivedIndexes(QSqlDatabase &db);
// Refills user_tokens from user_search (part of rebuildDerivedIndexes; the migration to v5 calls it alone).
QString rebuildUserTokens(QSqlDatabase &db);
// Marks the ranking and user_tokens stale (the writer changed users); readers then search without them.
QString invalidateDerivedIndexes(QSqlDatabase &db);
// Whether name_rank, user_search_by_name and user_tokens match the users table (false on an older file).
bool derivedIndexesValid(const QSqlDatabase &db);

// Recomputes users.sort_department from the departments' names (after departments changed).
QString refreshDepartmentSortKeys(QSqlDatabase &db);
} // namespace DirectorySchema
