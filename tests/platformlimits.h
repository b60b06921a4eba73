#pragma once

// Where a test cannot mean anything on a platform, it says so and skips (QSKIP with the reason),
// instead of being switched off in CMake. Listed in README.md ("Windows").

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

// True when this Windows program runs under Wine (./test --windows), not on Windows itself.
inline bool runningUnderWine() {
#ifdef Q_OS_WIN
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
#else
    return false;
#endif
}

// Wine's Schannel (GnuTLS underneath) cannot accept TLS connections as a server with an imported
// certificate ("GnuTLS error: The requested data were not available"): the sandbox cannot serve
// HTTPS there. Windows itself can, and runs these tests (the hosted workflow).
#define INVITEDESK_SKIP_TLS_SERVER_UNDER_WINE()                                                              \
    do {                                                                                                     \
        if (runningUnderWine())                                                                              \
            QSKIP("Wine: its Schannel cannot serve TLS (no server side for an imported certificate); "       \
                  "runs on Windows");                                                                        \
    } while (false)
