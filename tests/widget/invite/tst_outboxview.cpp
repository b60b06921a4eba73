#include "invitefixture.h"

#include "invite/invitedialog.h"
#include "invite/outboxtablemodel.h"
#include "invite/outboxview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// The outbox view: results in the user's words, retry and discard, and the audit log as CSV.
class TestOutboxView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void showsResultsRetriesAndDiscards();

private:
    std::unique_ptr<InviteFixture::Environment> m_env;
};

void TestOutboxView::showsResultsRetriesAndDiscards() {
    m_env->transport.addUser(u"taken@example.com"_s, 77);
    QList<NewInvitation> list;
    for (const QString &email : {u"nina@example.com"_s, u"taken@example.com"_s, u"later@example.com"_s}) {
        NewInvitation n;
        n.portal = m_env->portal;
        n.email = email;
        n.departmentIds = {int(InviteFixture::Sales)};
        n.tab = u"email"_s;
        n.inviter = u"Olga Admin"_s;
        list << n;
    }
    QVERIFY(m_env->outbox().enqueue(list));
    QSignalSpy drained(&m_env->sender(), &InvitationSender::drained);
    m_env->sender().start();
    QTRY_VERIFY(drained.count() > 0);

    InviteDialog d(m_env->context());
    OutboxView *view = d.showOutbox();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *table = child<QTableView>(view, u"outboxTable"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    int takenRow = -1;
    for (int row = 0; row < 3; ++row)
        if (table->model()->index(row, OutboxTableModel::EmailColumn).data().toString() ==
            u"taken@example.com")
            takenRow = row;
    QVERIFY(takenRow >= 0);
    const QString result = table->model()->index(takenRow, OutboxTableModel::ResultColumn).data().toString();
    QVERIFY2(result.contains(u"Duplicate"_s), qPrintable(result));

    table->selectRow(takenRow);
    auto *retry = child<QPushButton>(view, u"outboxRetry"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(table->model()
                    ->index(takenRow, OutboxTableModel::ResultColumn)
                    .data()
                    .toString()
                    .startsWith(u"Failed"_s));
    table->selectRow(takenRow);
    QTest::mouseClick(child<QPushButton>(view, u"outboxDiscard"_s), Qt::LeftButton);
    QTRY_VERIFY(table->model()
                    ->index(takenRow, OutboxTableModel::ResultColumn)
                    .data()
                    .toString()
                    .startsWith(u"Discarded"_s));

    const QString csv = m_env->path(u"audit.csv"_s);
    QVERIFY(view->exportAuditLog(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("taken@example.com"));
    QVERIFY(text.contains("discarded"));
}

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
