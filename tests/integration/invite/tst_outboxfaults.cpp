#include "inmemoryportaltransport.h"

#include "../../inviteresults.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Storage fault injection in the manner of ownCloud's testdatabaseerror: run a whole send with the
// N-th outbox access failing, for every N until a run completes without reaching N; then "restart"
// (new database, outbox and sender on the same file) and finish. Each time: nothing lost (every
// invitation sent and recorded with its user id), nothing duplicated (one user.add per address that
// ran on the portal, one row per address in the outbox).
class TestOutboxFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failAtEveryAccess_data();
    void failAtEveryAccess();
};

namespace {

const QString Portal = QStringLiteral("acme.bitrix24.com");

QList<NewInvitation> invitations(int count) {
    QList<NewInvitation> list;
    for (int i = 0; i < count; ++i) {
        NewInvitation n;
        n.portal = Portal;
        n.email = QStringLiteral("person%1@example.com").arg(i);
        n.departmentIds = {1};
        n.message = QStringLiteral("Hello %1").arg(i);
        list << n;
    }
    return list;
}

struct Session {
    std::unique_ptr<OutboxDatabase> db;
    std::unique_ptr<InvitationOutbox> outbox;
    std::unique_ptr<InvitationSender> sender;

    bool open(const QString &path, InvitationTransport &transport, int batchSize) {
        db = std::make_unique<OutboxDatabase>(path);
        if (!db->open())
            return false;
        outbox = std::make_unique<InvitationOutbox>(*db);
        sender = std::make_unique<InvitationSender>(*outbox, transport, Portal);
        sender->setBatchSize(batchSize);
        sender->setRateLimitDelay(std::chrono::milliseconds(1));
        return true;
    }
    // Runs until the sender drains or stops on a storage failure.
    bool run() {
        QSignalSpy drained(sender.get(), &InvitationSender::drained);
        QSignalSpy failed(sender.get(), &InvitationSender::storageFailed);
        sender->start();
        return QTest::qWaitFor([&] { return drained.count() > 0 || failed.count() > 0; }, 10000) &&
               drained.count() > 0;
    }
};

} // namespace

void TestOutboxFaults::initTestCase() {
    // Hundreds of injected faults are expected here; their warnings would drown real ones.
    QLoggingCategory::setFilterRules(
        QStringLiteral("invitedesk.invite.info=false\ninvitedesk.invite.warning=false"));
}

void TestOutboxFaults::failAtEveryAccess_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("lostAnswer");
    QTest::newRow("12 in batches of 5") << 12 << 5 << false;
    QTest::newRow("5 one by one") << 5 << 1 << false;
    QTest::newRow("6 in batches of 4, first answer lost") << 6 << 4 << true;
}

void TestOutboxFaults::failAtEveryAccess() {
    QFETCH(int, count);
    QFETCH(int, batchSize);
    QFETCH(bool, lostAnswer);

    int n = 1;
    for (;; ++n) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        InMemoryPortalTransport portal;
        if (lostAnswer)
            portal.setBatchFault(InMemoryPortalTransport::Fault::LostAnswer, 1);

        bool reachedFault = false;
        bool enqueued = false;
        {
            Session s;
            QVERIFY(s.open(path, portal, batchSize));
            s.db->failAccess(n);
            enqueued = s.outbox->enqueue(invitations(count)).ok();
            if (enqueued)
                s.run();
            reachedFault = s.db->accessCount() >= n;
        } // the app "dies" here, whatever state it was in

        {
            Session s;
            QVERIFY(s.open(path, portal, batchSize));
            if (!enqueued) // the user presses Invite again (the draft kept the recipients)
                QVERIFY(s.outbox->enqueue(invitations(count)));
            QVERIFY2(s.run(),
                     qPrintable(QStringLiteral("fault at access %1: second run did not drain").arg(n)));

            QList<Invitation> all;
            QVERIFY(takeResult(s.outbox->invitations(Portal, std::nullopt), &all));
            QCOMPARE(all.size(), count); // nothing duplicated in the outbox
            for (const Invitation &inv : std::as_const(all)) {
                const QByteArray where =
                    QStringLiteral("fault at access %1, %2").arg(n).arg(inv.email).toUtf8();
                QVERIFY2(inv.state == InvitationState::Sent, where.constData());
                QVERIFY2(inv.userId == portal.userId(inv.email), where.constData());
                QVERIFY2(portal.userAddExecutions(inv.email) == 1, where.constData()); // sent exactly once
            }
            QCOMPARE(portal.userCount(), count);
        }
        if (!reachedFault)
            break; // this run never got to access n: every step has been failed once
    }
    qInfo("failed each of %d storage accesses in turn", n - 1);
    QVERIFY(n > 10);
}

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outboxfaults.moc"
