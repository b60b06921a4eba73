#include "invite/invitedirectorylookup.h"

#include "directory/directoryreader.h"
#include "directory/searchtext.h"

QHash<QString, KnownPerson> InviteDirectoryLookup::peopleFor(const QStringList &comparisonKeys) const {
    QHash<QString, KnownPerson> people;
    if (!m_reader.isOpen() || comparisonKeys.isEmpty())
        return people;
    const QHash<QString, UserState> states = m_reader.statesForEmails(comparisonKeys);
    for (const QString &key : comparisonKeys) {
        const auto it = states.constFind(SearchText::normalizedEmail(key));
        if (it == states.cend())
            continue;
        KnownPerson person;
        switch (it.value()) {
        case UserState::Employee:
        case UserState::Extranet:
            person.state = KnownPersonState::Employee;
            break;
        case UserState::Invited:
            person.state = KnownPersonState::Invited;
            break;
        case UserState::Dismissed:
            person.state = KnownPersonState::Dismissed;
            break;
        case UserState::Unknown:
            continue;
        }
        people.insert(key, person);
    }
    return people;
}
