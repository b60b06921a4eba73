#include "inmemoryportaltransport.h"

#include "../../inviteresults.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// The sender's reads and commits run on its writer thread: while the outbox file is locked by someone
// else (another process, a long commit) the GUI thread keeps running its event loop and the sender
// waits for the file instead of failing; queuing through the sender writes what it reports.
class TestSenderWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lockedFileDoesNotHoldTheGuiThread();
    void enqueueWritesOnTheWriter();
    void enqueueReportsRefusals();
    void destroyedReceiverGetsNothing();
    void resumeDuringACommitIsNotLost();

private:
    QList<NewInvitation> invitations(int count, const QString &prefix = QStringLiteral("user"));

    const QString m_portal = QStringLiteral("acme.bitrix24.com");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InMemoryPortalTransport> m_transport;
    std::unique_ptr<OutboxDatabase> m_db;
    std::unique_ptr<InvitationOutbox> m_outbox;
    std::unique_ptr<InvitationSender> m_sender;
};

void TestSenderWriter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_transport = std::make_unique<InMemoryPortalTransport>();
    m_db = std::make_unique<OutboxDatabase>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(succeeded(m_db->open()));
    m_outbox = std::make_unique<InvitationOutbox>(*m_db);
    m_sender = std::make_unique<InvitationSender>(*m_outbox, *m_transport, m_portal);
}

void TestSenderWriter::cleanup() {
    m_sender.reset();
    m_outbox.reset();
    m_db.reset();
    m_transport.reset();
    m_dir.reset();
}

QList<NewInvitation> TestSenderWriter::invitations(int count, const QString &prefix) {
    QList<NewInvitation> list;
    for (int i = 0; i < count; ++i) {
        NewInvitation n;
        n.portal = m_portal;
        n.email = QStringLiteral("%1%2@example.com").arg(prefix).arg(i);
        n.departmentIds = {1};
        n.message = QStringLiteral("Hello %1").arg(i);
        list << n;
    }
    return list;
}

void TestSenderWriter::lockedFileDoesNotHoldTheGuiThread() {
    QVERIFY(m_outbox->enqueue(invitations(3)));
    // Another connection holds the write lock, as another process or a slow disk would.
    const QString lockName = QStringLiteral("test.locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        locker.setDatabaseName(m_db->path());
        QVERIFY(locker.open());
        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    QSignalSpy failed(m_sender.get(), &InvitationSender::storageFailed);
    m_sender->start();
    // Posted after the sender's first step: it runs only when the GUI thread is back in its event loop.
    bool waitedWithoutFailing = false;
    QTimer::singleShot(0, this, [&] {
        waitedWithoutFailing = failed.isEmpty() && m_transport->batchSizes().isEmpty() &&
                               m_sender->state() != InvitationSender::State::StorageFailed;
        QVERIFY(QSqlQuery(QSqlDatabase::database(lockName, false)).exec(QStringLiteral("COMMIT")));
    });
    QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 || failed.count() > 0, 20000);
    QSqlDatabase::removeDatabase(lockName);
    QVERIFY(waitedWithoutFailing);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_transport->userCount(), 3);
}

void TestSenderWriter::enqueueWritesOnTheWriter() {
    QList<QueuedInvitations> results;
    const auto keep = [&](const InviteResult<QueuedInvitations> &r) {
        QVERIFY(succeeded(r));
        results << r.value();
    };
    m_sender->enqueue(invitations(4), this, keep);
    m_sender->enqueue(invitations(2, QStringLiteral("other")), this, keep);
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.at(0).queuedIds.size(), 4);
    QCOMPARE(results.at(0).rows.size(), 4); // as stored, in order
    QCOMPARE(results.at(0).rows.constFirst().email, QStringLiteral("user0@example.com"));
    QCOMPARE(results.at(0).rows.constFirst().state, InvitationState::Queued);
    QCOMPARE(results.at(1).rows.constLast().email, QStringLiteral("other1@example.com"));
    QList<Invitation> stored;
    QVERIFY(takeResult(m_outbox->invitations(m_portal, InvitationState::Queued), &stored));
    QCOMPARE(stored.size(), 6);
    QCOMPARE(m_transport->userCount(), 0); // queuing does not send
}

void TestSenderWriter::enqueueReportsRefusals() {
    QList<NewInvitation> list = invitations(2);
    list << list.constFirst(); // pending already
    NewInvitation bad = list.constFirst();
    bad.email = QStringLiteral("not an address");
    list << bad;
    std::optional<InviteResult<QueuedInvitations>> result;
    m_sender->enqueue(list, this, [&](const InviteResult<QueuedInvitations> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(succeeded(*result));
    QCOMPARE(result->value().queuedIds.size(), 2);
    QCOMPARE(result->value().alreadyPending, QStringList{QStringLiteral("user0@example.com")});
    QCOMPARE(result->value().invalid, QStringList{QStringLiteral("not an address")});

    m_db->failAccess(1); // the disk refuses the next write: nothing is queued, and it says why
    std::optional<InviteResult<QueuedInvitations>> refused;
    m_sender->enqueue(invitations(2, QStringLiteral("later")), this,
                      [&](const InviteResult<QueuedInvitations> &r) { refused = r; });
    QTRY_VERIFY(refused.has_value());
    m_db->failAccess(0);
    QVERIFY(!*refused);
    QCOMPARE(refused->error().kind(), InviteError::Kind::StorageUnavailable);
    QVERIFY2(refused->error().logText().contains(QStringLiteral("injected storage fault")),
             qPrintable(refused->error().logText()));
    QList<Invitation> stored;
    QVERIFY(takeResult(m_outbox->invitations(m_portal, std::nullopt), &stored));
    QCOMPARE(stored.size(), 2);
}

void TestSenderWriter::destroyedReceiverGetsNothing() {
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    m_sender->enqueue(invitations(1), receiver.get(),
                      [&](const InviteResult<QueuedInvitations> &) { called = true; });
    receiver.reset();
    // A second job behind the first: once it answers, the first one's answer has been delivered or dropped.
    bool second = false;
    m_sender->enqueue(invitations(1, QStringLiteral("b")), this,
                      [&](const InviteResult<QueuedInvitations> &) { second = true; });
    QTRY_VERIFY(second);
    QVERIFY(!called);
    QList<Invitation> stored;
    QVERIFY(takeResult(m_outbox->invitations(m_portal, std::nullopt), &stored));
    QCOMPARE(stored.size(), 2); // written all the same: the outbox does not depend on who asked
}

void TestSenderWriter::resumeDuringACommitIsNotLost() {
    // The portal moved: the first batch is refused (offline), and the user confirms the new address,
    // which resumes the sender while it is still busy with that batch (its outcome waits behind another
    // connection's write lock). The resume must not be lost: the sender reports the outage, then sends
    // everything.
    QVERIFY(m_outbox->enqueue(invitations(3)));
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::Offline, 1);
    const QString lockName = QStringLiteral("test.locker2");
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    QSignalSpy unreachable(m_sender.get(), &InvitationSender::portalUnreachable);
    // Taken once the batch is marked sending, before its request leaves.
    connect(m_sender.get(), &InvitationSender::stateChanged, this, [&](InvitationSender::State state) {
        if (state != InvitationSender::State::Sending || QSqlDatabase::contains(lockName))
            return;
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
        locker.setDatabaseName(m_db->path());
        QVERIFY(locker.open());
        QVERIFY(QSqlQuery(locker).exec(QStringLiteral("BEGIN IMMEDIATE")));
    });
    m_sender->start();
    QTRY_VERIFY(QSqlDatabase::contains(lockName));
    m_sender->resume(); // busy: the request is out or its outcome is waiting for the file
    QVERIFY(QSqlQuery(QSqlDatabase::database(lockName, false)).exec(QStringLiteral("COMMIT")));
    QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0, 20000);
    QSqlDatabase::removeDatabase(lockName);
    QCOMPARE(unreachable.count(), 1);
    QCOMPARE(m_transport->userCount(), 3);
}

QTEST_GUILESS_MAIN(TestSenderWriter)
#include "tst_senderwriter.moc"
