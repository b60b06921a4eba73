#pragma once

#include "invite/invitationfailure.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

// One user.add call (spec §6.7): the fields the portal takes for an invitation.
struct InviteCall {
    qint64 invitationId = 0; // the outbox row; echoed in the answer
    QString email;           // EmailCheck::forSending
    QString firstName;
    QString middleName;
    QString lastName;
    QString position;
    QList<int> departmentIds; // UF_DEPARTMENT (employees)
    bool extranet = false;    // EXTRANET=Y with SONET_GROUP_ID
    QList<int> groupIds;
    QString messageText; // MESSAGE_TEXT, already filled for this recipient
    QString phone;       // PERSONAL_MOBILE, optional
};

// The portal's answer to one call of a batch: a new user ID or a failure.
struct UserAddAnswer {
    qint64 invitationId = 0;
    qint64 userId = 0;
    InvitationFailure failure;
};

// The answer to a whole batch. When the request as a whole failed, `requestFailure` is set and the
// per-call answers are empty. `delivered` tells whether the calls may have run on the portal:
// false for "could not connect" or "rejected before running" (rate limit), true for a timeout or a
// dropped connection after the request was sent; then the outcome must be looked up (spec §8.9).
struct UserAddBatchAnswer {
    InvitationFailure requestFailure;
    bool delivered = false;
    QList<UserAddAnswer> answers; // may miss calls whose result the portal did not report
};

// The answer to a lookup by e-mail: which addresses exist on the portal, with their user IDs.
struct UserLookupAnswer {
    InvitationFailure requestFailure;
    QHash<QString, qint64> userIds; // key: EmailAddress::comparisonKey of the looked-up address
};

// What InvitationSender needs from the portal. The portal client (app/portal) adapts its batch and
// throttle to this interface; tests use an in-process stand-in. Each operation completes exactly once
// by calling `done` in the thread of `context`, and never if `context` was destroyed first.
class InvitationTransport {
public:
    virtual ~InvitationTransport() = default;

    // Up to maxBatchSize() user.add calls as one `batch` request (halt = false).
    virtual void inviteUsers(const QList<InviteCall> &calls, QObject *context,
                             std::function<void(const UserAddBatchAnswer &)> done) = 0;

    // user.get FILTER[=EMAIL] for each address (batched by the implementation).
    virtual void findUsersByEmail(const QStringList &emails, QObject *context,
                                  std::function<void(const UserLookupAnswer &)> done) = 0;

    virtual int maxBatchSize() const { return 50; }
};
