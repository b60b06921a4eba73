// Portal → Switch portal in the main window, over two sandbox portals and the real Secret Service of
// ./test: the menu lists the remembered portals with the current one checked, a portal is chosen from
// the keyboard, and the invite dialog open at that moment closes with what was typed kept as a draft of
// the portal it was composed for.
#include "../../integration/workspace/rememberedportalsfixture.h"
#include "applicationshell.h"
#include "invite/invitationdrafts.h"
#include "invite/invitedialog.h"
#include "invite/outboxdatabase.h"
#include "mainwindow.h"
#include "portalswitchmenu.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;
using namespace RememberedPortalsFixture;

class TestPortalSwitcher : public QObject {
    Q_OBJECT

    static QAction *checkedPortal(PortalSwitchMenu *menu) {
        for (QAction *action : menu->portalActions())
            if (action->isChecked())
                return action;
        return nullptr;
    }

private slots:
    void switchingFromTheMenuClosesTheInviteDialogAndOpensTheOtherPortal() {
        TwoPortals two(30, 40);
        const auto &[portalA, portalB] = std::tie(two.a, two.b);
        Workspace &workspace = two.workspace;
        ApplicationShell shell(&workspace, &two.settings);
        shell.show();
        MainWindow *window = shell.window();
        PortalSwitchMenu *menu = window->switchPortalMenu();
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), u"switchPortalMenu"_s);
        QVERIFY(!menu->accessibleName().isEmpty());
        QVERIFY(menu->title().contains(u'&'));
        auto *portalMenu = window->findChild<QMenu *>(u"portalMenu"_s);
        QVERIFY(portalMenu && portalMenu->actions().contains(menu->menuAction()));

        INVITEDESK_REMEMBER(workspace, *portalA);
        INVITEDESK_REMEMBER(workspace, *portalB);
        QTRY_COMPARE(menu->portalActions().size(), 2);
        QVERIFY(checkedPortal(menu));
        QCOMPARE(checkedPortal(menu)->data().toString(), idOf(*portalB));
        QTRY_VERIFY(window->signOutAction()->isEnabled()); // forgets the current portal
        for (QAction *action : menu->portalActions())
            QVERIFY(action->text().startsWith(u'&')); // "&1  …": a number to press

        // An invitation is being composed for B when the user switches to A.
        const QString outboxB = workspace.outboxPath();
        const QString keyB = workspace.portalKey();
        window->inviteAction()->trigger();
        QTRY_VERIFY(window->findChild<InviteDialog *>());
        auto *recipients = window->findChild<QPlainTextEdit *>(u"emailRecipients"_s);
        QVERIFY(recipients);
        recipients->setPlainText(u"composed.for.b@example.com"_s);

        // From the keyboard: the submenu open, "1" picks the first portal (A).
        QSignalSpy connected(&workspace, &Workspace::connected);
        menu->popup(window->mapToGlobal(QPoint(0, 0)));
        QTRY_VERIFY(menu->isVisible());
        QTest::keyClick(menu, Qt::Key_1);
        QTRY_VERIFY(window->findChild<InviteDialog *>() == nullptr);
        QVERIFY(!workspace.outbox() || workspace.outboxPath() != outboxB);
        QVERIFY(connected.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.outbox(), 20000);
        QCOMPARE(workspace.currentPortalId(), idOf(*portalA));
        QVERIFY(workspace.outboxPath() != outboxB);
        QTRY_COMPARE(checkedPortal(menu)->data().toString(), idOf(*portalA));
        QVERIFY(window->windowTitle().contains(workspace.portalHost().section(u':', 0, 0)));

        // What was typed waits as B's draft, and A's invite dialog starts without it.
        {
            OutboxDatabase db(outboxB);
            QVERIFY(db.open());
            InvitationDrafts drafts(db);
            const std::optional<InvitationDraft> draft = drafts.restore(keyB, u"email"_s);
            QVERIFY(draft.has_value());
            QVERIFY(draft->recipients.contains(u"composed.for.b@example.com"_s));
        }
        window->inviteAction()->trigger();
        QTRY_VERIFY(window->findChild<InviteDialog *>());
        recipients = window->findChild<QPlainTextEdit *>(u"emailRecipients"_s);
        QVERIFY(recipients);
        QVERIFY(!recipients->toPlainText().contains(u"composed.for.b"_s));
        window->findChild<InviteDialog *>()->reject();

        // Forget both, so no keychain entry outlives the test.
        for (int i = 0; i < 2; ++i) {
            QSignalSpy forgotten(&workspace, &Workspace::portalForgotten);
            if (i == 1)
                QVERIFY(workspace.switchPortal(idOf(*portalB)));
            workspace.signOut();
            QVERIFY(forgotten.wait(20000));
        }
        QTRY_VERIFY(menu->portalActions().isEmpty());
        QTRY_VERIFY(!window->signOutAction()->isEnabled());
    }
};

QTEST_MAIN(TestPortalSwitcher)
#include "tst_portalswitcher.moc"
