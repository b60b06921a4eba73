#include "invite/csvencoding.h"

#include "invite/codepage.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

constexpr QByteArrayView Utf8Bom("\xEF\xBB\xBF");
constexpr QByteArrayView Utf16LeBom("\xFF\xFE");
constexpr QByteArrayView Utf16BeBom("\xFE\xFF");

bool isUtf16(const QByteArray &name) {
    return name == "UTF-16LE" || name == "UTF-16BE";
}

bool isUnicode(const QByteArray &name) {
    return name == "UTF-8" || isUtf16(name);
}

// UTF-16 without a byte order mark: ASCII text leaves every other byte zero.
QByteArray utf16WithoutMark(QByteArrayView bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const int pairs = int(n / 2);
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs)
        return "UTF-16LE";
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs)
        return "UTF-16BE";
    return {};
}

// A legacy single-byte code page. Cyrillic text is runs of bytes above 0x7F, Latin text has them
// alone between ASCII letters. Lower-case letters are most of any text: 0xE0–0xFF in Windows-1251,
// 0xC0–0xDF in KOI8-R.
QByteArray legacyCodePage(QByteArrayView bytes) {
    int high = 0;
    int inRuns = 0;
    int upperHalf = 0; // 0xE0–0xFF
    int lowerHalf = 0; // 0xC0–0xDF
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        if (b < 0x80)
            continue;
        ++high;
        const bool before = i > 0 && uchar(bytes[i - 1]) >= 0x80;
        const bool after = i + 1 < bytes.size() && uchar(bytes[i + 1]) >= 0x80;
        inRuns += before || after;
        upperHalf += b >= 0xE0;
        lowerHalf += b >= 0xC0 && b < 0xE0;
    }
    if (high == 0 || inRuns * 2 < high)
        return "windows-1252";
    return upperHalf >= lowerHalf ? QByteArray("windows-1251") : QByteArray("KOI8-R");
}

// Whether a single-byte decoder's output is text: bytes of another encoding show as C0/C1 controls
// other than tab and line ends (NUL from UTF-16) or replacement characters.
bool looksLikeText(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            continue;
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xFFFD)
            return false;
    }
    return true;
}

} // namespace

namespace CsvEncoding {

QList<QByteArray> choices() {
    static const QList<QByteArray> available = [] {
        QList<QByteArray> list;
        for (const char *name :
             {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R", "windows-1252", "windows-1250"}) {
            const QByteArray encoding(name);
            if (isUnicode(encoding) || CodePage::isAvailable(encoding))
                list << encoding;
        }
        return list;
    }();
    return available;
}

QString label(const QByteArray &name) {
    if (name == "UTF-8")
        return QCoreApplication::translate("CsvEncoding", "Unicode (UTF-8)");
    if (name == "UTF-16LE")
        return QCoreApplication::translate("CsvEncoding", "Unicode (UTF-16 little-endian)");
    if (name == "UTF-16BE")
        return QCoreApplication::translate("CsvEncoding", "Unicode (UTF-16 big-endian)");
    if (name == "windows-1251")
        return QCoreApplication::translate("CsvEncoding", "Cyrillic (Windows-1251)");
    if (name == "KOI8-R")
        return QCoreApplication::translate("CsvEncoding", "Cyrillic (KOI8-R)");
    if (name == "windows-1252")
        return QCoreApplication::translate("CsvEncoding", "Western European (Windows-1252)");
    if (name == "windows-1250")
        return QCoreApplication::translate("CsvEncoding", "Central European (Windows-1250)");
    return QString::fromLatin1(name);
}

QByteArray detect(QByteArrayView bytes) {
    if (bytes.startsWith(Utf8Bom))
        return "UTF-8";
    if (bytes.startsWith(Utf16LeBom))
        return "UTF-16LE";
    if (bytes.startsWith(Utf16BeBom))
        return "UTF-16BE";
    if (QByteArray utf16 = utf16WithoutMark(bytes); !utf16.isEmpty())
        return utf16;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return "UTF-8";
    const QByteArray legacy = legacyCodePage(bytes);
    return choices().contains(legacy) ? legacy : QByteArray("UTF-8");
}

std::optional<QString> decode(QByteArrayView bytes, const QByteArray &name) {
    if (name == "UTF-8" && bytes.startsWith(Utf8Bom))
        bytes = bytes.sliced(Utf8Bom.size());
    else if (name == "UTF-16LE" && bytes.startsWith(Utf16LeBom))
        bytes = bytes.sliced(Utf16LeBom.size());
    else if (name == "UTF-16BE" && bytes.startsWith(Utf16BeBom))
        bytes = bytes.sliced(Utf16BeBom.size());
    if (isUtf16(name) && bytes.size() % 2 != 0)
        return std::nullopt;
    if (!isUnicode(name)) {
        // A single-byte code page decodes almost any bytes; text that is not in it shows as control
        // characters.
        std::optional<QString> text = CodePage::decode(bytes, name);
        if (!text || !looksLikeText(*text))
            return std::nullopt;
        return text;
    }
    QStringDecoder decoder(name.constData());
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace CsvEncoding
