#include "invite/codepage.h"

#include <cerrno>
#include <iconv.h>
#include <vector>

namespace {

// iconv's names for the code pages; glibc and macOS's libiconv know all four.
const char *iconvName(const QByteArray &name) {
    if (name == "windows-1251")
        return "CP1251";
    if (name == "windows-1252")
        return "CP1252";
    if (name == "windows-1250")
        return "CP1250";
    if (name == "KOI8-R")
        return "KOI8-R";
    return nullptr;
}

// An iconv conversion descriptor that is closed with its scope.
class Converter {
public:
    explicit Converter(const char *from)
        : m_cd(iconv_open("UTF-16LE", from)) {}
    ~Converter() {
        if (isValid())
            iconv_close(m_cd);
    }
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    bool isValid() const { return m_cd != reinterpret_cast<iconv_t>(-1); }
    iconv_t handle() const { return m_cd; }

private:
    iconv_t m_cd;
};

} // namespace

namespace CodePage {

bool isAvailable(const QByteArray &name) {
    const char *from = iconvName(name);
    return from && Converter(from).isValid();
}

std::optional<QString> decode(QByteArrayView bytes, const QByteArray &name) {
    const char *from = iconvName(name);
    if (!from)
        return std::nullopt;
    Converter converter(from);
    if (!converter.isValid())
        return std::nullopt;
    // A single-byte code page gives at most one UTF-16 unit per byte.
    std::vector<char16_t> units(std::size_t(bytes.size()) + 1);
    auto *in = const_cast<char *>(bytes.data());
    std::size_t inLeft = std::size_t(bytes.size());
    auto *out = reinterpret_cast<char *>(units.data());
    std::size_t outLeft = units.size() * sizeof(char16_t);
    if (iconv(converter.handle(), &in, &inLeft, &out, &outLeft) == std::size_t(-1) || inLeft != 0)
        return std::nullopt; // EILSEQ: a byte the code page does not define
    const auto written = qsizetype((units.size() * sizeof(char16_t) - outLeft) / sizeof(char16_t));
    return QString(reinterpret_cast<const QChar *>(units.data()), written);
}

} // namespace CodePage
