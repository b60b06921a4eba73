#include "workspace/portalinvitationtransport.h"

#include "invite/emailaddress.h"
#include "portal/batchbuilder.h"
#include "portal/emaillookupjob.h"
#include "portal/portalbatchjob.h"
#include "portal/portalsession.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

InvitationFailure failureOf(const PortalError &error) {
    using K = PortalError::Kind;
    InvitationFailure failure = InvitationFailure::fromPortalError(error.code(), error.description());
    if (failure.kind != InvitationFailureKind::Unknown && failure.kind != InvitationFailureKind::None)
        return failure;
    // Errors that are not about one invitation: decide by the portal client's classification.
    switch (error.kind()) {
    case K::Network:
    case K::Timeout:
    case K::Tls:
    case K::Server:
    case K::MalformedResponse:
    case K::Moved:             // nothing was sent to the new address; queued until the user confirms
    case K::ProtocolViolation: // an answer too large: looked up when it may have run
        failure.kind = InvitationFailureKind::Network;
        break;
    case K::RateLimited:
    case K::OperationLimit:
        failure.kind = InvitationFailureKind::RateLimited;
        break;
    case K::AuthExpired:
    case K::AuthInvalid:
        failure.kind = InvitationFailureKind::SignIn;
        break;
    case K::InsufficientScope:
    case K::AccessDenied:
        failure.kind = InvitationFailureKind::Rights;
        break;
    case K::DuplicateEmail:
        failure.kind = InvitationFailureKind::Duplicate;
        break;
    case K::InvalidEmail:
    case K::DepartmentRequired:
    case K::ExtranetGroupRequired:
        failure.kind = InvitationFailureKind::Invalid;
        break;
    case K::UserLimit:
        failure.kind = InvitationFailureKind::Limit;
        break;
    default:
        failure.kind = InvitationFailureKind::Unknown;
        break;
    }
    if (failure.code.isEmpty())
        failure.code = error.code().isEmpty() ? PortalError::kindName(error.kind()) : error.code();
    if (failure.description.isEmpty())
        failure.description = error.description().isEmpty() ? error.userMessage() : error.description();
    return failure;
}

QJsonArray intArray(const QList<int> &values) {
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

} // namespace

PortalInvitationTransport::PortalInvitationTransport(SessionSource session)
    : m_session(std::move(session)) {}

PortalInvitationTransport::PortalInvitationTransport(PortalSession *session)
    : m_session([fixed = QPointer<PortalSession>(session)] { return fixed.data(); }) {}

PortalSession *PortalInvitationTransport::session() const {
    return m_session ? m_session() : nullptr;
}

QJsonObject PortalInvitationTransport::userAddParams(const InviteCall &call) {
    QJsonObject params{{u"EMAIL"_s, call.email}};
    auto put = [&params](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            params.insert(key, value.trimmed());
    };
    put(u"NAME"_s, call.firstName);
    put(u"SECOND_NAME"_s, call.middleName);
    put(u"LAST_NAME"_s, call.lastName);
    put(u"WORK_POSITION"_s, call.position);
    put(u"PERSONAL_MOBILE"_s, call.phone);
    put(u"MESSAGE_TEXT"_s, call.messageText);
    if (call.extranet) {
        params.insert(u"EXTRANET"_s, u"Y"_s);
        params.insert(u"SONET_GROUP_ID"_s, intArray(call.groupIds));
    } else {
        params.insert(u"UF_DEPARTMENT"_s, intArray(call.departmentIds));
    }
    return params;
}

void PortalInvitationTransport::inviteUsers(const QList<InviteCall> &calls, QObject *context,
                                            std::function<void(const UserAddBatchAnswer &)> done) {
    PortalSession *session = this->session();
    if (!session) {
        UserAddBatchAnswer answer;
        answer.requestFailure.kind = InvitationFailureKind::Network;
        answer.requestFailure.code = u"no_session"_s;
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    BatchBuilder builder;
    builder.setHalt(false);
    QHash<QString, qint64> invitationOf;
    for (const InviteCall &call : calls)
        invitationOf.insert(builder.add(u"user.add"_s, userAddParams(call)), call.invitationId);

    PortalBatchJob *job = session->batch(builder);
    QObject::connect(job, &PortalBatchJob::finished, context, [job, done, invitationOf, ids = builder.ids()] {
        UserAddBatchAnswer answer;
        // At most 50 calls, so one `batch` request: when it failed as a whole no call answered.
        // Only a refusal before running (limits, auth, unreachable) is sure to have created nobody.
        if (const std::optional<PortalError> error = job->requestError()) {
            answer.requestFailure = failureOf(*error);
            answer.delivered = error->outcomeUnknown();
            done(answer);
            return;
        }
        for (const QString &id : ids) {
            const Result<PortalReply> r = job->result(id);
            UserAddAnswer one;
            one.invitationId = invitationOf.value(id);
            if (r.ok()) {
                one.userId = PortalParse::idValue(r.value().result);
                if (one.userId <= 0) {
                    one.failure.kind = InvitationFailureKind::Unknown;
                    one.failure.code = u"no_user_id"_s;
                }
            } else if (r.error().kind() == PortalError::Kind::Canceled || r.error().outcomeUnknown()) {
                continue; // no answer for this call: the sender looks it up
            } else {
                one.failure = failureOf(r.error());
            }
            answer.answers.append(one);
        }
        done(answer);
    });
}

void PortalInvitationTransport::findUsersByEmail(const QStringList &emails, QObject *context,
                                                 std::function<void(const UserLookupAnswer &)> done) {
    PortalSession *session = this->session();
    if (!session) {
        UserLookupAnswer answer;
        answer.requestFailure.kind = InvitationFailureKind::Network;
        answer.requestFailure.code = u"no_session"_s;
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    EmailLookupJob *job = session->findUsersByEmail(emails);
    QObject::connect(job, &EmailLookupJob::finished, context, [job, done, emails] {
        UserLookupAnswer answer;
        if (!job->ok()) {
            answer.requestFailure = failureOf(job->error());
        } else {
            for (const QString &email : emails) {
                if (const qint64 id = job->userId(email); id > 0)
                    answer.userIds.insert(EmailAddress::comparisonKey(email), id);
            }
        }
        job->deleteLater();
        done(answer);
    });
}
