#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Legacy single-byte code pages (Windows-1251, -1252, -1250, KOI8-R) decoded by the operating
// system's own converter: MultiByteToWideChar on Windows, iconv elsewhere. Qt's QStringDecoder knows
// these only when Qt is built with ICU, which Qt's Windows and macOS builds are not.
namespace CodePage {

// Whether this system can decode the code page named as in CsvEncoding ("windows-1251", "KOI8-R").
bool isAvailable(const QByteArray &name);
// The bytes as text, or nothing when a byte has no character in the code page.
std::optional<QString> decode(QByteArrayView bytes, const QByteArray &name);

} // namespace CodePage
