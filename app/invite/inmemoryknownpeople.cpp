#include "invite/inmemoryknownpeople.h"

#include "invite/emailaddress.h"

void InMemoryKnownPeople::add(const QString &email, const KnownPerson &person) {
    m_people.insert(EmailAddress::comparisonKey(email), person);
}

QHash<QString, KnownPerson> InMemoryKnownPeople::peopleFor(const QStringList &comparisonKeys) const {
    QHash<QString, KnownPerson> found;
    for (const QString &key : comparisonKeys) {
        const auto it = m_people.constFind(key);
        if (it != m_people.cend())
            found.insert(key, it.value());
    }
    return found;
}
