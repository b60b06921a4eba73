#include "sandboxenvironment.h"

#include "invite/invitationqueuejob.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "invite/outboxview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// A large press of Invite is queued chunk by chunk while the event loop runs: its progress is shown,
// sending starts with the first chunk, and Stop (or the Outbox's "Cancel the rest") in the middle
// queues no more and cancels what has not gone out. Against the sandbox portal over HTTP.
class TestInviteQueuing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void largeSendIsQueuedInChunks();
    void stopInTheMiddleCancelsTheRest();
    void outboxCancelStopsQueuing();

private:
    static constexpr int Count = 2 * InvitationQueueJob::DefaultChunkSize + 100;

    static void fill(InviteDialog &dialog, const QString &prefix) {
        QStringList addresses;
        for (int i = 0; i < Count; ++i)
            addresses << u"%1.%2@example.com"_s.arg(prefix).arg(i);
        child<QPlainTextEdit>(&dialog, u"emailRecipients"_s)->setPlainText(addresses.join(u'\n'));
        dialog.inviteByEmailTab()->classifyNow();
    }
    static QHash<InvitationState, int> counts(InviteFixture::SandboxEnvironment &env) {
        QHash<InvitationState, int> result;
        if (!env.outbox().countByState(env.portal, &result))
            qFatal("outbox read failed");
        return result;
    }
};

void TestInviteQueuing::largeSendIsQueuedInChunks() {
    InviteFixture::SandboxEnvironment env;
    InviteDialogContext context = env.context();
    context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
    InviteDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, u"chunk"_s);
    InviteByEmailTab *tab = dialog.inviteByEmailTab();
    auto *invite = child<QPushButton>(&dialog, u"emailInvite"_s);
    auto *stop = child<QPushButton>(&dialog, u"emailStopQueuing"_s);
    auto *status = child<QLabel>(&dialog, u"emailStatus"_s);
    QVERIFY(!stop->isVisible());

    QTest::mouseClick(invite, Qt::LeftButton);
    // Back in the event loop before the first chunk is written: the progress and Stop are shown.
    QVERIFY(tab->isQueuing());
    auto *job = tab->findChild<InvitationQueueJob *>();
    QVERIFY(job);
    QSignalSpy chunks(job, &InvitationQueueJob::chunkQueued);
    QVERIFY(stop->isVisible());
    QVERIFY(!invite->isEnabled());
    QVERIFY2(status->text().startsWith(u"Writing the invitations to the outbox: 0 of %1."_s.arg(Count)),
             qPrintable(status->text()));

    QTRY_VERIFY_WITH_TIMEOUT(!tab->isQueuing(), 60000);
    QCOMPARE(chunks.count(), 3); // 250, 250, 100
    QVERIFY(!stop->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(tab->sendProgress().isFinished(), 60000);
    QCOMPARE(tab->sendProgress().sent(), Count);
    QCOMPARE(counts(env).value(InvitationState::Sent), Count);
    QTRY_VERIFY2(status->text().startsWith(u"Sent %1 · skipped 0 · failed 0 · waiting 0"_s.arg(Count)),
                 qPrintable(status->text()));
    QCOMPARE(invite->accessibleName(), u"Invite 0"_s);
}

void TestInviteQueuing::stopInTheMiddleCancelsTheRest() {
    // Two requests a second after the first: the send is still going when Stop is pressed.
    InviteFixture::SandboxEnvironment env(false, ThrottleLimits{true, 2, 1});
    env.sender().setBatchSize(5);
    InviteDialogContext context = env.context();
    context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
    InviteDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, u"stop"_s);
    InviteByEmailTab *tab = dialog.inviteByEmailTab();
    QTest::mouseClick(child<QPushButton>(&dialog, u"emailInvite"_s), Qt::LeftButton);
    auto *job = tab->findChild<InvitationQueueJob *>();
    QVERIFY(job);
    QSignalSpy chunks(job, &InvitationQueueJob::chunkQueued);
    QTRY_VERIFY(chunks.count() >= 1);
    auto *stop = child<QPushButton>(&dialog, u"emailStopQueuing"_s);
    stop->setFocus();
    QTest::keyClick(stop, Qt::Key_Space);
    QTRY_VERIFY(!tab->isQueuing());
    // Rows in flight finish; nothing is left queued or sending.
    QTRY_VERIFY_WITH_TIMEOUT(counts(env).value(InvitationState::Queued) == 0 &&
                                 counts(env).value(InvitationState::Sending) == 0,
                             30000);

    const QHash<InvitationState, int> c = counts(env);
    const int rows = c.value(InvitationState::Sent) + c.value(InvitationState::Discarded) +
                     c.value(InvitationState::Failed);
    QCOMPARE(c.value(InvitationState::Queued), 0);
    QCOMPARE(c.value(InvitationState::Sending), 0);
    QVERIFY2(c.value(InvitationState::Discarded) > 0, "nothing was cancelled");
    QVERIFY2(rows < Count, "every chunk was queued although Stop was pressed");
    QCOMPARE(tab->sendProgress().total(), rows);
    // The counts of this send say what was cancelled.
    auto *status = child<QLabel>(&dialog, u"emailStatus"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Sent %1 · skipped 0 · failed %2 · waiting 0 · cancelled %3"_s
                                               .arg(c.value(InvitationState::Sent))
                                               .arg(c.value(InvitationState::Failed))
                                               .arg(c.value(InvitationState::Discarded))),
                 qPrintable(status->text()));
    // Stopped, not lost: the recipients not queued can be invited again.
    QVERIFY(child<QPushButton>(&dialog, u"emailInvite"_s)->isEnabled());
}

void TestInviteQueuing::outboxCancelStopsQueuing() {
    InviteFixture::SandboxEnvironment env(false, ThrottleLimits{true, 2, 1});
    env.sender().setBatchSize(5);
    InviteDialogContext context = env.context();
    context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
    InviteDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, u"outbox"_s);
    InviteByEmailTab *tab = dialog.inviteByEmailTab();
    QTest::mouseClick(child<QPushButton>(&dialog, u"emailInvite"_s), Qt::LeftButton);
    auto *job = tab->findChild<InvitationQueueJob *>();
    QVERIFY(job);
    QSignalSpy chunks(job, &InvitationQueueJob::chunkQueued);
    QTRY_VERIFY(chunks.count() >= 1);
    OutboxView *outbox = dialog.showOutbox();
    QVERIFY(outbox->cancelRest());
    QTRY_VERIFY(!tab->isQueuing());
    // Rows in flight finish; nothing is left queued or sending.
    QTRY_VERIFY_WITH_TIMEOUT(counts(env).value(InvitationState::Queued) == 0 &&
                                 counts(env).value(InvitationState::Sending) == 0,
                             30000);
    const QHash<InvitationState, int> c = counts(env);
    QCOMPARE(c.value(InvitationState::Queued), 0);
    QVERIFY(c.value(InvitationState::Sent) + c.value(InvitationState::Discarded) < Count);
}

QTEST_MAIN(TestInviteQueuing)
#include "tst_invitequeuing.moc"
