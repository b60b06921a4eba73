#include "invite/qrcodeimage.h"

#include <qrencode.h>

namespace {
constexpr int QuietZone = 4;
}

QrCodeImage::QrCodeImage(const QString &text) {
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    m_size = code->width;
    m_dark.resize(qsizetype(m_size) * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
}

QImage QrCodeImage::image(int scale) const {
    if (isNull() || scale < 1)
        return {};
    const int side = (m_size + 2 * QuietZone) * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + QuietZone) * scale + dx, (y + QuietZone) * scale + dy, 1);
    return image;
}

QString QrCodeImage::svg() const {
    if (isNull())
        return {};
    const int side = m_size + 2 * QuietZone;
    QString path;
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + QuietZone).arg(y + QuietZone);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" width=\"%2mm\" "
                          "height=\"%2mm\" shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#fff\"/>\n"
                          "<path fill=\"#000\" d=\"%3\"/>\n</svg>\n")
        .arg(side)
        .arg(side)
        .arg(path);
}
