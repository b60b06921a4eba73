#pragma once

#include "invite/invitationtransport.h"

#include <QHash>
#include <QList>
#include <QString>

// TEST STAND-IN, not a product transport: an in-process portal with its own user table that answers
// InvitationSender's user.add batches and e-mail lookups like the portal would (spec §6.7 errors),
// and can be told to fail at an exact moment of the sender's steps. The same flows run over HTTP
// against the sandbox portal through PortalInvitationTransport (tests/integration/workspace).
// Calls take effect on the user table when the request is made (the portal received it); the answer
// is delivered later through the event loop, and never if the context object is gone — which is what
// a crash between "portal did it" and "we recorded it" looks like.
class InMemoryPortalTransport final : public InvitationTransport {
public:
    enum class Fault {
        None,
        Offline,      // not delivered: connection refused
        RateLimited,  // not delivered: QUERY_LIMIT_EXCEEDED for the whole request
        LostAnswer,   // delivered and executed, then the connection dropped (timeout)
        AccessDenied, // the whole request refused: ERROR_CORE access_denied
    };

    InMemoryPortalTransport() = default;

    void addUser(const QString &email, qint64 id);
    void setAnswerDelayMs(int ms) { m_delayMs = ms; }
    void setUserLimit(int limit) { m_userLimit = limit; }
    void setMaxBatchSize(int n) { m_maxBatch = n; }
    // The next `count` batch requests fail with `fault` (0 = every request until changed).
    void setBatchFault(Fault fault, int count = 0);
    void setLookupFault(Fault fault) { m_lookupFault = fault; }
    // The batch answer leaves out the result of this address (the call did run).
    void omitAnswerFor(const QString &email) { m_omit << email.toLower(); }
    // This address answers ERROR_CORE with an empty description (the user is created anyway).
    void failUnknownFor(const QString &email) { m_unknown << email.toLower(); }

    // What the portal saw.
    int userAddExecutions(const QString &email) const; // calls that ran for this address
    int usersCreated(const QString &email) const;      // calls that created a user
    qint64 userId(const QString &email) const;
    int batchRequests() const { return m_batchRequests; }
    int lookupRequests() const { return m_lookupRequests; }
    QList<int> batchSizes() const { return m_batchSizes; }
    QHash<QString, QString> messages() const { return m_messages; } // last MESSAGE_TEXT per address
    QHash<QString, QString> phones() const { return m_phones; }     // last PERSONAL_MOBILE per address
    int userCount() const { return int(m_users.size()); }

    void inviteUsers(const QList<InviteCall> &calls, QObject *context,
                     std::function<void(const UserAddBatchAnswer &)> done) override;
    void findUsersByEmail(const QStringList &emails, QObject *context,
                          std::function<void(const UserLookupAnswer &)> done) override;
    int maxBatchSize() const override { return m_maxBatch; }

private:
    Fault takeBatchFault();
    template<typename Answer>
    void deliver(QObject *context, std::function<void(const Answer &)> done, const Answer &answer);

    QHash<QString, qint64> m_users; // comparison key → id
    QHash<QString, int> m_executions;
    QHash<QString, int> m_created;
    QHash<QString, QString> m_messages;
    QHash<QString, QString> m_phones;
    QList<QString> m_omit;
    QList<QString> m_unknown;
    qint64 m_nextId = 1000;
    int m_delayMs = 0;
    int m_userLimit = 0;
    int m_maxBatch = 50;
    Fault m_batchFault = Fault::None;
    int m_batchFaultCount = 0;
    Fault m_lookupFault = Fault::None;
    int m_batchRequests = 0;
    int m_lookupRequests = 0;
    QList<int> m_batchSizes;
};
