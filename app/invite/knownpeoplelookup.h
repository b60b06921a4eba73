#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// What the portal already knows about an e-mail address.
enum class KnownPersonState {
    Unknown,   // no user with this address
    Employee,  // an active user who has joined
    Invited,   // invited, has not joined yet (spec §7.1)
    Dismissed, // a deactivated user: the portal refuses to reuse the address
};

struct KnownPerson {
    KnownPersonState state = KnownPersonState::Unknown;
    qint64 userId = 0;
    QString displayName;
};

// The classifier's view of the directory: a batch lookup by comparison key
// (EmailAddress::comparisonKey). The directory's SQLite cache implements it with one query per batch;
// InMemoryKnownPeople is the hash-backed implementation for tools, tests and benchmarks.
class KnownPeopleLookup {
public:
    virtual ~KnownPeopleLookup() = default;

    // Only known addresses are in the answer; a missing key means KnownPersonState::Unknown.
    virtual QHash<QString, KnownPerson> peopleFor(const QStringList &comparisonKeys) const = 0;
};
