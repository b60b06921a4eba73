// Every window fits a laptop screen and reads in every language: opened on an offscreen 1366×768
// screen at 100 %, or (built as tst_screenfit_scaled) on 1920×1080 at QT_SCALE_FACTOR=2, in each
// shipped language, each window with its title bar and a taskbar fits the screen, every button it
// shows lies inside the screen and inside its window, no text is elided or clipped, and the layout is
// even (one primary button, the style's margins, form labels aligned as the style says).
#include "directory/employeequery.h"
#include "textfit.h"
#include "windowtour.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

#ifdef SCREENFIT_SCALED
constexpr int ScreenWidth = 1920, ScreenHeight = 1080;
constexpr qreal Scale = 2;
#else
constexpr int ScreenWidth = 1366, ScreenHeight = 768;
constexpr qreal Scale = 1;
#endif
// What a desktop takes from the screen (device pixels): a taskbar and the window's title bar.
constexpr int TaskbarHeight = 40, TitleBarHeight = 30;

// The part of the screen a window may use, in Qt's (scaled) coordinates.
QRect usableArea(const QScreen *screen) {
    return screen->availableGeometry().adjusted(0, qCeil(TitleBarHeight / Scale), 0,
                                                -qCeil(TaskbarHeight / Scale));
}

QString describe(const QWidget *widget) {
    return u"%1 '%2' (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                 widget->property("text").toString());
}

// Every shown button of `window` outside the window, outside one of its ancestors or off the area.
QStringList buttonsOutside(QWidget *window, const QRect &area) {
    QStringList outside;
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->window() != window)
            continue;
        const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
        bool clipped = !area.contains(global);
        for (QWidget *ancestor = button->parentWidget(); ancestor && !clipped;
             ancestor = ancestor->isWindow() ? nullptr : ancestor->parentWidget())
            clipped = !QRect(ancestor->mapToGlobal(QPoint(0, 0)), ancestor->size()).contains(global);
        if (clipped)
            outside << u"%1 at %2,%3 %4×%5"_s.arg(describe(button))
                           .arg(global.x())
                           .arg(global.y())
                           .arg(global.width())
                           .arg(global.height());
    }
    return outside;
}

// The pages' lists that scroll sideways or hide a column people look for: the department tree, the
// Employees table and the department's people (e-mail, department and state in view).
QStringList listsThatScrollSideways(QWidget *window) {
    QStringList found;
    for (const QString &name : {u"departmentTree"_s, u"employeeTable"_s, u"departmentPeople"_s}) {
        auto *view = window->findChild<QAbstractItemView *>(name);
        if (!view || !view->isVisible() || view->window() != window)
            continue;
        if (view->horizontalScrollBar()->isVisible())
            found << name + u": horizontal scrollbar"_s;
        if (name != u"departmentPeople" || !view->model())
            continue;
        const auto *table = qobject_cast<QTableView *>(view);
        for (const auto column :
             {EmployeeQuery::Column::Email, EmployeeQuery::Column::Department, EmployeeQuery::Column::State})
            if (table->isColumnHidden(int(column)))
                found << name + u": column %1 hidden"_s.arg(int(column));
    }
    return found;
}

// Whether `widget` draws an edge around its content (a group box, a frame, a page of a framed tab
// widget, a scroll area's content): inside an edge the style's margins apply; a plain container's
// content lines up with its neighbours instead.
bool drawsAnEdge(const QWidget *widget) {
    if (qobject_cast<const QGroupBox *>(widget))
        return true;
    if (const auto *frame = qobject_cast<const QFrame *>(widget);
        frame && frame->frameShape() != QFrame::NoFrame)
        return true;
    const QWidget *parent = widget->parentWidget();
    if (const auto *tabs = parent ? qobject_cast<const QTabWidget *>(parent->parentWidget()) : nullptr)
        return !tabs->documentMode();
    return parent && qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
}

// The frameless tab widget `widget` is a page of; null for anything else.
const QTabWidget *framelessTabsOf(const QWidget *widget) {
    const QWidget *parent = widget->parentWidget();
    const auto *tabs = parent ? qobject_cast<const QTabWidget *>(parent->parentWidget()) : nullptr;
    return tabs && tabs->documentMode() ? tabs : nullptr;
}

// The style's margins for a layout of `owner`.
QMargins styledMargins(const QWidget *owner) {
    const QStyle *style = owner->style();
    return QMargins(style->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, owner),
                    style->pixelMetric(QStyle::PM_LayoutTopMargin, nullptr, owner),
                    style->pixelMetric(QStyle::PM_LayoutRightMargin, nullptr, owner),
                    style->pixelMetric(QStyle::PM_LayoutBottomMargin, nullptr, owner));
}

// What a layout of ours should have around it: the style's margins in a window or inside an edge,
// none in a plain container or a layout nested in another.
bool marginsAreEven(const QLayout *layout, const QWidget *owner) {
    const QMargins margins = layout->contentsMargins();
    if (margins.isNull())
        return true;
    if (!qobject_cast<const QWidget *>(layout->parent()))
        return false; // nested in another layout
    const QMargins styled = styledMargins(owner);
    if (owner->isWindow() || drawsAnEdge(owner))
        return margins == styled;
    // A frameless tab page: in line with the tab bar and what is beside it when the tab widget sits
    // within margins already (the invite dialog's tabs), or the window's margins where the tab widget
    // reaches the window's edges (the main window's pages).
    const QTabWidget *tabs = framelessTabsOf(owner);
    if (!tabs)
        return false;
    const QLayout *around = tabs->parentWidget() ? tabs->parentWidget()->layout() : nullptr;
    const bool withinMargins = around && !around->contentsMargins().isNull();
    return margins == (withinMargins ? QMargins(0, styled.top(), 0, 0) : styled);
}

// What makes a window uneven: more than one default (primary) button shown; margins of our own
// instead of the style's, or doubled by a plain container; form labels aligned otherwise than the
// style says. Qt's own widgets (tool bars, status bars, button boxes) lay themselves out.
QStringList unevenLayout(QWidget *window) {
    QStringList found;
    QStringList defaults;
    for (QPushButton *button : window->findChildren<QPushButton *>())
        if (button->isVisible() && button->window() == window && button->isDefault())
            defaults << describe(button);
    if (defaults.size() > 1)
        found << u"several default buttons: "_s + defaults.join(u", "_s);
    static const QStringList plainQtClasses{u"QWidget"_s, u"QDialog"_s, u"QGroupBox"_s, u"QFrame"_s};
    for (QLayout *layout : window->findChildren<QLayout *>()) {
        QWidget *owner = layout->parentWidget();
        if (!owner || !owner->isVisible() || owner->window() != window)
            continue;
        const QString ownerClass = QString::fromLatin1(owner->metaObject()->className());
        if (ownerClass.startsWith(u'Q') && !plainQtClasses.contains(ownerClass))
            continue;
        const QMargins margins = layout->contentsMargins();
        if (!marginsAreEven(layout, owner))
            found << u"%1 of %2: margins %3,%4,%5,%6"_s
                         .arg(QString::fromLatin1(layout->metaObject()->className()), describe(owner))
                         .arg(margins.left())
                         .arg(margins.top())
                         .arg(margins.right())
                         .arg(margins.bottom());
        if (auto *form = qobject_cast<QFormLayout *>(layout);
            form && form->labelAlignment() !=
                        Qt::Alignment(owner->style()->styleHint(QStyle::SH_FormLayoutLabelAlignment)))
            found << u"form of %1: labels aligned otherwise than the style's"_s.arg(describe(owner));
    }
    return found;
}

} // namespace

class TestScreenFit : public QObject {
    Q_OBJECT
private slots:
    void theScreenIsTheOneAskedFor() {
        const QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->geometry().size(), QSize(qRound(ScreenWidth / Scale), qRound(ScreenHeight / Scale)));
        QCOMPARE(screen->devicePixelRatio(), Scale);
    }

    void everyWindowFitsWithItsButtonsOnScreen_data() { WindowTour::addLanguageRows(); }
    void everyWindowFitsWithItsButtonsOnScreen() {
        QFETCH(QString, language);
        WindowTour::useLanguage(language);
        WindowTour::Running app;
        QVERIFY(app.start());
        MainWindow *window = app.shell->window();
        int visited = 0;
        const bool toured = WindowTour::visitAll(window, [&](QWidget *shown, const QString &state) {
            ++visited;
            qInfo("visiting %s", qPrintable(state));
            if (qEnvironmentVariableIsSet("SCREENFIT_DEBUG"))
                for (QWidget *w : shown->findChildren<QWidget *>())
                    if (w->isVisible() &&
                        (w->minimumSizeHint().height() > 60 || w->minimumSizeHint().width() > 200))
                        qInfo("  %s %s min %dx%d", w->metaObject()->className(), qPrintable(w->objectName()),
                              w->minimumSizeHint().width(), w->minimumSizeHint().height());
            const QRect area = usableArea(shown->screen());
            const QSize frame = shown->frameGeometry().size();
            QVERIFY2(frame.width() <= area.width() && frame.height() <= area.height(),
                     qPrintable(u"%1: %2×%3 does not fit %4×%5 (minimum %6×%7)"_s.arg(state)
                                    .arg(frame.width())
                                    .arg(frame.height())
                                    .arg(area.width())
                                    .arg(area.height())
                                    .arg(shown->minimumSizeHint().width())
                                    .arg(shown->minimumSizeHint().height())));
            // Where the window manager puts it is its business; inside the area is where it can go.
            if (!area.contains(shown->frameGeometry()))
                shown->move(area.topLeft());
            QTRY_VERIFY(area.contains(shown->frameGeometry()));
            const QStringList outside = buttonsOutside(shown, area);
            QVERIFY2(outside.isEmpty(), qPrintable(state + u": "_s + outside.join(u"; "_s)));
            const QStringList sideways = listsThatScrollSideways(shown);
            QVERIFY2(sideways.isEmpty(), qPrintable(state + u": "_s + sideways.join(u"; "_s)));
            const QStringList uneven = unevenLayout(shown);
            QVERIFY2(uneven.isEmpty(), qPrintable(state + u": "_s + uneven.join(u"; "_s)));
            const QStringList cut = TextFit::cutTexts(shown);
            QVERIFY2(cut.isEmpty(), qPrintable(state + u": "_s + cut.join(u"; "_s)));
        });
        QVERIFY(toured);
        QCOMPARE(visited, 14); // every window and state of WindowTour::visitAll
    }

    void theMainWindowShrinksToTheScreen_data() { WindowTour::addLanguageRows(); }
    void theMainWindowShrinksToTheScreen() {
        QFETCH(QString, language);
        WindowTour::useLanguage(language);
        WindowTour::Running app;
        QVERIFY(app.start());
        MainWindow *window = app.shell->window();
        auto *pages = window->findChild<QTabWidget *>(u"pages"_s);
        QRect area = usableArea(window->screen());
#ifdef SCREENFIT_SCALED
        area.setWidth(1600 / 2); // the smallest screen seen with 200 %: 1600×1000
#endif
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            WindowTour::settle();
            const QSize minimum = window->minimumSizeHint();
            QVERIFY2(minimum.width() <= area.width() && minimum.height() <= area.height(),
                     qPrintable(u"minimum %1×%2, screen area %3×%4"_s.arg(minimum.width())
                                    .arg(minimum.height())
                                    .arg(area.width())
                                    .arg(area.height())));
        }
    }
};

int main(int argc, char **argv) {
    // The offscreen platform reads its screen from a file; the size must be known before it starts.
    // A colon ends a platform argument, so on Windows (drive letters) the file is named relative to
    // the current folder.
    QDir().mkpath(QDir::tempPath());
    const QString name = u"invitedesk-screenfit-%1.json"_s.arg(QCoreApplication::applicationPid());
#ifdef Q_OS_WIN
    const QString config = name;
#else
    const QString config = QDir::temp().filePath(name);
#endif
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(u"{\"screens\":[{\"name\":\"laptop\",\"x\":0,\"y\":0,\"width\":%1,\"height\":%2,"
               "\"logicalDpi\":96,\"logicalBaseDpi\":96,\"dpr\":1}]}"_s.arg(ScreenWidth)
                   .arg(ScreenHeight)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", u"offscreen:configfile=%1"_s.arg(config).toUtf8());
    if (Scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(Scale));
    QApplication app(argc, argv);
    TestScreenFit test;
    const int result = QTest::qExec(&test, argc, argv);
    QFile::remove(config);
    return result;
}

#include "tst_screenfit.moc"
