#pragma once

#include <QColor>
#include <QLabel>

// A notice strip above a window's content (training mode, missing rights). Its colours come from
// the palette it inherits, the window colour tinted amber with the window's text colour on it, and
// follow every palette change, so the notice reads in a light theme and in a dark one alike.
class NoticeBanner : public QLabel {
    Q_OBJECT
public:
    enum class Border { Box, BottomLine };

    struct Colours {
        QColor background;
        QColor text;
        QColor border;
    };
    // What a banner paints with under `palette` (text at least WCAG AA contrast on the background).
    static Colours coloursFor(const QPalette &palette, QPalette::ColorGroup group = QPalette::Active);
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

    explicit NoticeBanner(Border border, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyPalette();

    Border m_border;
    bool m_applying = false;
};
