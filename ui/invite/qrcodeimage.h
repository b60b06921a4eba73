#pragma once

#include <QImage>
#include <QString>

// A QR code of a text (libqrencode, error correction M, with the standard four-module quiet zone),
// as a square image or as SVG for print shops.
class QrCodeImage {
public:
    explicit QrCodeImage(const QString &text);

    bool isNull() const { return m_size == 0; }
    int modules() const { return m_size; } // per side, without the quiet zone
    // A square image with `scale` pixels per module, black on white.
    QImage image(int scale = 8) const;
    QString svg() const;

private:
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

    int m_size = 0;
    QList<bool> m_dark;
};
