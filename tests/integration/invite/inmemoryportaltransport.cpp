#include "inmemoryportaltransport.h"

#include "invite/emailaddress.h"

#include <QObject>
#include <QTimer>

namespace {

InvitationFailure requestFailure(InMemoryPortalTransport::Fault fault) {
    switch (fault) {
    case InMemoryPortalTransport::Fault::Offline:
        return {InvitationFailureKind::Network, QStringLiteral("ConnectionRefused"),
                QStringLiteral("Connection refused")};
    case InMemoryPortalTransport::Fault::RateLimited:
        return InvitationFailure::fromPortalError(QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                                  QStringLiteral("Too many requests"));
    case InMemoryPortalTransport::Fault::LostAnswer:
        return {InvitationFailureKind::Network, QStringLiteral("Timeout"),
                QStringLiteral("Operation timed out")};
    case InMemoryPortalTransport::Fault::AccessDenied:
        return InvitationFailure::fromPortalError(QStringLiteral("ERROR_CORE"),
                                                  QStringLiteral("access_denied"));
    case InMemoryPortalTransport::Fault::None:
        break;
    }
    return {};
}

} // namespace

void InMemoryPortalTransport::addUser(const QString &email, qint64 id) {
    m_users.insert(EmailAddress::comparisonKey(email), id);
}

void InMemoryPortalTransport::setBatchFault(Fault fault, int count) {
    m_batchFault = fault;
    m_batchFaultCount = count;
}

InMemoryPortalTransport::Fault InMemoryPortalTransport::takeBatchFault() {
    const Fault f = m_batchFault;
    if (f != Fault::None && m_batchFaultCount > 0 && --m_batchFaultCount == 0)
        m_batchFault = Fault::None;
    return f;
}

int InMemoryPortalTransport::userAddExecutions(const QString &email) const {
    return m_executions.value(EmailAddress::comparisonKey(email));
}

int InMemoryPortalTransport::usersCreated(const QString &email) const {
    return m_created.value(EmailAddress::comparisonKey(email));
}

qint64 InMemoryPortalTransport::userId(const QString &email) const {
    return m_users.value(EmailAddress::comparisonKey(email));
}

template<typename Answer>
void InMemoryPortalTransport::deliver(QObject *context, std::function<void(const Answer &)> done,
                                      const Answer &answer) {
    // The context's lifetime bounds the callback, as with the real client's replies.
    QTimer::singleShot(m_delayMs, context, [done = std::move(done), answer] { done(answer); });
}

void InMemoryPortalTransport::inviteUsers(const QList<InviteCall> &calls, QObject *context,
                                          std::function<void(const UserAddBatchAnswer &)> done) {
    ++m_batchRequests;
    m_batchSizes << int(calls.size());
    UserAddBatchAnswer answer;
    const Fault fault = takeBatchFault();
    if (fault == Fault::Offline || fault == Fault::RateLimited || fault == Fault::AccessDenied) {
        answer.requestFailure = requestFailure(fault);
        answer.delivered = false;
        deliver(context, std::move(done), answer);
        return;
    }
    for (const InviteCall &call : calls) {
        const QString key = EmailAddress::comparisonKey(call.email);
        ++m_executions[key];
        m_messages.insert(key, call.messageText);
        m_phones.insert(key, call.phone);
        UserAddAnswer a;
        a.invitationId = call.invitationId;
        if (!EmailAddress::isValid(call.email)) {
            a.failure = InvitationFailure::fromPortalError(QStringLiteral("ERROR_ARGUMENT"),
                                                           QStringLiteral("wrong_email"));
        } else if (m_userLimit > 0 && m_users.size() >= m_userLimit) {
            a.failure = InvitationFailure::fromPortalError(QStringLiteral("ERROR_ARGUMENT"),
                                                           QStringLiteral("user_count_exceeded"));
        } else if (m_users.contains(key)) {
            a.failure = InvitationFailure::fromPortalError(
                QStringLiteral("ERROR_ARGUMENT"), QStringLiteral("A user with this email already exists"));
        } else {
            const qint64 id = m_nextId++;
            m_users.insert(key, id);
            ++m_created[key];
            if (m_unknown.contains(call.email.toLower()))
                a.failure = InvitationFailure::fromPortalError(QStringLiteral("ERROR_CORE"), QString());
            else
                a.userId = id;
        }
        if (!m_omit.contains(call.email.toLower()))
            answer.answers << a;
    }
    if (fault == Fault::LostAnswer) {
        UserAddBatchAnswer lost;
        lost.requestFailure = requestFailure(fault);
        lost.delivered = true;
        deliver(context, std::move(done), lost);
        return;
    }
    deliver(context, std::move(done), answer);
}

void InMemoryPortalTransport::findUsersByEmail(const QStringList &emails, QObject *context,
                                               std::function<void(const UserLookupAnswer &)> done) {
    ++m_lookupRequests;
    UserLookupAnswer answer;
    if (m_lookupFault != Fault::None) {
        answer.requestFailure = requestFailure(m_lookupFault);
    } else {
        for (const QString &email : emails) {
            const QString key = EmailAddress::comparisonKey(email);
            const auto it = m_users.constFind(key);
            if (it != m_users.cend())
                answer.userIds.insert(key, it.value());
        }
    }
    deliver(context, std::move(done), answer);
}
