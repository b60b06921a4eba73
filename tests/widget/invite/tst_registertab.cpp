#include "invitefixture.h"

#include "invite/invitedialog.h"
#include "invite/registertab.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// The Register tab: one person at a time, "register and add another", presets, the mailbox action.
class TestRegisterTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void registersAndAddsAnother();
    void refusesKnownAndInvalidAddresses();
    void rolePresetFillsInOneClick();
    void mailboxOpensThePortal();

private:
    std::unique_ptr<InviteFixture::Environment> m_env;
};

void TestRegisterTab::registersAndAddsAnother() {
    InviteDialog d(m_env->context());
    d.setCurrentTab(InviteDialog::Tab::Register);
    d.show();
    auto *department = child<QComboBox>(&d, u"registerDepartment"_s);
    department->setCurrentIndex(department->findData(InviteFixture::Support));
    auto *first = child<QLineEdit>(&d, u"registerFirstName"_s);
    auto *email = child<QLineEdit>(&d, u"registerEmail"_s);
    auto *position = child<QLineEdit>(&d, u"registerPosition"_s);
    QTest::keyClicks(first, u"Nina"_s);
    QTest::keyClicks(child<QLineEdit>(&d, u"registerLastName"_s), u"Holt"_s);
    QTest::keyClicks(email, u"nina@example.com"_s);
    QTest::keyClicks(position, u"Support agent"_s);
    QTest::mouseClick(child<QPushButton>(&d, u"registerSubmitAnother"_s), Qt::LeftButton);
    QVERIFY(first->text().isEmpty());
    QVERIFY(email->text().isEmpty());
    QCOMPARE(position->text(), u"Support agent"_s); // kept for the next person
    QCOMPARE(department->currentText(), u"Support"_s);
    QTRY_COMPARE(m_env->transport.usersCreated(u"nina@example.com"_s), 1);
    QTest::keyClicks(first, u"Boris"_s);
    QTest::keyClicks(email, u"boris@example.com"_s);
    QTest::keyClick(email, Qt::Key_Return); // Enter means Register here
    QTRY_COMPARE(m_env->transport.usersCreated(u"boris@example.com"_s), 1);
    QVERIFY(position->text().isEmpty());
    const QStandardItemModel *results = d.registerTab()->resultModel();
    QCOMPARE(results->rowCount(), 2);
    QTRY_VERIFY2(results->item(1)->text().contains(u"Sent"_s), qPrintable(results->item(1)->text()));
    QVERIFY(child<QLabel>(&d, u"registerPasswordNote"_s)->text().contains(u"e-mails"_s));
}

void TestRegisterTab::refusesKnownAndInvalidAddresses() {
    InviteDialog d(m_env->context());
    d.show();
    auto *department = child<QComboBox>(&d, u"registerDepartment"_s);
    department->setCurrentIndex(department->findData(InviteFixture::Sales));
    auto *email = child<QLineEdit>(&d, u"registerEmail"_s);
    auto *submit = child<QPushButton>(&d, u"registerSubmit"_s);
    email->setText(u"anna@acme.example"_s);
    QVERIFY(!submit->isEnabled());
    QVERIFY(child<QLabel>(&d, u"registerProblem"_s)->text().contains(u"employee"_s));
    email->setText(u"anna@@example"_s);
    QVERIFY(!submit->isEnabled());
    QVERIFY(child<QLabel>(&d, u"registerProblem"_s)->text().startsWith(u"Invalid address"_s));
    email->setText(u"fresh@example.com"_s);
    QVERIFY(submit->isEnabled());
    department->setCurrentIndex(0);
    QVERIFY(!submit->isEnabled()); // the department is required
}

void TestRegisterTab::rolePresetFillsInOneClick() {
    {
        InviteDialog d(m_env->context());
        auto *department = child<QComboBox>(&d, u"registerDepartment"_s);
        department->setCurrentIndex(department->findData(InviteFixture::Support));
        child<QLineEdit>(&d, u"registerPosition"_s)->setText(u"Night shift agent"_s);
        QVERIFY(d.registerTab()->savePreset(u"Support night"_s));
    }
    InviteDialog d(m_env->context());
    auto *presets = child<QComboBox>(&d, u"registerPresets"_s);
    const int index = presets->findText(u"Support night"_s);
    QVERIFY(index > 0);
    presets->setCurrentIndex(index);
    Q_EMIT presets->activated(index);
    QCOMPARE(child<QLineEdit>(&d, u"registerPosition"_s)->text(), u"Night shift agent"_s);
    QCOMPARE(child<QComboBox>(&d, u"registerDepartment"_s)->currentText(), u"Support"_s);
}

void TestRegisterTab::mailboxOpensThePortal() {
    InviteDialog d(m_env->context());
    QTest::mouseClick(child<QPushButton>(&d, u"registerMailbox"_s), Qt::LeftButton);
    QCOMPARE(m_env->openedUrls.size(), 1);
    QCOMPARE(m_env->openedUrls.constFirst().host(), u"acme.bitrix24.com"_s);
}

QTEST_MAIN(TestRegisterTab)
#include "tst_registertab.moc"
