// The main window's ways onward: the training banner leads to connecting a real portal, the Help menu
// lists the keyboard shortcuts, opens the data folder and tells which version runs; Preferences speak
// the user's words.
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// Receives the URLs the window asks the desktop to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void theTrainingBannerLeadsToConnectingAPortal() {
        MainWindow window;
        MainWindow::PortalStatus status;
        status.portalHost = u"127.0.0.1"_s;
        status.trainingMode = true;
        window.setPortalStatus(status);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *banner = window.findChild<QLabel *>(u"trainingBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"href=\"connect\""_s));
        QVERIFY(banner->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        QSignalSpy connect(&window, &MainWindow::connectPortalRequested);
        // Tab reaches the link, Enter follows it.
        banner->setFocus();
        QTest::keyClick(banner, Qt::Key_Tab);
        QTest::keyClick(banner, Qt::Key_Return);
        QCOMPARE(connect.size(), 1);
    }

    void helpListsShortcutsAndOpensTheDataFolder() {
        MainWindow window;
        window.setDataFolder(u"/tmp/invitedesk-data"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text();
        QVERIFY2(menus.contains(u"&Help"_s), qPrintable(menus.join(u", "_s)));

        window.findChild<QAction *>(u"shortcutsAction"_s)->trigger();
        QMessageBox *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = window.findChild<QMessageBox *>(u"shortcutsDialog"_s)) != nullptr);
        QVERIFY(shortcuts->text().contains(u"Ctrl+I"_s));
        QVERIFY(shortcuts->text().contains(u"F5"_s));
        shortcuts->close();

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        window.findChild<QAction *>(u"openDataFolderAction"_s)->trigger();
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl::fromLocalFile(u"/tmp/invitedesk-data"_s)});
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
    }

    void preferencesNameThePlanAsThePortalDoes() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        PreferencesDialog dialog(&settings);
        auto *plan = dialog.findChild<QComboBox *>(u"planCombo"_s);
        QStringList items;
        for (int i = 0; i < plan->count(); ++i)
            items << plan->itemText(i);
        // The plans as Bitrix24 names them, not the API's request rates.
        QCOMPARE(items, (QStringList{u"Free, Basic, Standard or Professional"_s, u"Enterprise"_s}));
        plan->setCurrentIndex(1);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(settings.value(QLatin1StringView(PreferencesDialog::EnterprisePlanKey)).toBool(), true);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
