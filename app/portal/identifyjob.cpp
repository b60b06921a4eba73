#include "portal/identifyjob.h"

#include "common/logging.h"
#include "portal/batchbuilder.h"
#include "portal/portalbatchjob.h"
#include "portal/portalcall.h"
#include "portal/portalsession.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

IdentifyJob *PortalSession::connectAndIdentify() {
    return new IdentifyJob(this);
}

const QStringList &PortalIdentity::requiredScopes() {
    static const QStringList scopes = {u"user"_s, u"department"_s};
    return scopes;
}

const QStringList &PortalIdentity::optionalScopes() {
    static const QStringList scopes = {u"sonet_group"_s};
    return scopes;
}

IdentifyJob::IdentifyJob(PortalSession *session)
    : QObject(session)
    , m_session(session) {
    BatchBuilder builder;
    builder.add(u"user.current"_s, {}, u"me"_s);
    builder.add(u"user.admin"_s, {}, u"admin"_s);
    builder.add(u"scope"_s, {}, u"scope"_s);
    PortalBatchJob *job = session->batch(builder);
    connect(job, &PortalBatchJob::finished, this, [this, job] { onIdentified(job); });
}

void IdentifyJob::onIdentified(PortalBatchJob *job) {
    const Result<PortalReply> me = job->result(u"me"_s);
    if (!me) {
        m_error = me.error();
        // A non-JSON answer from a host that is reachable: not a Bitrix24 portal.
        if (m_error.kind() == PortalError::Kind::MalformedResponse)
            m_error = PortalError(PortalError::Kind::NotFound, {}, {},
                                  m_error.httpStatus() ? m_error.httpStatus() : 200);
        finish();
        return;
    }
    PortalIdentity identity;
    const QJsonObject user = me.value().result.toObject();
    identity.userId = PortalParse::idValue(user.value("ID"_L1));
    identity.name = user.value("NAME"_L1).toString();
    identity.lastName = user.value("LAST_NAME"_L1).toString();
    identity.email = user.value("EMAIL"_L1).toString();
    const Result<PortalReply> admin = job->result(u"admin"_s);
    identity.isAdmin = admin && admin.value().result.toBool();
    const Result<PortalReply> scope = job->result(u"scope"_s);
    if (scope) {
        for (const QJsonValue &value : scope.value().result.toArray())
            identity.scopes.append(value.toString());
    }
    QStringList missingRequired;
    for (const QString &name : PortalIdentity::requiredScopes() + PortalIdentity::optionalScopes()) {
        // sonet_group is also granted under its alias "socialnetwork" (spec §6.10).
        const bool granted = identity.scopes.contains(name) ||
                             (name == u"sonet_group" && (identity.scopes.contains(u"socialnetwork"_s) ||
                                                         identity.scopes.contains(u"sonet"_s)));
        if (!granted) {
            identity.missingScopes.append(name);
            if (PortalIdentity::requiredScopes().contains(name))
                missingRequired.append(name);
        }
    }
    if (!scope)
        missingRequired.clear(); // cannot tell; the calls themselves will say
    if (!missingRequired.isEmpty()) {
        m_error = PortalError(PortalError::Kind::InsufficientScope, u"insufficient_scope"_s);
        m_error.setDetail(missingRequired.join(u", "_s));
        finish();
        return;
    }
    if (identity.missingScopes.contains(u"user"_s) && scope)
        identity.inviteRight = PortalIdentity::InviteRight::No;
    else
        identity.inviteRight =
            identity.isAdmin ? PortalIdentity::InviteRight::Yes : PortalIdentity::InviteRight::Maybe;
    qCInfo(lcPortal) << "connected to" << m_session->host() << "as user" << identity.userId
                     << "admin:" << identity.isAdmin << "missing scopes:" << identity.missingScopes;
    if (identity.inviteRight == PortalIdentity::InviteRight::Maybe && m_session) {
        probeInviteRight(identity);
        return;
    }
    m_identity = identity;
    finish();
}

void IdentifyJob::probeInviteRight(PortalIdentity identity) {
    // No EMAIL: a portal that grants the right stops at wrong_email, before registering anyone.
    PortalCall *call = m_session->call(u"user.add"_s, {});
    connect(call, &PortalCall::finished, this, [this, call, identity]() mutable {
        const Result<PortalReply> &answer = call->result();
        if (!answer) {
            const PortalError::Kind kind = answer.error().kind();
            if (kind == PortalError::Kind::AccessDenied)
                identity.inviteRight = PortalIdentity::InviteRight::EmployeesMayNot;
            else if (kind == PortalError::Kind::InvalidEmail)
                identity.inviteRight = PortalIdentity::InviteRight::Yes;
        }
        qCInfo(lcPortal) << "invite right of an employee:" << int(identity.inviteRight);
        m_identity = identity;
        finish();
    });
}

void IdentifyJob::finish() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
