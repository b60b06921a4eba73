#pragma once

#include "portal/portalerror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class PortalSession;

// One invitation to send: the e-mail plus the other user.add parameters (UF_DEPARTMENT or
// EXTRANET/SONET_GROUP_ID, NAME, MESSAGE_TEXT, …). EMAIL in `fields` is overwritten by `email`.
struct UserAddRequest {
    QString email;
    QJsonObject fields;
};

// What became of one invitation.
struct UserAddOutcome {
    enum class State {
        Created,        // user.add succeeded (or a lost answer was confirmed by an e-mail lookup)
        AlreadyExisted, // the pre-check found a user with this e-mail; nothing was sent
        Failed,         // see error; DuplicateEmail when the portal refused a duplicate
    };
    QString email;
    State state = State::Failed;
    qint64 userId = 0;
    std::optional<PortalError> error;
};

// Sends user.add calls safely (spec §6.7, §8.9): user.add is not idempotent, so it is never
// repeated blindly. Addresses are looked up first (existing users are reported, not invited
// again); invitations go out in small batches (default 5, heavy calls, §5.3); when an answer is
// lost (timeout, dropped connection, 5xx, garbage), the addresses are looked up again and only
// those still unknown to the portal are sent once more. Limit rejections (503/429) are repeated
// by the session, since the portal did not run them. outcome() fires once per request.
class UserAddJob : public QObject {
    Q_OBJECT
public:
    UserAddJob(PortalSession *session, const QList<UserAddRequest> &requests);

    void setBatchSize(int size) { m_batchSize = qBound(1, size, 50); }
    void setPrecheck(bool on) { m_precheck = on; }
    void setMaxRounds(int rounds) { m_maxRounds = qMax(1, rounds); }

    bool isFinished() const { return m_finished; }
    const QList<UserAddOutcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void outcome(const UserAddOutcome &outcome);
    void finished();

private:
    void start();
    void lookup(const QList<UserAddRequest> &pending, bool afterLoss);
    void send(const QList<UserAddRequest> &pending);
    void report(UserAddOutcome result);
    void finishIfDone();

    QPointer<PortalSession> m_session;
    QList<UserAddRequest> m_requests;
    QList<UserAddOutcome> m_outcomes;
    QHash<QString, PortalError> m_lastLoss; // e-mail -> the error that lost the answer
    int m_batchSize = 5;
    int m_round = 0;
    int m_maxRounds = 2;
    bool m_precheck = true;
    bool m_finished = false;
};
