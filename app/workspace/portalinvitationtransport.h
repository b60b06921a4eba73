#pragma once

#include "invite/invitationtransport.h"

#include <QJsonObject>

#include <functional>

class PortalSession;

// The outbox sender's way to the portal: user.add calls packed into one `batch` request through the
// session's throttle, and e-mail look-ups through user.get FILTER[=EMAIL]. Never repeats a user.add:
// a lost answer is reported as `delivered` so the sender looks the addresses up first.
class PortalInvitationTransport : public InvitationTransport {
public:
    // Asked on every call for the session to use: credentials switched on the same portal replace
    // the session, and the sender must go on through the new one, never the dead one.
    // Null: no session (signed out), the call fails as `no_session`.
    using SessionSource = std::function<PortalSession *()>;
    explicit PortalInvitationTransport(SessionSource session);
    // Bound to one session for its whole life (tests, benchmarks); no session once it is deleted.
    explicit PortalInvitationTransport(PortalSession *session);

    void inviteUsers(const QList<InviteCall> &calls, QObject *context,
                     std::function<void(const UserAddBatchAnswer &)> done) override;
    void findUsersByEmail(const QStringList &emails, QObject *context,
                          std::function<void(const UserLookupAnswer &)> done) override;
    int maxBatchSize() const override { return 50; }

    // The user.add parameters of one call (spec §6.7), exposed for tests.
    static QJsonObject userAddParams(const InviteCall &call);

private:
    PortalSession *session() const;

    SessionSource m_session;
};
