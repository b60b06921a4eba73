#include "invitefixture.h"

#include "../../inviteresults.h"
#include "invite/invitationoutbox.h"
#include "invite/invitedialog.h"
#include "invite/registertab.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// The Register tab: one person at a time, "register and add another", presets, the mailbox action,
// and the draft of the person being typed (kept across a crash, gone once registered or discarded).
class TestRegisterTab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void registersAndAddsAnother();
    void refusesKnownAndInvalidAddresses();
    void rolePresetFillsInOneClick();
    void mailboxOpensThePortal();
    void draftSurvivesACrash();
    void extranetTargetIsKept();
    void registeringClearsTheDraft();
    void addAnotherKeepsWhatIsLeft();
    void discardClearsTheDraft();
    void tabOrderFollowsTheForm();

private:
    std::optional<InvitationDraft> savedDraft() {
        return m_env->context().drafts->restore(m_env->portal, QString::fromLatin1(RegisterTab::DraftTab));
    }
    void typePerson(InviteDialog &d);
    std::unique_ptr<InviteFixture::Environment> m_env;
};

void TestRegisterTab::typePerson(InviteDialog &d) {
    d.setCurrentTab(InviteDialog::Tab::Register);
    auto *department = child<QComboBox>(&d, u"registerDepartment"_s);
    department->setCurrentIndex(department->findData(InviteFixture::Support));
    auto *first = child<QLineEdit>(&d, u"registerFirstName"_s);
    QTest::keyClicks(first, u"J"_s);
    first->insert(u"ürgen"_s); // QTest types Latin-1 only
    QTest::keyClicks(child<QLineEdit>(&d, u"registerLastName"_s), u"Holt"_s);
    QTest::keyClicks(child<QLineEdit>(&d, u"registerEmail"_s), u"juergen@example.de"_s);
    QTest::keyClicks(child<QLineEdit>(&d, u"registerPosition"_s), u"Support agent"_s);
    QTest::keyClicks(child<QLineEdit>(&d, u"registerPhone"_s), u"+49 30 1234"_s);
}

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
    QTest::keyClicks(child<QLineEdit>(&d, u"registerPhone"_s), u"+49 30 1234"_s);
    QTest::mouseClick(child<QPushButton>(&d, u"registerSubmitAnother"_s), Qt::LeftButton);
    QVERIFY(first->text().isEmpty());
    // The phone travels with the person (sent as PERSONAL_MOBILE by the portal transport).
    QList<Invitation> queued;
    QVERIFY(takeResult(m_env->context().outbox->invitations(m_env->portal, std::nullopt), &queued));
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().phone, u"+49 30 1234"_s);
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
    // Without a department the picker says so; the address label does not repeat it.
    department->setCurrentIndex(-1);
    QVERIFY(!submit->isEnabled());
    QVERIFY(child<QLabel>(&d, u"registerProblem"_s)->isHidden());
    department->setCurrentIndex(department->findData(InviteFixture::Sales));
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

void TestRegisterTab::draftSurvivesACrash() {
    {
        auto d = std::make_unique<InviteDialog>(m_env->context());
        d->show();
        typePerson(*d);
        // Saved after the pause in typing, by itself: nothing closes the dialog.
        QTRY_VERIFY(savedDraft().has_value());
        QTRY_COMPARE(savedDraft()->fields.value(u"phone"_s).toString(), u"+49 30 1234"_s);
        // The process dies: the dialog goes away without done() or a send.
        d.reset();
    }
    m_env->open(); // the files opened again, as after a restart
    InviteDialog d(m_env->context());
    QCOMPARE(child<QLineEdit>(&d, u"registerFirstName"_s)->text(), u"Jürgen"_s);
    QCOMPARE(child<QLineEdit>(&d, u"registerLastName"_s)->text(), u"Holt"_s);
    QCOMPARE(child<QLineEdit>(&d, u"registerEmail"_s)->text(), u"juergen@example.de"_s);
    QCOMPARE(child<QLineEdit>(&d, u"registerPosition"_s)->text(), u"Support agent"_s);
    QCOMPARE(child<QLineEdit>(&d, u"registerPhone"_s)->text(), u"+49 30 1234"_s);
    QCOMPARE(child<QComboBox>(&d, u"registerDepartment"_s)->currentText(), u"Support"_s);
    QVERIFY(child<QLabel>(&d, u"registerStatus"_s)->text().startsWith(u"Restored the draft"_s));
    QVERIFY(child<QPushButton>(&d, u"registerSubmit"_s)->isEnabled());
    // Other portals do not see it.
    QVERIFY(!m_env->context().drafts->restore(u"other.bitrix24.com"_s, u"register"_s));
}

void TestRegisterTab::extranetTargetIsKept() {
    {
        InviteDialog d(m_env->context());
        d.setCurrentTab(InviteDialog::Tab::Register);
        d.show();
        child<QRadioButton>(&d, u"registerExtranet"_s)->setChecked(true);
        auto *groups = child<QListWidget>(&d, u"registerGroups"_s);
        groups->item(1)->setCheckState(Qt::Checked); // Contractors
        child<QLineEdit>(&d, u"registerEmail"_s)->setText(u"partner@example.org"_s);
        d.reject(); // closing saves at once
    }
    InviteDialog d(m_env->context());
    QVERIFY(child<QRadioButton>(&d, u"registerExtranet"_s)->isChecked());
    auto *groups = child<QListWidget>(&d, u"registerGroups"_s);
    QCOMPARE(groups->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(groups->item(1)->checkState(), Qt::Checked);
    QCOMPARE(child<QLineEdit>(&d, u"registerEmail"_s)->text(), u"partner@example.org"_s);
}

void TestRegisterTab::registeringClearsTheDraft() {
    {
        InviteDialog d(m_env->context());
        d.show();
        typePerson(d);
        QTRY_VERIFY(savedDraft().has_value());
        QTest::mouseClick(child<QPushButton>(&d, u"registerSubmit"_s), Qt::LeftButton);
        QVERIFY(!savedDraft().has_value()); // at once, not after a pause
        QTRY_COMPARE(m_env->transport.usersCreated(u"juergen@example.de"_s), 1);
        QTest::qWait(1000); // no late save brings it back
        QVERIFY(!savedDraft().has_value());
        d.reject();
    }
    QVERIFY(!savedDraft().has_value());
    InviteDialog d(m_env->context());
    QVERIFY(child<QLineEdit>(&d, u"registerEmail"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(&d, u"registerFirstName"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(&d, u"registerStatus"_s)->text().startsWith(u"Restored"_s));
}

void TestRegisterTab::addAnotherKeepsWhatIsLeft() {
    {
        InviteDialog d(m_env->context());
        d.show();
        typePerson(d);
        QTRY_VERIFY(savedDraft().has_value());
        QTest::mouseClick(child<QPushButton>(&d, u"registerSubmitAnother"_s), Qt::LeftButton);
        const std::optional<InvitationDraft> left = savedDraft();
        QVERIFY(left);
        QCOMPARE(left->fields.value(u"email"_s).toString(), QString());
        QCOMPARE(left->fields.value(u"firstName"_s).toString(), QString());
        QCOMPARE(left->fields.value(u"phone"_s).toString(), QString());
        QCOMPARE(left->fields.value(u"position"_s).toString(), u"Support agent"_s);
        QCOMPARE(left->departmentIds, QList<int>{int(InviteFixture::Support)});
    }
    InviteDialog d(m_env->context());
    QVERIFY(child<QLineEdit>(&d, u"registerEmail"_s)->text().isEmpty());
    QCOMPARE(child<QLineEdit>(&d, u"registerPosition"_s)->text(), u"Support agent"_s);
    QCOMPARE(child<QComboBox>(&d, u"registerDepartment"_s)->currentText(), u"Support"_s);
}

void TestRegisterTab::discardClearsTheDraft() {
    {
        InviteDialog d(m_env->context());
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        typePerson(d);
        QTRY_VERIFY(savedDraft().has_value());
        auto *discard = child<QPushButton>(&d, u"registerDiscard"_s);
        QCOMPARE(discard->accessibleName(), u"Discard draft"_s);
        // From the keyboard: Alt+D, the button's mnemonic.
        QTest::keyClick(&d, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(!savedDraft().has_value());
        QVERIFY(child<QLineEdit>(&d, u"registerFirstName"_s)->text().isEmpty());
        QVERIFY(child<QLineEdit>(&d, u"registerEmail"_s)->text().isEmpty());
        QVERIFY(child<QLineEdit>(&d, u"registerPosition"_s)->text().isEmpty());
        QVERIFY(child<QLineEdit>(&d, u"registerPhone"_s)->text().isEmpty());
        QCOMPARE(child<QComboBox>(&d, u"registerDepartment"_s)->currentIndex(), 0);
        QCOMPARE(child<QLabel>(&d, u"registerStatus"_s)->text(), u"The draft was discarded."_s);
        QTest::qWait(1000);
        d.reject(); // closing does not write an empty draft back
    }
    QVERIFY(!savedDraft().has_value());
    InviteDialog d(m_env->context());
    QVERIFY(child<QLineEdit>(&d, u"registerFirstName"_s)->text().isEmpty());
}

void TestRegisterTab::tabOrderFollowsTheForm() {
    InviteDialog d(m_env->context());
    d.setCurrentTab(InviteDialog::Tab::Register);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    // No empty result list before the first registration.
    QVERIFY(!child<QWidget>(&d, u"registerResults"_s)->isVisible());
    QVERIFY(child<QPushButton>(&d, u"registerSubmitAnother"_s)->toolTip().contains(u"department stay"_s));
    QStringList order;
    QWidget *widget = child<QWidget>(&d, u"registerPresets"_s);
    for (int step = 0; step < 40 && widget; ++step, widget = widget->nextInFocusChain())
        if (!widget->objectName().isEmpty())
            order << widget->objectName();
    const QStringList expected{u"registerPresets"_s,    u"registerFirstName"_s, u"registerLastName"_s,
                               u"registerEmail"_s,      u"registerPosition"_s,  u"registerEmployee"_s,
                               u"registerDepartment"_s, u"registerPhone"_s,     u"registerSubmit"_s};
    qsizetype last = -1;
    for (const QString &name : expected) {
        const qsizetype at = order.indexOf(name);
        QVERIFY2(at > last, qPrintable(name + u" out of order: "_s + order.join(u", "_s)));
        last = at;
    }
}

QTEST_MAIN(TestRegisterTab)
#include "tst_registertab.moc"
