#include "sandboxenvironment.h"

#include "../../inviteresults.h"
#include "invite/invitationqueuejob.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "invite/outboxview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <functional>
#include <memory>
#include <utility>

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
    void stopKeepsAnEarlierSendQueued();

private:
    static constexpr int Count = 2 * InvitationQueueJob::DefaultChunkSize + 100;

    static void fill(InviteDialog &dialog, const QString &prefix) {
        QStringList addresses;
        for (int i = 0; i < Count; ++i)
            addresses << u"%1.%2@example.com"_s.arg(prefix).arg(i);
        child<QPlainTextEdit>(&dialog, u"emailRecipients"_s)->setPlainText(addresses.join(u'\n'));
        dialog.inviteByEmailTab()->classifyNow();
    }
    // Runs `stop` as soon as the first chunk is written, before the job asks for the next: the only
    // moment at which "stopped in the middle" does not depend on how fast the machine is.
    static void stopAfterTheFirstChunk(InvitationQueueJob *job, std::function<void()> stop) {
        auto done = std::make_shared<bool>(false);
        QObject::connect(job, &InvitationQueueJob::chunkQueued, job, [done, stop = std::move(stop)] {
            if (!std::exchange(*done, true))
                stop();
        });
    }
    static QHash<InvitationState, int> counts(InviteFixture::SandboxEnvironment &env) {
        QHash<InvitationState, int> result;
        if (!takeResult(env.outbox().countByState(env.portal), &result))
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
    auto *stop = child<QPushButton>(&dialog, u"emailStopQueuing"_s);
    stopAfterTheFirstChunk(job, [stop] {
        stop->setFocus();
        QTest::keyClick(stop, Qt::Key_Space);
    });
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

// Stop cancels the rest of this send only: an earlier send still going keeps its queued rows.
void TestInviteQueuing::stopKeepsAnEarlierSendQueued() {
    InviteFixture::SandboxEnvironment env(false, ThrottleLimits{true, 2, 1});
    env.sender().setBatchSize(5);
    QList<NewInvitation> earlier;
    for (int i = 0; i < 60; ++i) {
        NewInvitation n;
        n.portal = env.portal;
        n.email = u"earlier.%1@example.com"_s.arg(i);
        n.departmentIds = {int(InviteFixture::Sales)};
        n.tab = u"email"_s;
        earlier << n;
    }
    QVERIFY(env.outbox().enqueue(earlier));
    InviteDialogContext context = env.context();
    context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
    InviteDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, u"later"_s);
    InviteByEmailTab *tab = dialog.inviteByEmailTab();
    QTest::mouseClick(child<QPushButton>(&dialog, u"emailInvite"_s), Qt::LeftButton);
    auto *job = tab->findChild<InvitationQueueJob *>();
    QVERIFY(job);
    auto *stop = child<QPushButton>(&dialog, u"emailStopQueuing"_s);
    stopAfterTheFirstChunk(job, [stop] { QTest::mouseClick(stop, Qt::LeftButton); });
    QTRY_VERIFY(!tab->isQueuing());
    QTRY_VERIFY_WITH_TIMEOUT(counts(env).value(InvitationState::Queued) == 0 &&
                                 counts(env).value(InvitationState::Sending) == 0,
                             60000);
    // Every invitation of the earlier send went out; only rows of this send were cancelled.
    QList<Invitation> rows;
    QVERIFY(takeResult(env.outbox().invitations(env.portal, std::nullopt), &rows));
    int earlierSent = 0;
    int laterDiscarded = 0;
    for (const Invitation &row : std::as_const(rows)) {
        const bool isEarlier = row.email.startsWith(u"earlier."_s);
        QVERIFY2(!(isEarlier && row.state == InvitationState::Discarded), qPrintable(row.email));
        earlierSent += isEarlier && row.state == InvitationState::Sent;
        laterDiscarded += !isEarlier && row.state == InvitationState::Discarded;
    }
    QCOMPARE(earlierSent, int(earlier.size()));
    QVERIFY2(laterDiscarded > 0, "nothing of this send was cancelled");
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
    OutboxView *outbox = dialog.showOutbox();
    bool cancelled = false;
    stopAfterTheFirstChunk(job, [outbox, &cancelled] { cancelled = outbox->cancelRest(); });
    QTRY_VERIFY(!tab->isQueuing());
    QVERIFY(cancelled);
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
