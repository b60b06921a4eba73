#include "portal/useraddjob.h"

#include "common/logging.h"
#include "portal/batchbuilder.h"
#include "portal/emaillookupjob.h"
#include "portal/portalbatchjob.h"
#include "portal/portalsession.h"

#include <QTimer>

using namespace Qt::StringLiterals;

UserAddJob *PortalSession::addUsers(const QList<UserAddRequest> &requests) {
    return new UserAddJob(this, requests);
}

UserAddJob::UserAddJob(PortalSession *session, const QList<UserAddRequest> &requests)
    : QObject(session)
    , m_session(session)
    , m_requests(requests) {
    QTimer::singleShot(0, this, &UserAddJob::start);
}

void UserAddJob::start() {
    if (m_requests.isEmpty())
        return finishIfDone();
    if (m_precheck)
        lookup(m_requests, false);
    else
        send(m_requests);
}

void UserAddJob::lookup(const QList<UserAddRequest> &pending, bool afterLoss) {
    if (!m_session)
        return;
    QStringList emails;
    for (const UserAddRequest &request : pending)
        emails.append(request.email);
    EmailLookupJob *job = m_session->findUsersByEmail(emails);
    connect(job, &EmailLookupJob::finished, this, [this, job, pending, afterLoss] {
        if (!job->ok()) {
            // Without knowing who exists, sending could invite twice: stop here for these.
            for (const UserAddRequest &request : pending) {
                PortalError error = job->error();
                if (afterLoss)
                    error = m_lastLoss.value(request.email.trimmed().toLower(), error);
                report({request.email, UserAddOutcome::State::Failed, 0, error});
            }
            return;
        }
        QList<UserAddRequest> toSend;
        for (const UserAddRequest &request : pending) {
            if (const qint64 id = job->userId(request.email)) {
                report({request.email,
                        afterLoss ? UserAddOutcome::State::Created : UserAddOutcome::State::AlreadyExisted,
                        id, std::nullopt});
            } else if (afterLoss && m_round >= m_maxRounds) {
                report({request.email, UserAddOutcome::State::Failed, 0,
                        m_lastLoss.value(request.email.trimmed().toLower())});
            } else {
                toSend.append(request);
            }
        }
        if (!toSend.isEmpty())
            send(toSend);
    });
}

void UserAddJob::send(const QList<UserAddRequest> &pending) {
    if (!m_session)
        return;
    ++m_round;
    BatchBuilder builder;
    builder.setMaxPerRequest(m_batchSize);
    for (const UserAddRequest &request : pending) {
        QJsonObject fields = request.fields;
        fields.insert(u"EMAIL"_s, request.email.trimmed());
        builder.add(u"user.add"_s, fields);
    }
    PortalBatchJob *job = m_session->batch(builder);
    connect(job, &PortalBatchJob::finished, this, [this, job, pending] {
        const QStringList ids = job->ids();
        QList<UserAddRequest> lost;
        for (int i = 0; i < ids.size(); ++i) {
            const Result<PortalReply> result = job->result(ids.at(i));
            const UserAddRequest &request = pending.at(i);
            if (result) {
                report({request.email, UserAddOutcome::State::Created,
                        PortalParse::idValue(result.value().result), std::nullopt});
            } else if (result.error().outcomeUnknown() ||
                       (result.error().kind() == PortalError::Kind::Canceled && job->requestError())) {
                // The request may have run: ask the portal before anything is sent again.
                m_lastLoss.insert(request.email.trimmed().toLower(), result.error());
                lost.append(request);
            } else {
                report({request.email, UserAddOutcome::State::Failed, 0, result.error()});
            }
        }
        if (!lost.isEmpty()) {
            qCInfo(lcPortal) << lost.size() << "user.add answers lost; checking by e-mail before resending";
            lookup(lost, true);
        }
    });
}

void UserAddJob::report(UserAddOutcome result) {
    m_outcomes.append(std::move(result));
    Q_EMIT outcome(m_outcomes.last());
    finishIfDone();
}

void UserAddJob::finishIfDone() {
    if (m_finished || m_outcomes.size() < m_requests.size())
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
