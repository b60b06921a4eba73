#pragma once

#include "invite/knownpeoplelookup.h"

// KnownPeopleLookup over a QHash index: for small directories, tools, tests and benchmarks.
class InMemoryKnownPeople final : public KnownPeopleLookup {
public:
    void reserve(qsizetype count) { m_people.reserve(count); }
    // Takes any spelling of the address; it is normalised here.
    void add(const QString &email, const KnownPerson &person);
    void clear() { m_people.clear(); }
    qsizetype size() const { return m_people.size(); }

    QHash<QString, KnownPerson> peopleFor(const QStringList &comparisonKeys) const override;

private:
    QHash<QString, KnownPerson> m_people;
};
