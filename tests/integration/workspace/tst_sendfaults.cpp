// The outbox sending through the real portal client to an in-process sandbox portal (on its own
// thread, as in training mode) while the sandbox breaks requests in every way it knows: an nginx 500
// page, a dropped connection, a malformed or truncated body, a stalled answer, 503 rate limit and 429
// operating limit, each with and without the call having run. Whatever happens, each address is
// created exactly once (the sandbox counts successful user.add) and every row ends up sent.
// Workspace-less wiring: OutboxDatabase + InvitationOutbox + InvitationSender +
// PortalInvitationTransport + PortalSession.
#include "../../inviteresults.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"
#include "portal/portalcall.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"
#include "workspace/portalinvitationtransport.h"
#include "workspace/trainingportal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Portal = u"sandbox.invitedesk.test"_s;
constexpr int Count = 200;

} // namespace

class TestSendFaults : public QObject {
    Q_OBJECT

    // A control call to the sandbox (never rate-limited, never journaled).
    QJsonObject control(const QByteArray &verb, const QString &path, const QJsonObject &body = {}) {
        QUrl url = m_portal->baseUrl();
        url.setPath(u"/sandbox/"_s + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader),
                             m_portal->controlToken().toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            qFatal("sandbox control call timed out");
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200)
            qWarning() << "sandbox control" << verb << path << "answered" << status << answer;
        return answer;
    }

    int successfulUserAdds() { return control("GET", u"counters"_s).value(u"userAdds"_s).toInt(-1); }

    QList<NewInvitation> invitations(const QString &prefix, int count) {
        QList<NewInvitation> list;
        for (int i = 0; i < count; ++i) {
            NewInvitation n;
            n.portal = Portal;
            n.email = u"%1.%2@faults.example.com"_s.arg(prefix).arg(i);
            n.firstName = u"Fault%1"_s.arg(i);
            n.departmentIds = {1};
            n.message = u"Hello %1"_s.arg(i);
            n.tab = u"email"_s;
            list << n;
        }
        return list;
    }

    // Everything a send needs, on a fresh outbox file.
    struct Wiring {
        std::unique_ptr<OutboxDatabase> db;
        std::unique_ptr<InvitationOutbox> outbox;
        std::unique_ptr<PortalSession> session;
        std::unique_ptr<PortalInvitationTransport> transport;
        std::unique_ptr<InvitationSender> sender;
    };

    bool wire(Wiring &w, const QString &file) {
        w.db = std::make_unique<OutboxDatabase>(m_dir.filePath(file));
        if (!w.db->open())
            return false;
        w.outbox = std::make_unique<InvitationOutbox>(*w.db);
        auto credentials = PortalCredentials::fromWebhookUrl(m_portal->adminWebhookUrl().toString());
        if (!credentials)
            return false;
        w.session = std::make_unique<PortalSession>(credentials.value());
        w.session->setThrottle(ThrottleLimits::unlimited());
        w.session->setTransferTimeout(1500); // a stalled answer counts as lost after 1.5 s
        RetryPolicy policy;
        policy.maxReadRetries = 6; // look-ups are reads: "each in turn" breaks several in a row
        policy.baseDelayMs = 50;
        policy.maxDelayMs = 400;
        policy.operatingFallbackSeconds = 1; // the injected 429 carries no operating_reset_at
        w.session->setRetryPolicy(policy);
        w.transport = std::make_unique<PortalInvitationTransport>(w.session.get());
        w.sender = std::make_unique<InvitationSender>(*w.outbox, *w.transport, Portal);
        w.sender->setRateLimitDelay(std::chrono::milliseconds(100));
        return true;
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<TrainingPortal> m_portal;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.users = 40;
        options.rateLimit = false; // the rate limit is injected (ratelimit fault); no waiting
        m_portal = std::make_unique<TrainingPortal>();
        QString error;
        QVERIFY2(m_portal->start(options, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_portal.reset(); }

    void init() { control("DELETE", u"faults"_s); }

    void everyFaultKind_data() {
        QTest::addColumn<QJsonArray>("faults");
        auto fault = [](const QString &kind, int count = 1, bool before = false) {
            QJsonObject f{{u"kind"_s, kind}, {u"count"_s, count}};
            if (before)
                f.insert(u"before"_s, true);
            return f;
        };
        // The first request of a send is its first user.add batch; further faults hit the requests
        // that follow (look-ups included), in order.
        QTest::newRow("http500") << QJsonArray{fault(u"http500"_s)};
        QTest::newRow("drop") << QJsonArray{fault(u"drop"_s)};
        QTest::newRow("drop before") << QJsonArray{fault(u"drop"_s, 1, true)};
        QTest::newRow("malformed") << QJsonArray{fault(u"malformed"_s)};
        QTest::newRow("malformed before") << QJsonArray{fault(u"malformed"_s, 1, true)};
        QTest::newRow("truncate") << QJsonArray{fault(u"truncate"_s)};
        QTest::newRow("truncate before") << QJsonArray{fault(u"truncate"_s, 1, true)};
        QTest::newRow("stall") << QJsonArray{fault(u"stall"_s)};
        QTest::newRow("stall before") << QJsonArray{fault(u"stall"_s, 1, true)};
        QTest::newRow("ratelimit 503") << QJsonArray{fault(u"ratelimit"_s, 3)};
        QTest::newRow("operating 429") << QJsonArray{fault(u"operating"_s)};
        QTest::newRow("each in turn") << QJsonArray{
            fault(u"http500"_s),  fault(u"drop"_s),      fault(u"ratelimit"_s), fault(u"malformed"_s),
            fault(u"truncate"_s), fault(u"operating"_s), fault(u"stall"_s),     fault(u"drop"_s, 1, true)};
    }

    void everyFaultKind() {
        QFETCH(QJsonArray, faults);
        const QString prefix = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        Wiring w;
        QVERIFY(wire(w, prefix + u".outbox"_s));
        EnqueueReport report;
        QVERIFY(takeResult(w.outbox->enqueue(invitations(prefix, Count)), &report));
        QCOMPARE(report.queuedIds.size(), Count);

        const int addsBefore = successfulUserAdds();
        QVERIFY(addsBefore >= 0);
        for (const QJsonValue &f : faults)
            control("POST", u"faults"_s, f.toObject());
        QCOMPARE(control("GET", u"faults"_s).value(u"faults"_s).toArray().size(), faults.size());

        QSignalSpy drained(w.sender.get(), &InvitationSender::drained);
        QSignalSpy unreachable(w.sender.get(), &InvitationSender::portalUnreachable);
        QSignalSpy blocked(w.sender.get(), &InvitationSender::blocked);
        w.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 || unreachable.count() > 0 || blocked.count() > 0,
                                 20000);
        QCOMPARE(blocked.count(), 0);
        QCOMPARE(unreachable.count(), 0);
        QCOMPARE(control("GET", u"faults"_s).value(u"faults"_s).toArray().size(), 0); // all were hit

        // Exactly one successful user.add per address: nothing re-sent blindly.
        QCOMPARE(successfulUserAdds() - addsBefore, Count);
        QHash<InvitationState, int> counts;
        QVERIFY(takeResult(w.outbox->countByState(Portal), &counts));
        QCOMPARE(counts.value(InvitationState::Sent), Count);
        QList<Invitation> rows;
        QVERIFY(takeResult(w.outbox->invitations(Portal, std::nullopt), &rows));
        QSet<qint64> userIds;
        for (const Invitation &row : rows) {
            QVERIFY(row.userId > 0);
            userIds.insert(row.userId);
        }
        QCOMPARE(userIds.size(), Count); // distinct people
    }

    // A fault that does not go away: the sender stops with a reason, nothing is decided without the
    // portal's word, and after the portal recovers a resume finishes the job, still once per address.
    void persistentFaultWaitsForThePortal() {
        Wiring w;
        QVERIFY(wire(w, u"persistent.outbox"_s));
        QVERIFY(w.outbox->enqueue(invitations(u"persistent"_s, Count)));
        const int addsBefore = successfulUserAdds();
        control("POST", u"faults"_s, QJsonObject{{u"kind"_s, u"http500"_s}, {u"share"_s, 1}});

        QSignalSpy unreachable(w.sender.get(), &InvitationSender::portalUnreachable);
        w.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(unreachable.count() > 0, 20000);
        QCOMPARE(w.sender->state(), InvitationSender::State::WaitingForPortal);
        QVERIFY(!unreachable.first().first().value<InviteError>().userMessage().isEmpty()); // the reason, in
                                                                                            // words
        QCOMPARE(successfulUserAdds() - addsBefore, 0); // a 500 page never ran the calls
        QHash<InvitationState, int> counts;
        QVERIFY(takeResult(w.outbox->countByState(Portal), &counts));
        QCOMPARE(counts.value(InvitationState::Sent) + counts.value(InvitationState::Failed), 0);
        QCOMPARE(counts.value(InvitationState::Queued) + counts.value(InvitationState::Sending), Count);
        QCOMPARE(w.sender->currentBatchSize(), 25); // the lost answer halved the batch

        control("DELETE", u"faults"_s);
        QSignalSpy drained(w.sender.get(), &InvitationSender::drained);
        w.sender->resume();
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0, 20000);
        QCOMPARE(successfulUserAdds() - addsBefore, Count);
        QVERIFY(takeResult(w.outbox->countByState(Portal), &counts));
        QCOMPARE(counts.value(InvitationState::Sent), Count);
    }

    // The Register tab's phone travels as PERSONAL_MOBILE (spec §6.7) and lands on the portal.
    void phoneReachesThePortalAsPersonalMobile() {
        InviteCall call;
        call.email = u"phone@example.com"_s;
        call.departmentIds = {1};
        call.phone = u"+49 170 1234567"_s;
        QCOMPARE(PortalInvitationTransport::userAddParams(call).value(u"PERSONAL_MOBILE"_s).toString(),
                 call.phone);
        call.phone.clear();
        QVERIFY(!PortalInvitationTransport::userAddParams(call).contains(u"PERSONAL_MOBILE"_s));

        Wiring w;
        QVERIFY(wire(w, u"phone.outbox"_s));
        QList<NewInvitation> list = invitations(u"phone"_s, 2);
        list[0].phone = u"+49 170 1234567"_s;
        list[0].tab = u"register"_s;
        QVERIFY(w.outbox->enqueue(list));
        QSignalSpy drained(w.sender.get(), &InvitationSender::drained);
        w.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0, 20000);
        QList<Invitation> rows;
        QVERIFY(takeResult(w.outbox->invitations(Portal, InvitationState::Sent), &rows));
        QCOMPARE(rows.size(), 2);

        const QStringList expected{u"+49 170 1234567"_s, QString()};
        for (int i = 0; i < 2; ++i) {
            PortalCall *get = w.session->call(
                u"user.get"_s, QJsonObject{{u"FILTER"_s, QJsonObject{{u"=EMAIL"_s, list.at(i).email}}},
                                           {u"ADMIN_MODE"_s, true}});
            std::optional<Result<PortalReply>> result;
            connect(get, &PortalCall::finished, this, [&result, get] { result = get->result(); });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QVERIFY(result->ok());
            const QJsonArray users = result->value().result.toArray();
            QCOMPARE(users.size(), 1);
            QCOMPARE(users.first().toObject().value(u"ID"_s).toVariant().toLongLong(), rows.at(i).userId);
            QCOMPARE(users.first().toObject().value(u"PERSONAL_MOBILE"_s).toString(), expected.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestSendFaults)
#include "tst_sendfaults.moc"
