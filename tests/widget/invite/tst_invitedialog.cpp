#include "invitefixture.h"

#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "invite/outboxview.h"
#include "invite/quickregistrationtab.h"
#include "invite/registertab.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using InviteFixture::child;

// The dialog as a whole: last tab, context, rights banner, drafts across close and reopen, keyboard
// and screen-reader reachability, one invitation with key events only, and screenshots on demand.
class TestInviteDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_env = std::make_unique<InviteFixture::Environment>(); }
    void cleanup() { m_env.reset(); }
    void remembersTheLastTab();
    void preselectsTheContextDepartment();
    void rightsBannerForNonAdministrators();
    void draftSurvivesClosingAndReopening();
    void discardClearsTheDraft();
    void restoredDraftKeepsItsTarget_data();
    void restoredDraftKeepsItsTarget();
    void registerDraftKeepsItsTarget();
    void everyFocusableWidgetHasAnAccessibleName();
    void oneInvitationWithKeysOnly();
    void screenshots();

private:
    std::unique_ptr<InviteFixture::Environment> m_env;
};

void TestInviteDialog::remembersTheLastTab() {
    {
        InviteDialog d(m_env->context());
        QCOMPARE(d.currentTab(), InviteDialog::Tab::InviteByEmail);
        d.setCurrentTab(InviteDialog::Tab::Register);
        d.reject();
    }
    InviteDialog again(m_env->context());
    QCOMPARE(again.currentTab(), InviteDialog::Tab::Register);
    QVERIFY(child<QPushButton>(&again, u"registerSubmit"_s)->isDefault());
}

void TestInviteDialog::preselectsTheContextDepartment() {
    InviteDialogContext context = m_env->context();
    context.department = InviteDepartment{InviteFixture::Support, u"Support"_s};
    InviteDialog d(context);
    QCOMPARE(child<QComboBox>(&d, u"emailDepartment"_s)->currentText(), u"Support"_s);
    QCOMPARE(child<QComboBox>(&d, u"registerDepartment"_s)->currentText(), u"Support"_s);
}

void TestInviteDialog::rightsBannerForNonAdministrators() {
    InviteDialogContext context = m_env->context();
    context.isAdmin = false;
    InviteDialog d(context);
    d.show();
    auto *banner = child<QLabel>(&d, u"rightsBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"Only administrators can invite unless \"Allow everyone to invite\""_s));
    QVERIFY(banner->toolTip().contains(
        u"Only administrators can invite unless an administrator turns on \"Allow everyone to invite\""_s));
    // Still lets the user try.
    child<QPlainTextEdit>(&d, u"emailRecipients"_s)->setPlainText(u"x@example.com"_s);
    auto *department = child<QComboBox>(&d, u"emailDepartment"_s);
    department->setCurrentIndex(department->findData(InviteFixture::Sales));
    d.inviteByEmailTab()->classifyNow();
    QVERIFY(child<QPushButton>(&d, u"emailInvite"_s)->isEnabled());
}

void TestInviteDialog::draftSurvivesClosingAndReopening() {
    {
        InviteDialog d(m_env->context());
        d.show();
        child<QPlainTextEdit>(&d, u"emailRecipients"_s)
            ->setPlainText(u"nina@example.com, boris@example.com"_s);
        auto *message = child<QPlainTextEdit>(&d, u"emailMessage"_s);
        message->setPlainText(u"Hi {first_name}! Draft text."_s);
        auto *department = child<QComboBox>(&d, u"emailDepartment"_s);
        department->setCurrentIndex(department->findData(InviteFixture::Support));
        d.reject(); // closing saves at once, without waiting for the pause
    }
    // Reopen everything from the files, as after a restart.
    m_env->open();
    InviteDialog d(m_env->context());
    QCOMPARE(child<QPlainTextEdit>(&d, u"emailRecipients"_s)->toPlainText(),
             u"nina@example.com, boris@example.com"_s);
    QCOMPARE(child<QPlainTextEdit>(&d, u"emailMessage"_s)->toPlainText(), u"Hi {first_name}! Draft text."_s);
    QCOMPARE(child<QComboBox>(&d, u"emailDepartment"_s)->currentText(), u"Support"_s);
    QCOMPARE(d.inviteByEmailTab()->summary().ready, 2);
}

void TestInviteDialog::discardClearsTheDraft() {
    {
        InviteDialog d(m_env->context());
        d.show();
        child<QPlainTextEdit>(&d, u"emailRecipients"_s)->setPlainText(u"nina@example.com"_s);
        // The debounced save happens by itself: wait until the draft is stored.
        const InviteDialogContext context = m_env->context();
        QTRY_VERIFY_WITH_TIMEOUT(context.drafts->restore(context.portal, u"email"_s).has_value() &&
                                     context.drafts->restore(context.portal, u"email"_s)
                                         ->recipients.contains(u"nina@example.com"_s),
                                 10000);
        QTest::mouseClick(child<QPushButton>(&d, u"emailDiscard"_s), Qt::LeftButton);
        QVERIFY(child<QPlainTextEdit>(&d, u"emailRecipients"_s)->toPlainText().isEmpty());
        d.reject();
    }
    InviteDialog d(m_env->context());
    QVERIFY(child<QPlainTextEdit>(&d, u"emailRecipients"_s)->toPlainText().isEmpty());
}

void TestInviteDialog::restoredDraftKeepsItsTarget_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("department");
    QTest::addColumn<QString>("recipients");
    QTest::newRow("keep") << u"emailKeepDraftTarget"_s << u"Sales"_s
                          << u"nina@example.com, boris@example.com"_s;
    QTest::newRow("use new") << u"emailUseNewTarget"_s << u"Support"_s
                             << u"nina@example.com, boris@example.com"_s;
    QTest::newRow("start fresh") << u"emailStartFresh"_s << u"Support"_s << QString();
}

void TestInviteDialog::restoredDraftKeepsItsTarget() {
    QFETCH(QString, button);
    QFETCH(QString, department);
    QFETCH(QString, recipients);
    {
        // Composed for Sales ("Invite to this department…" on Sales), closed unsent.
        InviteDialogContext context = m_env->context();
        context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
        InviteDialog d(context);
        d.show();
        auto *edit = child<QPlainTextEdit>(&d, u"emailRecipients"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"nina@example.com, boris@example.com"_s);
        d.reject();
    }
    // Opened again for Support: the draft still goes to Sales until the user chooses.
    InviteDialogContext context = m_env->context();
    context.department = InviteDepartment{InviteFixture::Support, u"Support"_s};
    InviteDialog d(context);
    d.setCurrentTab(InviteDialog::Tab::InviteByEmail);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *combo = child<QComboBox>(&d, u"emailDepartment"_s);
    QCOMPARE(combo->currentText(), u"Sales"_s);
    auto *question = child<QWidget>(&d, u"emailDraftTarget"_s);
    QVERIFY(question->isVisible());
    const QString text = child<QLabel>(&d, u"emailDraftTargetText"_s)->text();
    QVERIFY2(text.contains(u"Sales"_s) && text.contains(u"Support"_s), qPrintable(text));
    auto *invite = child<QPushButton>(&d, u"emailInvite"_s);
    QCOMPARE(invite->accessibleName(), u"Invite 2"_s);
    QVERIFY(!invite->isEnabled());

    QTest::mouseClick(child<QPushButton>(&d, button), Qt::LeftButton);
    QVERIFY(!question->isVisible());
    QCOMPARE(combo->currentText(), department);
    QCOMPARE(child<QPlainTextEdit>(&d, u"emailRecipients"_s)->toPlainText(), recipients);
    QCOMPARE(invite->isEnabled(), !recipients.isEmpty());
}

void TestInviteDialog::registerDraftKeepsItsTarget() {
    {
        InviteDialogContext context = m_env->context();
        context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
        InviteDialog d(context);
        d.setCurrentTab(InviteDialog::Tab::Register);
        d.show();
        auto *email = child<QLineEdit>(&d, u"registerEmail"_s);
        email->setFocus();
        QTest::keyClicks(email, u"kim@example.com"_s);
        d.reject();
    }
    InviteDialogContext context = m_env->context();
    context.department = InviteDepartment{InviteFixture::Support, u"Support"_s};
    InviteDialog d(context);
    d.setCurrentTab(InviteDialog::Tab::Register);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *combo = child<QComboBox>(&d, u"registerDepartment"_s);
    QCOMPARE(combo->currentText(), u"Sales"_s);
    QVERIFY(child<QWidget>(&d, u"registerDraftTarget"_s)->isVisible());
    auto *submit = child<QPushButton>(&d, u"registerSubmit"_s);
    QVERIFY(!submit->isEnabled());
    QTest::mouseClick(child<QPushButton>(&d, u"registerUseNewTarget"_s), Qt::LeftButton);
    QCOMPARE(combo->currentText(), u"Support"_s);
    QCOMPARE(child<QLineEdit>(&d, u"registerEmail"_s)->text(), u"kim@example.com"_s);
    QVERIFY(submit->isEnabled());
}

void TestInviteDialog::everyFocusableWidgetHasAnAccessibleName() {
    InviteDialogContext context = m_env->context();
    context.registrationInfoUrl = QUrl(u"http://127.0.0.1:1/sandbox/registration"_s);
    InviteDialog d(context);
    d.show();
    const QStringList missing = InviteFixture::focusableWithoutAccessibleName(&d);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    // And every interactive widget has an object name.
    for (const QWidget *widget : d.findChildren<QWidget *>())
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->window() == &d &&
            !widget->inherits("QTabBar") && widget->objectName().isEmpty() &&
            !widget->parentWidget()->inherits("QComboBox") && !widget->inherits("QScrollBar"))
            QFAIL(qPrintable(u"no object name: "_s + QString::fromLatin1(widget->metaObject()->className())));
    OutboxView *outbox = d.showOutbox();
    const QStringList outboxMissing = InviteFixture::focusableWithoutAccessibleName(outbox->window());
    QVERIFY2(outboxMissing.isEmpty(), qPrintable(outboxMissing.join(u", "_s)));
}

void TestInviteDialog::oneInvitationWithKeysOnly() {
    InviteDialog d(m_env->context());
    d.show();
    d.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    // Alt+R: the recipients editor (its label's mnemonic).
    QTest::keyClick(&d, Qt::Key_R, Qt::AltModifier);
    auto *recipients = child<QPlainTextEdit>(&d, u"emailRecipients"_s);
    QTRY_COMPARE(QApplication::focusWidget(), recipients);
    QTest::keyClicks(recipients, u"Nina Holt <nina@example.com>"_s);
    // Alt+M: "Employee in department"; Tab: the department; type its name; Tab leaves and chooses it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"emailEmployee"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), child<QComboBox>(&d, u"emailDepartment"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Sales"_s);
    // The type-ahead list offers "Sales": Down and Enter take it, Tab moves on.
    QAbstractItemView *suggestions = child<QComboBox>(&d, u"emailDepartment"_s)->completer()->popup();
    if (suggestions->isVisible()) {
        QTest::keyClick(suggestions, Qt::Key_Down);
        QTest::keyClick(suggestions, Qt::Key_Return);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(child<QComboBox>(&d, u"emailDepartment"_s)->currentText(), u"Sales"_s);
    QSignalSpy drained(&m_env->sender(), &InvitationSender::drained);
    // Ctrl+Enter sends from anywhere in the tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(drained.count() > 0);
    QCOMPARE(m_env->transport.usersCreated(u"nina@example.com"_s), 1);
    // Escape closes the dialog.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!d.isVisible());
}

void TestInviteDialog::screenshots() {
    // The README's pictures go to INVITEDESK_SCREENSHOTS; without it they are still taken and
    // checked, in a folder that is then removed.
    QTemporaryDir scratch;
    QString folder = qEnvironmentVariable("INVITEDESK_SCREENSHOTS");
    if (folder.isEmpty())
        folder = scratch.path();
    InviteDialogContext context = m_env->context();
    context.isAdmin = false;
    context.department = InviteDepartment{InviteFixture::Sales, u"Sales"_s};
    context.registrationInfoUrl = QUrl(u"http://127.0.0.1:1/sandbox/registration"_s);
    m_env->transport.addUser(u"taken@example.com"_s, 77);
    InviteDialog d(context);
    d.show();
    child<QPlainTextEdit>(&d, u"emailRecipients"_s)
        ->setPlainText(
            u"Nina Holt <nina@example.com>, \"Petrov, Boris\" <boris@example.com>\nanna@acme.example; "
            "broken@, newcomer@acme.example\ntaken@example.com"_s);
    d.inviteByEmailTab()->classifyNow();
    d.quickRegistrationTab()->setLink(u"https://acme.bitrix24.com/extranet/register/?secret=7f3a9c"_s);
    child<QLineEdit>(&d, u"registerFirstName"_s)->setText(u"Jürgen"_s);
    child<QLineEdit>(&d, u"registerEmail"_s)->setText(u"juergen@example.de"_s);
    const auto shoot = [&](InviteDialog::Tab tab, const QString &name) {
        d.setCurrentTab(tab);
        QTRY_VERIFY(d.isVisible()); // grab() lays out and paints by itself
        QVERIFY(d.grab().save(folder + u"/invite-"_s + name + u".png"_s));
        const QPalette original = d.palette();
        d.setPalette(InviteFixture::darkPalette());
        QVERIFY(d.grab().save(folder + u"/invite-"_s + name + u"-dark.png"_s));
        d.setPalette(original);
    };
    shoot(InviteDialog::Tab::InviteByEmail, u"email"_s);
    shoot(InviteDialog::Tab::Register, u"register"_s);
    shoot(InviteDialog::Tab::QuickRegistration, u"quick"_s);
    d.setCurrentTab(InviteDialog::Tab::InviteByEmail);
    QSignalSpy drained(&m_env->sender(), &InvitationSender::drained);
    QVERIFY(d.inviteByEmailTab()->invite());
    QTRY_VERIFY(drained.count() > 0);
    shoot(InviteDialog::Tab::InviteByEmail, u"email-sent"_s);
    OutboxView *outbox = d.showOutbox();
    QTRY_VERIFY(outbox->window()->isVisible());
    QVERIFY(outbox->window()->grab().save(folder + u"/invite-outbox.png"_s));
}

QTEST_MAIN(TestInviteDialog)
#include "tst_invitedialog.moc"
