#pragma once

#include "sandbox/sandboxdirectory.h"
#include "sandbox/userquery.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <limits>
#include <optional>

// The FILTER of user.get and user.search (spec §6.5): its keys parsed into conditions (operator
// prefixes, the portal's value conversions, the caller's field scope) and users tested against them.
namespace UserFilter {

enum class Op { Eq, NotEq, Gt, Ge, Lt, Le, In, NotIn, Like, LikeWild, NotLike, NotLikeWild, WordPrefix };

struct Condition {
    QString field;
    Op op = Op::Eq;
    QStringList values;
    // TIMESTAMP_X compared as Unix seconds (every value parsed once): the refresh's `>TIMESTAMP_X`
    // runs over every user of the company.
    std::optional<QList<qint64>> stamps;
};

// What the filter asks, ready to test users against.
struct Parsed {
    QList<Condition> conditions;
    QString find;            // FIND: word prefixes of the name, position and departments
    bool impossible = false; // nobody can match (an unparsable date, the TIMESTAMP_X fault)
    int minId = 0;           // `>ID` / `>=ID`: where the walk in ID order starts
};

// The IDs that the conditions on ID can let through, worked out as matchOne evaluates them
// (ranges: QString::toLongLong through compareValues; equality: phpInt through equalValues),
// so that user.get finds them by binary search instead of testing every user. A superset:
// every candidate still goes through all conditions.
struct IdCandidates {
    qint64 low = std::numeric_limits<qint64>::min();
    qint64 high = std::numeric_limits<qint64>::max();
    bool none = false;   // a condition no user can meet (e.g. `>ID` with no value)
    bool listed = false; // `exact` holds the only IDs that can match
    QList<qint64> exact; // sorted, unique
};

// The filter of a call's upper-cased parameters: FILTER when given, else every top-level key that is not
// a reserved one.
QJsonObject of(const QJsonObject &params);
// The conditions the caller may use; timestampFilterEmpty makes a TIMESTAMP_X filter find nobody.
Parsed parse(const QJsonObject &filter, UserQuery::FieldSet fieldSet, bool search, bool timestampFilterEmpty);
// Does the user meet the condition?
bool matches(const Condition &c, const SandboxUser &user, const SandboxDirectory &directory);
IdCandidates idCandidates(const QList<Condition> &conditions);

// A parameter's values as strings (an array's or object's members, else the value).
QStringList valueList(const QJsonValue &v);
// Does every word of query start a word of text (case-insensitive)?
bool wordPrefix(const QString &text, const QString &query);
// -1, 0 or 1, comparing as the field's type (number, date, text).
int compareValues(const QString &field, const QString &a, const QString &b);

} // namespace UserFilter
