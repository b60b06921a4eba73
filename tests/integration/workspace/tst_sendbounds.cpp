// Sending against a hostile or broken portal, through the real outbox file, the real
// sender, the real portal client and real HTTP on loopback:
// - a portal that loses every user.add answer and then lists nobody: each invitation is sent at most
//   InvitationSender::maxAttempts() times, then held for review with its history (was: re-sent in
//   98 batches over 75 s);
// - an expired or revoked sign-in says "sign in again" and never marks an invitation failed (was:
//   "Rights", failed).
#include "../portal/hostileserver.h"

#include "../../inviteresults.h"
#include "invite/invitationauditlog.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"
#include "workspace/portalinvitationtransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Portal = u"hostile.invitedesk.test"_s;

// Answers a `batch` whose commands are all user.get look-ups with "nobody found" for each.
QByteArray nobodyFound(const QByteArray &requestBody) {
    const QJsonObject commands = QJsonDocument::fromJson(requestBody).object().value(u"cmd"_s).toObject();
    QJsonObject results;
    for (auto it = commands.begin(); it != commands.end(); ++it)
        results.insert(it.key(), QJsonArray{});
    const QJsonObject envelope{{u"result"_s, QJsonObject{{u"result"_s, results},
                                                         {u"result_error"_s, QJsonArray{}},
                                                         {u"result_total"_s, QJsonArray{}}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSendBounds : public QObject {
    Q_OBJECT

    struct Wiring {
        std::unique_ptr<OutboxDatabase> db;
        std::unique_ptr<InvitationOutbox> outbox;
        std::unique_ptr<PortalSession> session;
        std::unique_ptr<PortalInvitationTransport> transport;
        std::unique_ptr<InvitationSender> sender;
    };

    bool wire(Wiring &w, const QString &file, const QUrl &webhookUrl) {
        w.db = std::make_unique<OutboxDatabase>(m_dir.filePath(file));
        if (!w.db->open())
            return false;
        w.outbox = std::make_unique<InvitationOutbox>(*w.db);
        auto credentials = PortalCredentials::fromWebhookUrl(webhookUrl.toString());
        if (!credentials)
            return false;
        w.session = std::make_unique<PortalSession>(credentials.value());
        w.session->setThrottle(ThrottleLimits::unlimited());
        RetryPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 50;
        w.session->setRetryPolicy(policy);
        w.transport = std::make_unique<PortalInvitationTransport>(w.session.get());
        w.sender = std::make_unique<InvitationSender>(*w.outbox, *w.transport, Portal);
        return true;
    }

    static QList<NewInvitation> invitations(const QString &prefix, int count) {
        QList<NewInvitation> list;
        for (int i = 0; i < count; ++i) {
            NewInvitation n;
            n.portal = Portal;
            n.email = u"%1.%2@bounds.example.com"_s.arg(prefix).arg(i);
            n.firstName = u"Bound%1"_s.arg(i);
            n.departmentIds = {1};
            n.tab = u"email"_s;
            list << n;
        }
        return list;
    }

    static QUrl webhookAt(const HostileServer &server) {
        return QUrl(server.url().toString() + u"/rest/1/hostilesecret42/"_s);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lostAnswersEndInReview() {
        // Every user.add batch is read and then the connection is closed without an answer; every
        // look-up says nobody has these addresses.
        HostileServer portal;
        int userAddBatches = 0;
        portal.setHandler([&](const HostileServer::Request &request, QTcpSocket *socket) {
            if (request.body.contains("user.add")) {
                ++userAddBatches;
                socket->abort();
                return;
            }
            socket->write(HostileServer::response(200, nobodyFound(request.body)));
        });
        Wiring w;
        QVERIFY(wire(w, u"lost.outbox"_s, webhookAt(portal)));
        w.sender->setMaxAttempts(3);
        QVERIFY(w.outbox->enqueue(invitations(u"lost"_s, 3)));

        QSignalSpy drained(w.sender.get(), &InvitationSender::drained);
        w.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0, 30000);

        QCOMPARE(userAddBatches, 3); // the three people went out three times, then stopped
        QList<Invitation> rows;
        QVERIFY(takeResult(w.outbox->invitations(Portal, std::nullopt), &rows));
        QCOMPARE(rows.size(), 3);
        for (const Invitation &row : rows) {
            QCOMPARE(invitationStateToken(row.state), u"needs_review"_s);
            QCOMPARE(row.attempts, 3);
            QVERIFY2(row.note.contains(u"3 time"_s), qPrintable(row.note));
            QVERIFY(!row.failure.isFailure()); // the portal refused nothing
        }
        // The history: each attempt's outcome and the hold are in the audit log.
        InvitationAuditLog audit(*w.db);
        QList<AuditEntry> entries;
        QVERIFY(takeResult(audit.entries(Portal), &entries));
        int requeued = 0, held = 0;
        for (const AuditEntry &e : entries) {
            if (e.invitationId != rows.first().id)
                continue;
            requeued += e.event == u"queued"_s && !e.answer.isEmpty() ? 1 : 0;
            if (e.event == u"needs_review"_s) {
                ++held;
                QVERIFY2(e.answer.contains(u"3 attempt"_s), qPrintable(e.answer));
            }
        }
        QCOMPARE(requeued, 2);
        QCOMPARE(held, 1);

        // The user looks, decides to try again: the count starts afresh (three more attempts).
        QVERIFY(w.outbox->retry(rows.first().id));
        drained.clear();
        w.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0, 30000);
        QCOMPARE(userAddBatches, 6);
        QCOMPARE(invitationStateToken(w.outbox->invitation(rows.first().id)->state), u"needs_review"_s);
    }

    void expiredOrRevokedSignInKeepsInvitations_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("expired_token 401") << 401 << QByteArray("expired_token");
        QTest::newRow("invalid_token 401") << 401 << QByteArray("invalid_token");
        QTest::newRow("NO_AUTH_FOUND 401") << 401 << QByteArray("NO_AUTH_FOUND");
        QTest::newRow("INVALID_CREDENTIALS 401") << 401 << QByteArray("INVALID_CREDENTIALS");
        QTest::newRow("INVALID_CREDENTIALS 403") << 403 << QByteArray("INVALID_CREDENTIALS");
        QTest::newRow("authorization_error 401") << 401 << QByteArray("authorization_error");
    }

    void expiredOrRevokedSignInKeepsInvitations() {
        QFETCH(int, status);
        QFETCH(QByteArray, error);
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &, QTcpSocket *socket) {
            socket->write(HostileServer::response(
                status, "{\"error\":\"" + error +
                            "\",\"error_description\":\"The access token provided has expired\"}"));
        });
        Wiring w;
        QVERIFY(
            wire(w, QString::fromLatin1(error) + QString::number(status) + u".outbox"_s, webhookAt(portal)));
        QVERIFY(w.outbox->enqueue(invitations(u"signin"_s, 4)));
        QSignalSpy blocked(w.sender.get(), &InvitationSender::blocked);
        w.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(blocked.count(), 1, 20000);
        QCOMPARE(w.sender->state(), InvitationSender::State::Blocked);
        const QString message = blocked.first().first().value<InviteError>().userMessage();
        QVERIFY2(message.contains(u"Sign in again"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"Rights"_s), qPrintable(message));
        QList<Invitation> rows;
        QVERIFY(takeResult(w.outbox->invitations(Portal, std::nullopt), &rows));
        QCOMPARE(rows.size(), 4);
        for (const Invitation &row : rows) {
            QCOMPARE(invitationStateToken(row.state), u"queued"_s); // never failed for it
            QVERIFY(!row.failure.isFailure());
            QVERIFY(row.note.contains(u"Sign in again"_s));
        }
    }

    void revokedWebhookOnTheSandbox() {
        // The sandbox portal answers a webhook whose secret is no longer valid as the real one does.
        SandboxOptions options;
        options.rateLimit = false;
        SandboxPortal sandbox(options);
        QString startError;
        QVERIFY2(sandbox.start(&startError), qPrintable(startError));
        QUrl revoked = sandbox.adminWebhookUrl();
        revoked.setPath(u"/rest/1/revokedsecret0000/"_s);
        Wiring w;
        QVERIFY(wire(w, u"revoked.outbox"_s, revoked));
        QVERIFY(w.outbox->enqueue(invitations(u"revoked"_s, 2)));
        QSignalSpy blocked(w.sender.get(), &InvitationSender::blocked);
        w.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(blocked.count(), 1, 20000);
        QVERIFY(blocked.first().first().value<InviteError>().userMessage().contains(u"Sign in again"_s));
        QHash<InvitationState, int> counts;
        QVERIFY(takeResult(w.outbox->countByState(Portal), &counts));
        QCOMPARE(counts.value(InvitationState::Queued), 2);
        QCOMPARE(counts.value(InvitationState::Failed), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendBounds)
#include "tst_sendbounds.moc"
