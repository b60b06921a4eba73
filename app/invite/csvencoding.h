#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// The text encodings recipient files come in, as spreadsheet programs write them: UTF-8 with or
// without a byte order mark, UTF-16 with one (Excel's "Unicode text", tab-separated) and the legacy
// code page of the user's Windows (Windows-1251 and KOI8-R for Cyrillic, Windows-1252 and -1250 for
// Latin scripts). Detection is a guess the user can overrule; decoding is strict: a byte sequence
// that is not text in the chosen encoding makes the whole file undecodable, never a replaced glyph.
namespace CsvEncoding {

// The encodings offered, by their ICU/IANA names ("UTF-8", "windows-1251", …), available ones only.
QList<QByteArray> choices();
// "Cyrillic (Windows-1251)", translated.
QString label(const QByteArray &name);
// The most likely encoding of the bytes.
QByteArray detect(QByteArrayView bytes);
// The text without its byte order mark, or nothing when the bytes are not valid in `name`.
std::optional<QString> decode(QByteArrayView bytes, const QByteArray &name);

} // namespace CsvEncoding
