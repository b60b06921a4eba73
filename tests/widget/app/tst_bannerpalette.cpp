// The two notice banners (the main window's training-mode banner and the invite dialog's rights
// banner) stay readable whatever the palette: measured on the rendered pixels, the text has at least
// WCAG AA contrast (4.5:1) with the banner's background, and the banner is dark in a dark palette
// instead of a light strip with the palette's light text on it. The palette is changed while the
// windows are open, as when the desktop switches to its dark theme.
#include "invite/invitedialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double channel(int value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color) {
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A dark palette with sensible tool-tip colours.
QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x40, 0x20));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xe6, 0xc8));
    return dark;
}

// The widely copied "Fusion dark" recipe: white tool-tip base and white tool-tip text.
QPalette fusionDarkRecipe() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(25, 25, 25));
    dark.setColor(QPalette::AlternateBase, QColor(53, 53, 53));
    dark.setColor(QPalette::ToolTipBase, Qt::white);
    dark.setColor(QPalette::ToolTipText, Qt::white);
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(53, 53, 53));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    return dark;
}

QPalette lightPalette() {
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    light.setColor(QPalette::ToolTipText, Qt::black);
    return light;
}

struct Measured {
    QColor background; // the most frequent pixel
    QColor text;       // the pixel that stands out most from the background
    double ratio = 1;
};

// Reads the colours off the banner as drawn, inside its frame (a border line is not text).
Measured measure(QLabel *banner) {
    const QImage image = banner->grab(banner->contentsRect()).toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    Measured m;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m.background = QColor::fromRgb(it.key());
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrast(QColor::fromRgb(it.key()), m.background);
        if (ratio > m.ratio) {
            m.ratio = ratio;
            m.text = QColor::fromRgb(it.key());
        }
    }
    return m;
}

bool isDark(const QColor &color) {
    return luminance(color) < 0.18;
}

} // namespace

class TestBannerPalette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QApplication::setPalette(m_original); }
    void readableInEveryPalette_data();
    void readableInEveryPalette();

private:
    void check(QLabel *banner, const QPalette &palette);
    QPalette m_original = QApplication::palette();
};

void TestBannerPalette::readableInEveryPalette_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("fusion-dark-recipe") << fusionDarkRecipe();
    QTest::newRow("light") << lightPalette();
}

void TestBannerPalette::check(QLabel *banner, const QPalette &palette) {
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    const Measured m = measure(banner);
    const QString seen = u"%1: text %2 on %3, contrast %4 (palette window %5)"_s.arg(
        banner->objectName(), m.text.name(), m.background.name(), QString::number(m.ratio, 'f', 2),
        palette.color(QPalette::Window).name());
    QVERIFY2(m.ratio >= 4.5, qPrintable(seen));
    QVERIFY2(isDark(m.background) == isDark(palette.color(QPalette::Window)), qPrintable(seen));
}

void TestBannerPalette::readableInEveryPalette() {
    QFETCH(QPalette, palette);
    MainWindow window;
    MainWindow::PortalStatus status;
    status.portalHost = u"127.0.0.1"_s;
    status.trainingMode = true;
    window.setPortalStatus(status);
    window.show();

    InviteDialogContext context;
    context.portal = u"acme.bitrix24.com"_s;
    context.isAdmin = false; // the rights banner shows
    InviteDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *training = window.findChild<QLabel *>(u"trainingBanner"_s);
    auto *rights = dialog.findChild<QLabel *>(u"rightsBanner"_s);
    // Switched while open (QEvent::PaletteChange), then back to where it started and again.
    for (const QPalette &p : {palette, lightPalette(), palette}) {
        QApplication::setPalette(p);
        QCoreApplication::processEvents();
        check(training, p);
        if (QTest::currentTestFailed())
            return;
        check(rights, p);
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_MAIN(TestBannerPalette)
#include "tst_bannerpalette.moc"
