#include "invite/codepage.h"

#include <windows.h>

#include <climits>

namespace {

// Windows code page identifiers; 20866 is KOI8-R.
UINT codePageId(const QByteArray &name) {
    if (name == "windows-1251")
        return 1251;
    if (name == "windows-1252")
        return 1252;
    if (name == "windows-1250")
        return 1250;
    if (name == "KOI8-R")
        return 20866;
    return 0;
}

} // namespace

namespace CodePage {

bool isAvailable(const QByteArray &name) {
    const UINT id = codePageId(name);
    return id != 0 && IsValidCodePage(id);
}

std::optional<QString> decode(QByteArrayView bytes, const QByteArray &name) {
    const UINT id = codePageId(name);
    if (id == 0 || bytes.size() > qsizetype(INT_MAX))
        return std::nullopt;
    if (bytes.isEmpty())
        return QString();
    const int size = int(bytes.size());
    const int units = MultiByteToWideChar(id, MB_ERR_INVALID_CHARS, bytes.data(), size, nullptr, 0);
    if (units <= 0)
        return std::nullopt;
    QString text(units, Qt::Uninitialized);
    const int written = MultiByteToWideChar(id, MB_ERR_INVALID_CHARS, bytes.data(), size,
                                            reinterpret_cast<wchar_t *>(text.data()), units);
    if (written != units)
        return std::nullopt;
    return text;
}

} // namespace CodePage
