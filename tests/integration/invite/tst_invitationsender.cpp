#include "inmemoryportaltransport.h"

#include "../../inviteresults.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// InvitationSender against a real outbox file and the in-process portal stand-in: batching, answers,
// error words, offline and rate limits, and crash safety (destroying everything mid-batch and
// reopening the file): every invitation ends up sent exactly once.
class TestInvitationSender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendsEachInvitationOnceInBatches();
    void batchSizeIsClamped();
    void portalErrorsBecomeUserWords();
    void portalErrorClassification_data();
    void portalErrorClassification();
    void offlineReturnsRowsToQueue();
    void rateLimitWaitsAndContinues();
    void accessDeniedBlocks();
    void lostAnswerIsLookedUp();
    void missingAnswerIsLookedUp();
    void crashAfterPortalReceivedBatch();
    void crashBeforeRequestLeft();
    void reconcileWaitsForPortal();
    void needsReviewRetryNeverSendsTwice();
    void lostAnswersHalveTheBatch();
    void batchGrowsBackToTheCeiling();
    void batchSizeFloorIsOne();
    void ceilingChangeKeepsTheShrunkSize();
    void phoneReachesTheCall();

private:
    void open();
    void close();
    void enqueue(int count, const QString &prefix = QStringLiteral("user"));
    void runToDrained();
    void verifyEachSentOnce(int expected);
    QList<Invitation> rows(std::optional<InvitationState> state = std::nullopt);

    const QString m_portal = QStringLiteral("acme.bitrix24.com");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InMemoryPortalTransport> m_transport;
    std::unique_ptr<OutboxDatabase> m_db;
    std::unique_ptr<InvitationOutbox> m_outbox;
    std::unique_ptr<InvitationSender> m_sender;
};

void TestInvitationSender::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_transport = std::make_unique<InMemoryPortalTransport>();
    open();
}

void TestInvitationSender::cleanup() {
    close();
    m_transport.reset();
    m_dir.reset();
}

void TestInvitationSender::open() {
    m_db = std::make_unique<OutboxDatabase>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(succeeded(m_db->open()));
    m_outbox = std::make_unique<InvitationOutbox>(*m_db);
    m_sender = std::make_unique<InvitationSender>(*m_outbox, *m_transport, m_portal);
    m_sender->setRateLimitDelay(std::chrono::milliseconds(5));
}

void TestInvitationSender::close() {
    m_sender.reset();
    m_outbox.reset();
    m_db.reset();
}

void TestInvitationSender::enqueue(int count, const QString &prefix) {
    QList<NewInvitation> list;
    for (int i = 0; i < count; ++i) {
        NewInvitation n;
        n.portal = m_portal;
        n.email = QStringLiteral("%1%2@example.com").arg(prefix).arg(i);
        n.firstName = QStringLiteral("Name%1").arg(i);
        n.departmentIds = {1};
        n.message = QStringLiteral("Hello Name%1").arg(i);
        n.tab = QStringLiteral("email");
        list << n;
    }
    QVERIFY(m_outbox->enqueue(list));
}

QList<Invitation> TestInvitationSender::rows(std::optional<InvitationState> state) {
    QList<Invitation> out;
    if (!takeResult(m_outbox->invitations(m_portal, state), &out))
        qFatal("outbox read failed");
    return out;
}

void TestInvitationSender::runToDrained() {
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 20000);
    QCOMPARE(m_sender->state(), InvitationSender::State::Idle);
}

void TestInvitationSender::verifyEachSentOnce(int expected) {
    const QList<Invitation> all = rows();
    QCOMPARE(all.size(), expected);
    for (const Invitation &inv : all) {
        QCOMPARE(inv.state, InvitationState::Sent);
        QCOMPARE(inv.userId, m_transport->userId(inv.email));
        QCOMPARE(m_transport->userAddExecutions(inv.email), 1); // never sent twice
    }
}

void TestInvitationSender::sendsEachInvitationOnceInBatches() {
    enqueue(120);
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    QCOMPARE(m_sender->batchSize(), InvitationSender::DefaultBatchSize);
    QCOMPARE(m_sender->currentBatchSize(), 50); // starts at the transport's maximum
    m_sender->start();
    m_sender->start(); // harmless while running
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(m_sender->state(), InvitationSender::State::Idle);
    QCOMPARE(m_transport->batchSizes(), QList<int>({50, 50, 20}));
    const QList<Invitation> all = rows();
    QCOMPARE(all.size(), 120);
    for (const Invitation &inv : all) {
        QCOMPARE(inv.state, InvitationState::Sent);
        QCOMPARE(inv.userId, m_transport->userId(inv.email));
        QCOMPARE(m_transport->userAddExecutions(inv.email), 1);
        QCOMPARE(m_transport->messages().value(inv.email), inv.message); // each with its own text
    }
}

void TestInvitationSender::batchSizeIsClamped() {
    m_sender->setBatchSize(500);
    QCOMPARE(m_sender->batchSize(), 50);
    m_sender->setBatchSize(0);
    QCOMPARE(m_sender->batchSize(), 1);
    QCOMPARE(m_sender->currentBatchSize(), 1);
    m_transport->setMaxBatchSize(5);
    m_sender->setBatchSize(10);
    QCOMPARE(m_sender->batchSize(), 5);
    QCOMPARE(m_sender->currentBatchSize(), 5);
    // A transport with a smaller maximum bounds the default ceiling.
    InvitationSender small(*m_outbox, *m_transport, m_portal);
    QCOMPARE(small.batchSize(), 5);
    QCOMPARE(small.currentBatchSize(), 5);
}

void TestInvitationSender::portalErrorsBecomeUserWords() {
    m_transport->addUser(QStringLiteral("user0@example.com"), 7); // exists already: duplicate
    m_transport->failUnknownFor(QStringLiteral("user1@example.com"));
    m_transport->setUserLimit(4); // 1 existing + user1 + user2 + user3 → user4 exceeds
    enqueue(5);
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    const QList<Invitation> all = rows();
    QCOMPARE(all.at(0).state, InvitationState::Failed);
    QCOMPARE(all.at(0).failure.kind, InvitationFailureKind::Duplicate);
    QVERIFY(all.at(0).failure.userText().startsWith(QStringLiteral("Duplicate")));
    QCOMPARE(all.at(1).state, InvitationState::NeedsReview);
    QCOMPARE(all.at(2).state, InvitationState::Sent);
    QCOMPARE(all.at(3).state, InvitationState::Sent);
    QCOMPARE(all.at(4).state, InvitationState::Failed);
    QCOMPARE(all.at(4).failure.kind, InvitationFailureKind::Limit);
    QVERIFY(all.at(4).failure.userText().startsWith(QStringLiteral("Limit")));
}

void TestInvitationSender::portalErrorClassification_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("kind");
    using K = InvitationFailureKind;
    QTest::newRow("wrong_email arg") << QStringLiteral("ERROR_ARGUMENT") << QStringLiteral("wrong_email")
                                     << int(K::Invalid);
    QTest::newRow("wrong_email core")
        << QStringLiteral("ERROR_CORE") << QStringLiteral("wrong_email") << int(K::Invalid);
    QTest::newRow("duplicate en") << QStringLiteral("ERROR_ARGUMENT")
                                  << QStringLiteral("A user with this email already exists")
                                  << int(K::Duplicate);
    QTest::newRow("duplicate html multi-line")
        << QStringLiteral("ERROR_CORE")
        << QStringLiteral("Login error<br>\nUser with this e-mail ALREADY EXISTS.") << int(K::Duplicate);
    QTest::newRow("rights") << QStringLiteral("ERROR_CORE") << QStringLiteral("access_denied")
                            << int(K::Rights);
    QTest::newRow("scope") << QStringLiteral("insufficient_scope") << QString() << int(K::Rights);
    // An expired or revoked sign-in is not a lack of rights.
    QTest::newRow("expired token") << QStringLiteral("expired_token")
                                   << QStringLiteral("The access token provided has expired")
                                   << int(K::SignIn);
    QTest::newRow("invalid token") << QStringLiteral("invalid_token") << QString() << int(K::SignIn);
    QTest::newRow("bad webhook") << QStringLiteral("INVALID_CREDENTIALS")
                                 << QStringLiteral("Invalid request credentials") << int(K::SignIn);
    QTest::newRow("no auth") << QStringLiteral("NO_AUTH_FOUND") << QStringLiteral("Wrong authorization data")
                             << int(K::SignIn);
    QTest::newRow("limit") << QStringLiteral("ERROR_ARGUMENT") << QStringLiteral("user_count_exceeded")
                           << int(K::Limit);
    QTest::newRow("no group") << QStringLiteral("ERROR_GROUPID") << QStringLiteral("Group code not specified")
                              << int(K::Invalid);
    QTest::newRow("no extranet field")
        << QStringLiteral("ERROR_ARGUMENT") << QStringLiteral("no_extranet_field") << int(K::Invalid);
    QTest::newRow("rate") << QStringLiteral("QUERY_LIMIT_EXCEEDED") << QStringLiteral("Too many requests")
                          << int(K::RateLimited);
    QTest::newRow("core empty") << QStringLiteral("ERROR_CORE") << QString() << int(K::Unknown);
}

void TestInvitationSender::portalErrorClassification() {
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(int, kind);
    const InvitationFailure f = InvitationFailure::fromPortalError(code, description);
    QCOMPARE(int(f.kind), kind);
    QVERIFY(!f.userText().isEmpty());
    QCOMPARE(InvitationFailure::kindFromToken(InvitationFailure::kindToken(f.kind)), f.kind);
}

void TestInvitationSender::offlineReturnsRowsToQueue() {
    enqueue(12);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::Offline);
    QSignalSpy unreachable(m_sender.get(), &InvitationSender::portalUnreachable);
    m_sender->start();
    QTRY_COMPARE(unreachable.count(), 1);
    QCOMPARE(m_sender->state(), InvitationSender::State::WaitingForPortal);
    const QList<Invitation> queued = rows(InvitationState::Queued);
    QCOMPARE(queued.size(), 12);
    QCOMPARE(queued.first().note, InvitationSender::offlineNote());
    QCOMPARE(queued.first().failure.kind, InvitationFailureKind::None); // not a failure
    QCOMPARE(m_transport->userCount(), 0);

    m_transport->setBatchFault(InMemoryPortalTransport::Fault::None);
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->resume(); // the user confirmed reconnecting
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(rows(InvitationState::Sent).size(), 12);
}

void TestInvitationSender::rateLimitWaitsAndContinues() {
    m_sender->setBatchSize(10);
    enqueue(15);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::RateLimited, 2);
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(rows(InvitationState::Sent).size(), 15);
    QCOMPARE(m_transport->batchRequests(), 4);
    // Refused before running is not a lost answer: the batch size stays.
    QCOMPARE(m_transport->batchSizes(), QList<int>({10, 10, 10, 5}));
    QCOMPARE(m_sender->currentBatchSize(), 10);
}

void TestInvitationSender::accessDeniedBlocks() {
    m_sender->setBatchSize(10);
    enqueue(15);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::AccessDenied);
    QSignalSpy blocked(m_sender.get(), &InvitationSender::blocked);
    m_sender->start();
    QTRY_COMPARE(blocked.count(), 1);
    QCOMPARE(m_sender->state(), InvitationSender::State::Blocked);
    QCOMPARE(m_transport->batchRequests(), 1);
    const QList<Invitation> failed = rows(InvitationState::Failed);
    QCOMPARE(failed.size(), 10);
    QCOMPARE(failed.first().failure.kind, InvitationFailureKind::Rights);
    QCOMPARE(rows(InvitationState::Queued).size(), 5);
}

void TestInvitationSender::lostAnswerIsLookedUp() {
    enqueue(8);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::LostAnswer, 1);
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(m_transport->lookupRequests(), 1);
    for (const Invitation &inv : rows()) {
        QCOMPARE(inv.state, InvitationState::Sent);
        QCOMPARE(inv.userId, m_transport->userId(inv.email));
        QCOMPARE(m_transport->userAddExecutions(inv.email), 1);
    }
}

void TestInvitationSender::missingAnswerIsLookedUp() {
    enqueue(3);
    m_transport->omitAnswerFor(QStringLiteral("user1@example.com"));
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(rows(InvitationState::Sent).size(), 3);
    QCOMPARE(m_transport->userAddExecutions(QStringLiteral("user1@example.com")), 1);
}

void TestInvitationSender::crashAfterPortalReceivedBatch() {
    m_sender->setBatchSize(10);
    enqueue(30);
    m_transport->setAnswerDelayMs(200);
    m_sender->start();
    QTRY_COMPARE(m_transport->batchRequests(), 1);
    // The portal ran the first batch; the app dies before its answer arrives.
    close();
    QCOMPARE(m_transport->userCount(), 10);

    m_transport->setAnswerDelayMs(0);
    open();
    QCOMPARE(rows(InvitationState::Sending).size(), 10); // the file remembers what was in flight
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    const QList<Invitation> all = rows();
    QCOMPARE(all.size(), 30);
    for (const Invitation &inv : all) {
        QCOMPARE(inv.state, InvitationState::Sent);
        QCOMPARE(inv.userId, m_transport->userId(inv.email));
        QCOMPARE(m_transport->userAddExecutions(inv.email), 1);
    }
    QCOMPARE(m_transport->lookupRequests(), 1);
}

void TestInvitationSender::crashBeforeRequestLeft() {
    enqueue(4);
    QList<Invitation> taken;
    QVERIFY(takeResult(m_outbox->takeForSending(m_portal, 4), &taken)); // marked sending, then the app died
    close();
    open();
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    for (const Invitation &inv : rows()) {
        QCOMPARE(inv.state, InvitationState::Sent);
        QCOMPARE(inv.attempts, 2);
        QCOMPARE(m_transport->userAddExecutions(inv.email), 1);
    }
}

void TestInvitationSender::reconcileWaitsForPortal() {
    enqueue(3);
    QList<Invitation> taken;
    QVERIFY(takeResult(m_outbox->takeForSending(m_portal, 3), &taken));
    m_transport->setLookupFault(InMemoryPortalTransport::Fault::Offline);
    QSignalSpy unreachable(m_sender.get(), &InvitationSender::portalUnreachable);
    m_sender->start();
    QTRY_COMPARE(unreachable.count(), 1);
    QCOMPARE(rows(InvitationState::Sending).size(), 3); // nothing decided without the portal
    QCOMPARE(m_transport->batchRequests(), 0);
    m_transport->setLookupFault(InMemoryPortalTransport::Fault::None);
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->resume();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(rows(InvitationState::Sent).size(), 3);
}

void TestInvitationSender::needsReviewRetryNeverSendsTwice() {
    enqueue(1);
    m_transport->failUnknownFor(QStringLiteral("user0@example.com"));
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    const Invitation inv = rows().first();
    QCOMPARE(inv.state, InvitationState::NeedsReview);
    QVERIFY(m_outbox->retry(inv.id));
    m_sender->start();
    QTRY_COMPARE(drained.count(), 2);
    const Invitation after = *m_outbox->invitation(inv.id);
    QCOMPARE(after.state, InvitationState::Sent); // the user had been created: found, not re-sent
    QCOMPARE(after.userId, m_transport->userId(inv.email));
    QCOMPARE(m_transport->userAddExecutions(inv.email), 1);
}

void TestInvitationSender::lostAnswersHalveTheBatch() {
    // Spec §5.3: a batch of 50 user.add can time out at the gateway. Two lost answers in a row halve
    // the batch twice; the lost rows are looked up (they ran), never re-sent; five clean batches
    // later the size grows by five.
    enqueue(200);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::LostAnswer, 2);
    runToDrained();
    QCOMPARE(m_transport->batchSizes(), QList<int>({50, 25, 12, 12, 12, 12, 12, 17, 17, 17, 14}));
    QCOMPARE(m_transport->lookupRequests(), 2);
    QCOMPARE(m_sender->batchSize(), 50); // the ceiling is unchanged
    QCOMPARE(m_sender->currentBatchSize(), 17);
    verifyEachSentOnce(200);
}

void TestInvitationSender::batchGrowsBackToTheCeiling() {
    m_sender->setBatchSize(20);
    enqueue(185);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::LostAnswer, 1);
    runToDrained();
    QList<int> expected{20};
    for (int i = 0; i < 5; ++i)
        expected << 10;
    for (int i = 0; i < 5; ++i)
        expected << 15;
    expected << 20 << 20; // back at the ceiling, and never above it
    QCOMPARE(m_transport->batchSizes(), expected);
    QCOMPARE(m_sender->currentBatchSize(), 20);
    QCOMPARE(m_transport->lookupRequests(), 1);
    verifyEachSentOnce(185);
}

void TestInvitationSender::batchSizeFloorIsOne() {
    m_sender->setBatchSize(8);
    enqueue(20);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::LostAnswer, 5);
    runToDrained();
    QCOMPARE(m_transport->batchSizes(), QList<int>({8, 4, 2, 1, 1, 1, 1, 1, 1}));
    QCOMPARE(m_transport->lookupRequests(), 5);
    verifyEachSentOnce(20);
}

void TestInvitationSender::ceilingChangeKeepsTheShrunkSize() {
    enqueue(60);
    m_transport->setBatchFault(InMemoryPortalTransport::Fault::LostAnswer, 1);
    m_sender->setBatchSize(40);
    QCOMPARE(m_sender->currentBatchSize(), 40); // nothing lost yet: follows the ceiling
    runToDrained();
    QCOMPARE(m_transport->batchSizes(), QList<int>({40, 20}));
    QCOMPARE(m_sender->currentBatchSize(), 20);
    m_sender->setBatchSize(50); // a higher ceiling does not undo the shrinking
    QCOMPARE(m_sender->batchSize(), 50);
    QCOMPARE(m_sender->currentBatchSize(), 20);
    m_sender->setBatchSize(15); // a lower one caps it
    QCOMPARE(m_sender->currentBatchSize(), 15);
    enqueue(30, QStringLiteral("more"));
    QSignalSpy drained(m_sender.get(), &InvitationSender::drained);
    m_sender->start();
    QTRY_COMPARE(drained.count(), 1);
    QCOMPARE(m_transport->batchSizes(), QList<int>({40, 20, 15, 15}));
    verifyEachSentOnce(90);
}

void TestInvitationSender::phoneReachesTheCall() {
    QList<NewInvitation> list;
    for (const QString &phone : {QStringLiteral("+49 170 1234567"), QString()}) {
        NewInvitation n;
        n.portal = m_portal;
        n.email =
            phone.isEmpty() ? QStringLiteral("nophone@example.com") : QStringLiteral("phone@example.com");
        n.departmentIds = {1};
        n.tab = QStringLiteral("register");
        n.phone = phone;
        list << n;
    }
    QVERIFY(m_outbox->enqueue(list));
    runToDrained();
    QCOMPARE(m_transport->phones().value(QStringLiteral("phone@example.com")),
             QStringLiteral("+49 170 1234567"));
    QCOMPARE(m_transport->phones().value(QStringLiteral("nophone@example.com")), QString());
    verifyEachSentOnce(2);
}

QTEST_GUILESS_MAIN(TestInvitationSender)
#include "tst_invitationsender.moc"
