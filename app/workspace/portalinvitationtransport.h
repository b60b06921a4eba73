#pragma once

#include "invite/invitationtransport.h"

#include <QPointer>

class PortalSession;

// The outbox sender's way to the portal: user.add calls packed into one `batch` request through the
// session's throttle, and e-mail look-ups through user.get FILTER[=EMAIL]. Never repeats a user.add:
// a lost answer is reported as `delivered` so the sender looks the addresses up first.
class PortalInvitationTransport : public InvitationTransport {
public:
    explicit PortalInvitationTransport(PortalSession *session);

    void addUsers(const QList<InviteCall> &calls, QObject *context,
                  std::function<void(const UserAddBatchAnswer &)> done) override;
    void findUsersByEmail(const QStringList &emails, QObject *context,
                          std::function<void(const UserLookupAnswer &)> done) override;
    int maxBatchSize() const override { return 50; }

    // The user.add parameters of one call (spec §6.7), exposed for tests.
    static QJsonObject userAddParams(const InviteCall &call);

private:
    QPointer<PortalSession> m_session;
};
