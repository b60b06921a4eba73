#include "workspace/portalpeoplelookup.h"

#include "directory/directoryuser.h"
#include "invite/emailaddress.h"
#include "portal/batchbuilder.h"
#include "portal/portalbatchjob.h"
#include "portal/portalsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

KnownPersonState knownState(UserState state) {
    switch (state) {
    case UserState::Invited:
        return KnownPersonState::Invited;
    case UserState::Dismissed:
        return KnownPersonState::Dismissed;
    case UserState::Employee:
    case UserState::Extranet:
    case UserState::Unknown:
        break;
    }
    return KnownPersonState::Employee;
}

} // namespace

void PortalPeopleLookup::run(PortalSession *session, const QStringList &addresses, QObject *context,
                             Done done) {
    Q_ASSERT(addresses.size() <= MaxAddresses);
    BatchBuilder builder;
    for (const QString &address : addresses) {
        builder.add(u"user.get"_s, QJsonObject{{u"FILTER"_s, QJsonObject{{u"=EMAIL"_s, address}}},
                                               {u"ADMIN_MODE"_s, u"Y"_s}});
    }
    PortalBatchJob *job = session->batch(builder);
    QObject::connect(job, &PortalBatchJob::finished, context, [job, addresses, done] {
        if (const std::optional<PortalError> error = job->requestError()) {
            done(error, {});
            return;
        }
        QHash<QString, KnownPerson> people;
        QHash<QString, UserState> states;
        const QStringList ids = job->ids();
        for (qsizetype i = 0; i < ids.size() && i < addresses.size(); ++i) {
            const Result<PortalReply> result = job->result(ids.at(i));
            if (!result) {
                done(result.error(), {});
                return;
            }
            const QString key = EmailAddress::comparisonKey(addresses.at(i));
            for (const QJsonValue &value : result.value().result.toArray()) {
                const std::optional<DirectoryUser> user = DirectoryUser::fromJson(value.toObject());
                if (!user || EmailAddress::comparisonKey(user->email) != key)
                    continue;
                // One address, several users (a dismissed person invited again): the most relevant wins.
                if (states.contains(key) &&
                    UserStates::precedence(states.value(key)) >= UserStates::precedence(user->state))
                    continue;
                states.insert(key, user->state);
                people.insert(key, KnownPerson{knownState(user->state), user->id, user->displayName()});
            }
        }
        done(std::nullopt, people);
    });
}
