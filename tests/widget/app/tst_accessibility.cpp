// Accessibility: walks the QAccessible tree of the real main window and of the invite
// dialog on each of its three tabs, on the training sandbox, and fails on any focusable element
// without a name.
#include "applicationshell.h"
#include "invite/invitedialog.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAccessible>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every focusable, visible element below `root` without an accessible name, described for the log.
int g_focusableSeen = 0;

void collectNameless(QAccessibleInterface *iface, QStringList *nameless, int depth = 0) {
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    // Items of views carry the model's data as their name (an empty cell is data, not a control).
    static const QList<QAccessible::Role> itemRoles{QAccessible::Cell,         QAccessible::Row,
                                                    QAccessible::TreeItem,     QAccessible::ListItem,
                                                    QAccessible::ColumnHeader, QAccessible::RowHeader};
    const bool isItem = itemRoles.contains(iface->role());
    if (!isItem && state.focusable && !state.invisible)
        ++g_focusableSeen;
    if (!isItem && state.focusable && !state.invisible && !state.offscreen &&
        iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = iface->object();
        nameless->append(u"%1 %2 (role %3)"_s
                             .arg(object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s,
                                  object ? object->objectName() : QString())
                             .arg(int(iface->role())));
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectNameless(iface->child(i), nameless, depth + 1);
}

QStringList namelessIn(QWidget *root) {
    g_focusableSeen = 0;
    QStringList nameless;
    collectNameless(QAccessible::queryAccessibleInterface(root), &nameless);
    return nameless;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void everyFocusableElementHasAName() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 60;
        options.dataDir = dir.path();
        Workspace workspace(&settings, options);
        ApplicationShell shell(&workspace, &settings);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));

        MainWindow *window = shell.window();
        // The window and the toolbar's invite button carry the application icon (PNG renditions).
        QCOMPARE(window->windowIcon().availableSizes().size(), 8);
        QVERIFY(!window->windowIcon().pixmap(32).isNull());
        QVERIFY(!window->inviteAction()->icon().pixmap(24).isNull());
        auto *pages = window->findChild<QTabWidget *>(u"pages"_s);
        QVERIFY(pages);
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            const QStringList nameless = namelessIn(window);
            QVERIFY2(nameless.isEmpty(),
                     qPrintable(u"main window page %1: "_s.arg(page) + nameless.join(u"; "_s)));
            QVERIFY2(g_focusableSeen >= 5, "the walk must reach the window's controls");
        }

        window->inviteAction()->trigger();
        InviteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<InviteDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        for (const auto tab : {InviteDialog::Tab::QuickRegistration, InviteDialog::Tab::InviteByEmail,
                               InviteDialog::Tab::Register}) {
            dialog->setCurrentTab(tab);
            QCoreApplication::processEvents();
            const QStringList nameless = namelessIn(dialog);
            QVERIFY2(nameless.isEmpty(),
                     qPrintable(u"invite dialog tab %1: "_s.arg(int(tab)) + nameless.join(u"; "_s)));
            QVERIFY2(g_focusableSeen >= 8, "the walk must reach the dialog's controls");
        }
        dialog->close();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
