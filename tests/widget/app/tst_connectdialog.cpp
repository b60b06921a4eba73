// The connect dialog's webhook field: the address stays readable with only its secret masked while
// it is not edited, a typo can be fixed without retyping, the secret can be revealed, and an address
// without https:// is accepted.
#include "connectportaldialog.h"
#include "webhookaddressedit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectDialog : public QObject {
    Q_OBJECT

    const QString m_url = u"https://acme.bitrix24.com/rest/7/s3cr3tk3y/"_s;

private slots:
    void theSecretAloneIsMaskedAndATypoCanBeFixed() {
        ConnectPortalDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = dialog.findChild<WebhookAddressEdit *>(u"webhookEdit"_s);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, m_url.chopped(1) + u'x'); // a typo at the end
        QCOMPARE(edit->text(), m_url.chopped(1) + u'x');

        // Away from the field: the portal and user stay readable, the secret does not.
        auto *reveal = dialog.findChild<QCheckBox *>(u"webhookReveal"_s);
        reveal->setFocus();
        QTRY_VERIFY(edit->isMasked());
        QVERIFY(edit->text().startsWith(u"https://acme.bitrix24.com/rest/7/"_s));
        QVERIFY(!edit->text().contains(u"s3cr3t"_s));
        QCOMPARE(edit->address(), m_url.chopped(1) + u'x');

        // Back in the field, the first key edits the address instead of wiping it.
        edit->setFocus();
        QTRY_VERIFY(!edit->isMasked());
        edit->end(false);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Slash);
        QCOMPARE(edit->address(), m_url);
        auto *connect = dialog.findChild<QPushButton *>(u"connectButton"_s);
        QVERIFY(connect->isEnabled());

        // Revealed, it stays whole away from the field.
        reveal->setFocus();
        QTRY_VERIFY(edit->isMasked());
        reveal->click();
        QVERIFY(!edit->isMasked());
        QCOMPARE(edit->text(), m_url);

        QSignalSpy requested(&dialog, &ConnectPortalDialog::connectRequested);
        connect->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<PortalCredentials>().webhookSecret(), u"s3cr3tk3y"_s);
    }

    void anAddressWithoutHttpsIsAccepted() {
        ConnectPortalDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = dialog.findChild<WebhookAddressEdit *>(u"webhookEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"acme.bitrix24.com/rest/7/s3cr3tk3y/"_s);
        QVERIFY(dialog.findChild<QPushButton *>(u"connectButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"connectProblem"_s)->text().isEmpty());
    }

    void clearingAMaskedAddressClearsIt() {
        ConnectPortalDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = dialog.findChild<WebhookAddressEdit *>(u"webhookEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, m_url);
        dialog.findChild<QCheckBox *>(u"webhookReveal"_s)->setFocus();
        QTRY_VERIFY(edit->isMasked());
        edit->clear(); // the clear button, clicked without focusing the field
        QCOMPARE(edit->address(), QString());
        QVERIFY(!dialog.findChild<QPushButton *>(u"connectButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
