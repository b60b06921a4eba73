#pragma once

#include "invite/knownpeoplelookup.h"

class DirectoryReader;

// KnownPeopleLookup over the directory copy (DirectoryReader::statesForEmails), so the dialog can
// classify recipients against the people already on the portal.
class InviteDirectoryLookup final : public KnownPeopleLookup {
public:
    explicit InviteDirectoryLookup(const DirectoryReader &reader)
        : m_reader(reader) {}

    QHash<QString, KnownPerson> peopleFor(const QStringList &comparisonKeys) const override;

private:
    const DirectoryReader &m_reader;
};
