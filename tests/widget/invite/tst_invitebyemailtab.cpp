#include "invitefixture.h"

#include "invite/csvimportdialog.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "invite/recipientreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// The Invite by Email tab driven through object names: paste, import, edit the message, send to the
// in-process portal stand-in and see each recipient's result.
class TestInviteByEmailTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void pastedAddressesShowStatesAndSummary();
    void importsCsvWithPreview();
    void previewFollowsTheMessageEscaped();
    void sendsAndShowsResults();
    void accessDeniedIsExplained();
    void extranetNeedsAGroup();

private:
    std::unique_ptr<InviteDialog> dialog() {
        auto d = std::make_unique<InviteDialog>(m_env->context());
        d->setCurrentTab(InviteDialog::Tab::InviteByEmail);
        d->show();
        return d;
    }
    static QString stateOf(const QAbstractItemModel *model, const QString &address) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, RecipientReviewModel::AddressColumn).data().toString() == address)
                return model->index(row, RecipientReviewModel::StateColumn).data().toString();
        return u"<missing>"_s;
    }
    std::unique_ptr<InviteFixture::Environment> m_env;
};

void TestInviteByEmailTab::pastedAddressesShowStatesAndSummary() {
    auto d = dialog();
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    auto *table = child<QTableView>(d.get(), u"emailRecipientTable"_s);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor->setFocus();
    QTest::keyClicks(editor, u"Nina Holt <nina@example.com>; anna@acme.example, broken@, "_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"newcomer@acme.example gone@acme.example NINA@example.com zoe@example.org"_s);
    QTRY_COMPARE(table->model()->rowCount(), 7);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(stateOf(model, u"nina@example.com"_s), u"Ready"_s);
    QVERIFY(stateOf(model, u"anna@acme.example"_s).contains(u"employee"_s));
    QVERIFY(stateOf(model, u"broken@"_s).startsWith(u"Invalid address"_s));
    QVERIFY(stateOf(model, u"newcomer@acme.example"_s).contains(u"invited"_s));
    QVERIFY(stateOf(model, u"gone@acme.example"_s).contains(u"dismissed"_s));
    QVERIFY(stateOf(model, u"NINA@example.com"_s).startsWith(u"Repeated"_s));
    auto *summary = child<QLabel>(d.get(), u"emailSummary"_s);
    QVERIFY2(summary->text().startsWith(u"Will invite 2"_s), qPrintable(summary->text()));
    auto *invite = child<QPushButton>(d.get(), u"emailInvite"_s);
    QCOMPARE(invite->text().remove(u'&'), u"Invite 2"_s);
    QVERIFY(!invite->isEnabled()); // no department yet
    QVERIFY(!child<QLabel>(d.get(), u"emailTargetProblem"_s)->text().isEmpty());
}

void TestInviteByEmailTab::importsCsvWithPreview() {
    const QString path = m_env->path(u"people.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "E-mail;First name;Last name;Position\r\n"
               "ivan@example.com;Ivan;Petrov;Driver\r\n"
               "\"maria@example.com\";Maria;\"Lopez; Jr\";Clerk\r\n"
               "not-an-address;Bad;Row;\r\n");
    file.close();
    auto d = dialog();
    CsvImportDialog *preview = d->inviteByEmailTab()->importCsvFile(path);
    QVERIFY(preview->isVisible());
    auto *table = child<QTableWidget>(preview, u"csvImportTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), u"ivan@example.com"_s);
    QTest::mouseClick(child<QPushButton>(preview, u"csvImportAccept"_s), Qt::LeftButton);
    const QAbstractItemModel *model = child<QTableView>(d.get(), u"emailRecipientTable"_s)->model();
    QTRY_COMPARE(model->rowCount(), 2); // the invalid row is shown in the preview, not added
    QCOMPARE(stateOf(model, u"maria@example.com"_s), u"Ready"_s);
    QCOMPARE(stateOf(model, u"not-an-address"_s), u"<missing>"_s);
    QCOMPARE(d->inviteByEmailTab()->summary().ready, 2);
}

void TestInviteByEmailTab::previewFollowsTheMessageEscaped() {
    auto d = dialog();
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    QTest::keyClicks(editor, u"\"Holt, Nina\" <nina@example.com>"_s);
    d->inviteByEmailTab()->classifyNow();
    auto *message = child<QPlainTextEdit>(d.get(), u"emailMessage"_s);
    auto *preview = child<QTextBrowser>(d.get(), u"emailPreview"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Nina"_s));
    message->selectAll();
    QTest::keyClick(message, Qt::Key_Delete);
    QTest::keyClicks(message, u"Dear {first_name}, welcome <script>alert(1)</script> & more"_s);
    QTRY_VERIFY2(preview->toPlainText().contains(u"Dear Nina, welcome <script>alert(1)</script> & more"_s),
                 qPrintable(preview->toPlainText()));
    QVERIFY(preview->toHtml().contains(u"&lt;script&gt;"_s));
    QVERIFY(!preview->toHtml().contains(u"<script>"_s));
    // What the portal sends around the text: its "Accept invitation" button, whose link only the portal
    // makes. No "Join" button pointing nowhere.
    QVERIFY2(preview->toPlainText().contains(u"Accept invitation"_s), qPrintable(preview->toPlainText()));
    QVERIFY2(!preview->toPlainText().contains(u"Join\n"_s) && !preview->toHtml().contains(u"href="_s),
             qPrintable(preview->toHtml()));
}

void TestInviteByEmailTab::sendsAndShowsResults() {
    m_env->transport.addUser(u"taken@example.com"_s, 77); // exists on the portal, not in the directory copy
    auto d = dialog();
    auto *editor = child<QPlainTextEdit>(d.get(), u"emailRecipients"_s);
    editor->setPlainText(
        u"Nina Holt <nina@example.com>\nBoris <boris@example.com>\ntaken@example.com\nanna@acme.example"_s);
    auto *department = child<QComboBox>(d.get(), u"emailDepartment"_s);
    department->setCurrentIndex(department->findData(InviteFixture::Sales));
    d->inviteByEmailTab()->classifyNow();
    auto *invite = child<QPushButton>(d.get(), u"emailInvite"_s);
    QTRY_VERIFY(invite->isEnabled());
    QCOMPARE(invite->text().remove(u'&'), u"Invite 3"_s);
    QSignalSpy drained(&m_env->sender(), &InvitationSender::drained);
    QTest::mouseClick(invite, Qt::LeftButton);
    QTRY_VERIFY(drained.count() > 0);
    const QAbstractItemModel *model = child<QTableView>(d.get(), u"emailRecipientTable"_s)->model();
    QTRY_VERIFY2(stateOf(model, u"nina@example.com"_s).startsWith(u"Sent"_s),
                 qPrintable(stateOf(model, u"nina@example.com"_s)));
    QVERIFY(stateOf(model, u"taken@example.com"_s).contains(u"Duplicate"_s));
    QVERIFY(stateOf(model, u"anna@acme.example"_s).contains(u"employee"_s));
    // Each got their own greeting.
    QVERIFY(m_env->transport.messages().value(u"nina@example.com"_s).startsWith(u"Hello Nina,"_s));
    QVERIFY(m_env->transport.messages().value(u"boris@example.com"_s).startsWith(u"Hello Boris,"_s));
    QVERIFY(child<QLabel>(d.get(), u"emailStatus"_s)->text().contains(u"Sent 2"_s));
}

void TestInviteByEmailTab::accessDeniedIsExplained() {
    m_env->transport.setBatchFault(InMemoryPortalTransport::Fault::AccessDenied);
    InviteDialogContext context = m_env->context();
    context.isAdmin = true;
    InviteDialog d(context);
    d.setCurrentTab(InviteDialog::Tab::InviteByEmail);
    d.show();
    QVERIFY(!child<QLabel>(&d, u"rightsBanner"_s)->isVisible());
    QSignalSpy refused(&d, &InviteDialog::rightsRefused);
    child<QPlainTextEdit>(&d, u"emailRecipients"_s)->setPlainText(u"nina@example.com"_s);
    auto *department = child<QComboBox>(&d, u"emailDepartment"_s);
    department->setCurrentIndex(department->findData(InviteFixture::Support));
    QVERIFY(d.inviteByEmailTab()->invite());
    QTRY_VERIFY(refused.count() > 0);
    QVERIFY(child<QLabel>(&d, u"rightsBanner"_s)->isVisible());
    const QString status = child<QLabel>(&d, u"emailStatus"_s)->text();
    QVERIFY2(
        status.contains(
            u"Only administrators can invite unless an administrator turns on \"Allow everyone to invite\""_s),
        qPrintable(status));
    QVERIFY(!status.contains(u"access_denied"_s));
}

void TestInviteByEmailTab::extranetNeedsAGroup() {
    auto d = dialog();
    child<QPlainTextEdit>(d.get(), u"emailRecipients"_s)->setPlainText(u"partner@example.net"_s);
    d->inviteByEmailTab()->classifyNow();
    QTest::mouseClick(child<QRadioButton>(d.get(), u"emailExtranet"_s), Qt::LeftButton);
    auto *invite = child<QPushButton>(d.get(), u"emailInvite"_s);
    QVERIFY(!invite->isEnabled());
    QVERIFY(!child<QLabel>(d.get(), u"emailTargetProblem"_s)->text().isEmpty());
    auto *groups = child<QListWidget>(d.get(), u"emailGroups"_s);
    groups->item(0)->setCheckState(Qt::Checked);
    QVERIFY(invite->isEnabled());
    QVERIFY(d->inviteByEmailTab()->invite());
    QTRY_COMPARE(m_env->transport.userCount(), 1);
}

QTEST_MAIN(TestInviteByEmailTab)
#include "tst_invitebyemailtab.moc"
