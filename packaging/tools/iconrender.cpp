// invitedesk-iconrender: renders the application's SVG icon into the raster icons that packages need,
// at build time, with Qt only (QSvgRenderer), so that no image tool is a build dependency:
//   --hicolor <dir> --name <id>  <dir>/<N>x<N>/apps/<id>.png for the freedesktop hicolor theme
//   --ico <file>                 a Windows .ico (16…64 as 32-bit DIB, 256 as PNG, as Windows expects)
//   --iconset <dir>              a macOS .iconset folder for `iconutil -c icns`
// Usage: invitedesk-iconrender <icon.svg> [--hicolor <dir> --name <id>] [--ico <file>] [--iconset <dir>]

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

constexpr int kHicolorSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};
constexpr int kIcoSizes[] = {16, 20, 24, 32, 40, 48, 64, 256};

QImage render(QSvgRenderer &svg, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "iconrender: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

bool writePng(const QImage &image, const QString &path) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !image.save(path, "PNG")) {
        std::fprintf(stderr, "iconrender: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

void append16(QByteArray &out, quint16 v) {
    v = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

void append32(QByteArray &out, quint32 v) {
    v = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

// One icon image as a BITMAPINFOHEADER + bottom-up BGRA pixels + 1-bit AND mask (all zero: the
// alpha channel decides).
QByteArray dib(const QImage &image) {
    const int n = image.width();
    QByteArray out;
    append32(out, 40);
    append32(out, quint32(n));
    append32(out, quint32(2 * n)); // XOR bitmap and AND mask
    append16(out, 1);
    append16(out, 32);
    append32(out, 0); // BI_RGB
    append32(out, 0);
    append32(out, 0);
    append32(out, 0);
    append32(out, 0);
    append32(out, 0);
    for (int y = n - 1; y >= 0; --y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < n; ++x) {
            const QRgb p = line[x];
            out.append(char(qBlue(p))).append(char(qGreen(p))).append(char(qRed(p))).append(char(qAlpha(p)));
        }
    }
    const int maskStride = ((n + 31) / 32) * 4;
    out.append(QByteArray(maskStride * n, '\0'));
    return out;
}

QByteArray png(const QImage &image) {
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

bool writeIco(QSvgRenderer &svg, const QString &path) {
    QList<QByteArray> images;
    for (int size : kIcoSizes) {
        const QImage image = render(svg, size);
        images << (size >= 256 ? png(image) : dib(image));
    }
    QByteArray out;
    append16(out, 0);
    append16(out, 1); // icon
    append16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = kIcoSizes[i];
        out.append(char(size >= 256 ? 0 : size)).append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(0)).append(char(0));                                           // palette, reserved
        append16(out, 1);                                                              // planes
        append16(out, 32);                                                             // bits per pixel
        append32(out, quint32(images[i].size()));
        append32(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return writeFile(path, out);
}

bool writeIconset(QSvgRenderer &svg, const QString &dir) {
    for (int size : {16, 32, 128, 256, 512}) {
        const QString base = dir + QStringLiteral("/icon_%1x%1").arg(size);
        if (!writePng(render(svg, size), base + QStringLiteral(".png")) ||
            !writePng(render(svg, 2 * size), base + QStringLiteral("@2x.png")))
            return false;
    }
    return true;
}

int usage() {
    std::fprintf(stderr,
                 "usage: invitedesk-iconrender <icon.svg> [--hicolor <dir> --name <id>] [--ico <file>] "
                 "[--iconset <dir>]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc < 2)
        return usage();
    QString hicolor, name, ico, iconset;
    for (int i = 2; i < argc; ++i) {
        const QString option = QString::fromLocal8Bit(argv[i]);
        if (i + 1 >= argc)
            return usage();
        const QString value = QString::fromLocal8Bit(argv[++i]);
        if (option == QStringLiteral("--hicolor"))
            hicolor = value;
        else if (option == QStringLiteral("--name"))
            name = value;
        else if (option == QStringLiteral("--ico"))
            ico = value;
        else if (option == QStringLiteral("--iconset"))
            iconset = value;
        else
            return usage();
    }
    if (!hicolor.isEmpty() && name.isEmpty())
        return usage();

    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "iconrender: cannot read %s\n", argv[1]);
        return 1;
    }
    if (!hicolor.isEmpty()) {
        for (int size : kHicolorSizes) {
            const QString path =
                hicolor + QStringLiteral("/%1x%1/apps/").arg(size) + name + QStringLiteral(".png");
            if (!writePng(render(svg, size), path))
                return 1;
        }
    }
    if (!ico.isEmpty() && !writeIco(svg, ico))
        return 1;
    if (!iconset.isEmpty() && !writeIconset(svg, iconset))
        return 1;
    return 0;
}
