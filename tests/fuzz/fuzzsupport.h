#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer entry points: a QCoreApplication made once in LLVMFuzzerInitialize (so code
// that translates or asks for the application's name behaves as in the product) and helpers that
// turn the fuzzer's bytes into Qt types.
namespace FuzzSupport {

inline void ensureApplication(int *argc, char ***argv) {
    if (QCoreApplication::instance())
        return;
    // Deliberately never deleted: the fuzzer runs until the process exits.
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
}

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as the parsers receive it: mostly UTF-8 (what a paste or a file gives), but with the first byte
// odd the rest is taken as raw UTF-16, so lone surrogates and odd code units reach the code too.
inline QString text(const uint8_t *data, size_t size) {
    if (size == 0)
        return QString();
    if ((data[0] & 1) == 0 || size < 3)
        return QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString out;
    out.resize(qsizetype((size - 1) / 2));
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = QChar(char16_t(data[1 + 2 * i] | (data[2 + 2 * i] << 8)));
    return out;
}

// The fuzzer aborts (a finding) when an invariant does not hold.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            qFatal("invariant failed: %s (%s:%d)", #condition, __FILE__, __LINE__);                          \
    } while (false)

} // namespace FuzzSupport
