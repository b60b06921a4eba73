#pragma once

// The invite widgets against the real portal client: an in-process sandbox portal on its own thread
// (as in training mode), a PortalSession with PortalInvitationTransport and a sender over real files
// (outbox with drafts, templates and audit log; the fixture's directory copy; a settings file).

#include "invitefixture.h"

#include "../../inviteresults.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"
#include "workspace/portalinvitationtransport.h"
#include "workspace/trainingportal.h"

#include <QTcpServer>

namespace InviteFixture {

class SandboxEnvironment {
public:
    // `unreachable`: the session points at a loopback port where nothing listens (the portal is gone).
    explicit SandboxEnvironment(bool unreachable = false,
                                ThrottleLimits throttle = ThrottleLimits::unlimited()) {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.users = 40;
        options.rateLimit = false;
        QString error;
        QVERIFY2(m_portal.start(options, &error), qPrintable(error));
        QUrl webhook = m_portal.adminWebhookUrl();
        if (unreachable) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            webhook.setPort(closed.serverPort());
        }
        m_session =
            std::make_unique<PortalSession>(PortalCredentials::fromWebhookUrl(webhook.toString()).value());
        m_session->setThrottle(throttle);
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        m_session->setRetryPolicy(policy);
        m_transport = std::make_unique<PortalInvitationTransport>(m_session.get());
        m_db = std::make_unique<OutboxDatabase>(m_dir.filePath(u"outbox.sqlite"_s));
        QVERIFY(succeeded(m_db->open()));
        m_outbox = std::make_unique<InvitationOutbox>(*m_db);
        m_drafts = std::make_unique<InvitationDrafts>(*m_db);
        m_templates = std::make_unique<TemplateLibrary>(*m_db);
        m_audit = std::make_unique<InvitationAuditLog>(*m_db);
        m_sender = std::make_unique<InvitationSender>(*m_outbox, *m_transport, portal);
        m_sender->setRateLimitDelay(std::chrono::milliseconds(20));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QVERIFY(buildDirectory(m_dir.filePath(u"directory.sqlite"_s)));
    }

    InviteDialogContext context() {
        InviteDialogContext c;
        c.outbox = m_outbox.get();
        c.sender = m_sender.get();
        c.drafts = m_drafts.get();
        c.templates = m_templates.get();
        c.auditLog = m_audit.get();
        c.directoryDatabasePath = m_dir.filePath(u"directory.sqlite"_s);
        c.settings = m_settings.get();
        c.portal = portal;
        c.portalName = u"Acme"_s;
        c.portalUrl = m_portal.baseUrl();
        c.inviterName = u"Olga Admin"_s;
        c.inviterEmail = u"olga@acme.example"_s;
        return c;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    InvitationOutbox &outbox() { return *m_outbox; }
    InvitationSender &sender() { return *m_sender; }
    QSettings &settings() { return *m_settings; }

    const QString portal = u"sandbox.invitedesk.test"_s;

private:
    QTemporaryDir m_dir;
    TrainingPortal m_portal;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<PortalInvitationTransport> m_transport;
    std::unique_ptr<OutboxDatabase> m_db;
    std::unique_ptr<InvitationOutbox> m_outbox;
    std::unique_ptr<InvitationDrafts> m_drafts;
    std::unique_ptr<TemplateLibrary> m_templates;
    std::unique_ptr<InvitationAuditLog> m_audit;
    std::unique_ptr<InvitationSender> m_sender;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace InviteFixture
