#include "windowsizing.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowSizing {

QSize usableSize(const QWidget *window) {
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {};
    // Title bar and frame: window managers draw them in device pixels, outside the scale factor.
    const qreal ratio = screen->devicePixelRatio();
    const QSize frame(qCeil(16 / ratio), qCeil(80 / ratio));
    return screen->availableGeometry().size() - frame;
}

void resizeWithin(QWidget *window, QSize preferred) {
    const QSize usable = usableSize(window);
    if (usable.isValid())
        preferred = preferred.boundedTo(usable);
    window->resize(preferred.expandedTo(window->minimumSizeHint()));
}

QSize textSize(const QWidget *widget, int columns, int lines) {
    const QFontMetrics metrics = widget->fontMetrics();
    return {metrics.averageCharWidth() * columns, metrics.height() * lines};
}

} // namespace WindowSizing
