#include "noticebanner.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// The notice tint: amber, as warning strips usually are.
const QColor Accent(0xf2, 0xb2, 0x0f);
constexpr double MinimumContrast = 4.5; // WCAG 2 AA for normal text

QColor mix(const QColor &from, const QColor &to, double amount) {
    const QColor a = from.toRgb(), b = to.toRgb();
    const auto blend = [amount](float x, float y) { return x + float(amount) * (y - x); };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

double linear(float channel) {
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color) {
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double NoticeBanner::contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

NoticeBanner::Colours NoticeBanner::coloursFor(const QPalette &palette, QPalette::ColorGroup group) {
    const QColor window = palette.color(group, QPalette::Window);
    const QColor text = palette.color(group, QPalette::WindowText);
    // Light text on a dark window: a dark theme. A lighter tint keeps the strip dark there.
    const bool dark = luminance(text) > luminance(window);
    Colours colours;
    colours.background = mix(window, Accent, dark ? 0.22 : 0.28);
    colours.border = mix(window, Accent, dark ? 0.45 : 0.6);
    colours.text = text;
    if (contrastRatio(colours.text, colours.background) < MinimumContrast) {
        // A palette whose own text is too faint on the tint: take whichever extreme reads better.
        const QColor black(Qt::black), white(Qt::white);
        colours.text = contrastRatio(black, colours.background) > contrastRatio(white, colours.background)
                           ? black
                           : white;
    }
    return colours;
}

NoticeBanner::NoticeBanner(Border border, QWidget *parent)
    : QLabel(parent)
    , m_border(border) {
    // The banner paints with the tool-tip roles and sets only those itself. Setting Window and
    // WindowText instead would cut them off from the parent's palette, and a new palette (a dark
    // theme switched on while the window is open) would no longer reach the banner.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    applyPalette();
}

void NoticeBanner::applyPalette() {
    if (m_applying)
        return;
    m_applying = true;
    const QPalette inherited = palette();
    QPalette own; // no roles set: everything but the two below keeps following the parent
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const Colours colours = coloursFor(inherited, group);
        own.setColor(group, QPalette::ToolTipBase, colours.background);
        own.setColor(group, QPalette::ToolTipText, colours.text);
    }
    setPalette(own);
    m_applying = false;
}

void NoticeBanner::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void NoticeBanner::paintEvent(QPaintEvent *event) {
    QLabel::paintEvent(event);
    QPainter painter(this);
    painter.setPen(coloursFor(palette(), palette().currentColorGroup()).border);
    const QRect r = rect();
    if (m_border == Border::Box)
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    else
        painter.drawLine(r.bottomLeft(), r.bottomRight());
}
