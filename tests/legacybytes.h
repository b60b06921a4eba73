#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <algorithm>

// Russian text as Excel on a Russian Windows writes it, encoded here by the code pages' published
// layouts rather than by the converter under test (and without ICU, which Qt on Windows lacks):
// Windows-1251 puts А–я at 0xC0–0xFF in alphabet order; KOI8-R puts the lower-case letters at
// 0xC0–0xDF and the capitals at 0xE0–0xFF in the order of their Latin sounds. ASCII passes through.
namespace LegacyBytes {

inline QByteArray windows1251(QStringView text) {
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes += char(u);
        else if (u >= u'А' && u <= u'я')
            bytes += char(0xC0 + (u - u'А'));
        else if (u == u'ё' || u == u'Ё')
            bytes += char(u == u'ё' ? 0xB8 : 0xA8);
        else
            bytes += '?';
    }
    return bytes;
}

inline QByteArray koi8r(QStringView text) {
    static constexpr char16_t Lower[] = u"юабцдефгхийклмнопярстужвьызшэщчъ";
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            bytes += char(u);
            continue;
        }
        const char16_t lower = QChar(u).toLower().unicode();
        const auto *end = Lower + 32;
        const auto *at = std::find(Lower, end, lower);
        if (at == end)
            bytes += '?';
        else
            bytes += char((lower == u ? 0xC0 : 0xE0) + (at - Lower));
    }
    return bytes;
}

} // namespace LegacyBytes
