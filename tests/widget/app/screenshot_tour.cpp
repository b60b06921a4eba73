// Takes the README's screenshots: every window of WindowTour, on a real X display with a window
// manager (Xvfb and openbox, so windows have frames), each grabbed from the screen within its frame.
// Usage: DISPLAY=:N screenshot_tour <output folder>   (README.md says how to start the display)
#include "portalswitchmenu.h"
#include "windowtour.h"
#include "workspace/rememberedportals.h"

#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {
// "invite dialog, invite by email" → "invite-dialog-invite-by-email"
QString fileName(const QString &state) {
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    return state.toLower().replace(separators, u"-"_s) + u".png"_s;
}

// Something to look at: a search on the Employees page, recipients in the invite dialog going to a
// department, a person typed on the Register tab.
void fillIn(QWidget *window) {
    if (auto *search = window->findChild<QLineEdit *>(u"employeeSearch"_s);
        search && search->isVisible() && search->text().isEmpty()) {
        search->setText(u"berg"_s);
        auto *table = window->findChild<QTableView *>(u"employeeTable"_s);
        if (QTest::qWaitFor(
                [table] { return table->model()->rowCount() > 0 && table->model()->rowCount() < 10; }))
            table->setCurrentIndex(table->model()->index(0, 0));
    }
    if (auto *recipients = window->findChild<QPlainTextEdit *>(u"emailRecipients"_s);
        recipients && recipients->toPlainText().isEmpty()) {
        recipients->setPlainText(u"anna.schmidt@example.com, Boris Petrov <boris.petrov@example.com>\n"
                                 "not-an-address, chloe.martin@example.org"_s);
        if (auto *department = window->findChild<QComboBox *>(u"emailDepartment"_s);
            department && department->findText(u"Sales"_s) > 0)
            department->setCurrentIndex(department->findText(u"Sales"_s));
        if (auto *tab = window->findChild<InviteByEmailTab *>())
            tab->classifyNow(); // the grid and preview at once, not after the typing pause
    }
    if (auto *first = window->findChild<QLineEdit *>(u"registerFirstName"_s);
        first && first->isVisible() && first->text().isEmpty()) {
        first->setText(u"Jürgen"_s);
        window->findChild<QLineEdit *>(u"registerLastName"_s)->setText(u"Weiß"_s);
        window->findChild<QLineEdit *>(u"registerEmail"_s)->setText(u"j.weiss@example.com"_s);
        window->findChild<QLineEdit *>(u"registerPosition"_s)->setText(u"Logistics coordinator"_s);
        if (auto *department = window->findChild<QComboBox *>(u"registerDepartment"_s);
            department && department->findText(u"Logistics"_s) > 0)
            department->setCurrentIndex(department->findText(u"Logistics"_s));
    }
}
// Portal → Switch portal open over the main window, listing three remembered portals (names only:
// a menu needs no secret), the first one current (the portal the tour's window title names).
bool shootSwitchMenu(WindowTour::Running &app, const QDir &out) {
    RememberedPortals portals(app.settings.get());
    QList<PortalSwitchMenu::Choice> choices;
    const QStringList hosts{u"acme.bitrix24.com"_s, u"helpdesk.globex.de"_s, u"initech.bitrix24.eu"_s};
    for (qsizetype i = 0; i < hosts.size(); ++i)
        choices.append({RememberedPortals::idOf(hosts.at(i), 1), hosts.at(i), 1, i == 0});
    MainWindow *window = app.shell->window();
    window->switchPortalMenu()->setChoices(choices);
    window->raise();
    window->activateWindow();
    auto *portalMenu = window->findChild<QMenu *>(u"portalMenu"_s);
    const QRect item = window->menuBar()->actionGeometry(portalMenu->menuAction());
    portalMenu->popup(window->menuBar()->mapToGlobal(item.bottomLeft()));
    if (!QTest::qWaitForWindowExposed(portalMenu))
        return false;
    const QRect entry = portalMenu->actionGeometry(window->switchPortalMenu()->menuAction());
    portalMenu->setActiveAction(window->switchPortalMenu()->menuAction());
    window->switchPortalMenu()->popup(portalMenu->mapToGlobal(entry.topRight()));
    if (!QTest::qWaitForWindowExposed(window->switchPortalMenu()))
        return false;
    QCoreApplication::processEvents();
    const QPixmap shot = window->screen()->grabWindow(0);
    window->switchPortalMenu()->hide();
    portalMenu->hide();
    return shot.save(out.filePath(u"portal-menu-switch-portal.png"_s));
}
} // namespace

int main(int argc, char **argv) {
    QApplication application(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s);
    WindowTour::useLanguage(qEnvironmentVariable("INVITEDESK_LANG", u"en"_s));
    WindowTour::Running app;
    if (!app.start())
        return 1;
    WindowTour::reviewGridArea() = QGuiApplication::primaryScreen()->availableGeometry();
    int taken = 0;
    const bool toured = WindowTour::visitAll(
        app.shell->window(),
        [&](QWidget *window, const QString &state) {
            fillIn(window);
            window->raise();
            window->activateWindow();
            if (!QTest::qWaitForWindowExposed(window))
                return;
            // Taken once the window manager has framed it (without one, the window alone).
            if (!QTest::qWaitFor([window] { return window->frameGeometry() != window->geometry(); }, 5000))
                qInfo("no window manager frame: %s shows the window alone", qPrintable(state));
            QCoreApplication::processEvents();
            const QRect frame = window->frameGeometry();
            QPixmap shot =
                window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
            // At 200 % the README shows the picture halved: as large as the window's logical size.
            if (shot.devicePixelRatio() > 1)
                shot = shot.scaled(frame.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            if (shot.save(out.filePath(fileName(state))))
                ++taken;
        },
        true);
    if (shootSwitchMenu(app, out))
        ++taken;
    qInfo("%d screenshots in %s", taken, qPrintable(out.absolutePath()));
    return toured && taken > 0 ? 0 : 1;
}
