#pragma once

#include "portal/portalreply.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class PortalBatchJob;
class PortalSession;

// Who the credential acts as, and what it may do (spec §6.1, §6.2, §6.11).
struct PortalIdentity {
    enum class InviteRight {
        Yes,   // an administrator, or an employee the portal lets invite ("Allow everyone to invite")
        Maybe, // an employee, and the rights probe could not tell (see IdentifyJob)
        No,    // the credential lacks the `user` scope
        EmployeesMayNot, // an employee, and the portal refuses: "Allow everyone to invite" is off
    };

    qint64 userId = 0;
    QString name;
    QString lastName;
    QString email;
    bool isAdmin = false;
    QStringList scopes;
    QStringList missingScopes; // of user, department, sonet_group
    InviteRight inviteRight = InviteRight::No;

    static const QStringList &requiredScopes(); // user, department
    static const QStringList &optionalScopes(); // sonet_group (extranet invitations)
};

// connectAndIdentify(): user.current + user.admin + scope in one `batch` request. Fails with
// InsufficientScope naming the missing required scopes; a missing optional scope is only listed.
// Unreachable hosts and non-portals fail with Network / NotFound and a message saying so.
// The "Allow everyone to invite" setting is not in REST: for an employee, a `user.add` without an
// e-mail probes it. The portal checks the invite right before the e-mail (spec §6.7, server
// sequence) and creates nobody: access_denied means the setting is off, wrong_email that the right
// is there; any other answer leaves the right at Maybe.
class IdentifyJob : public QObject {
    Q_OBJECT
public:
    explicit IdentifyJob(PortalSession *session);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_identity.has_value(); }
    const PortalIdentity &identity() const { return *m_identity; }
    const PortalError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onIdentified(PortalBatchJob *job);
    void probeInviteRight(PortalIdentity identity);
    void finish();

    QPointer<PortalSession> m_session;
    std::optional<PortalIdentity> m_identity;
    PortalError m_error;
    bool m_finished = false;
};
