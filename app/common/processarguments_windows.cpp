#include "common/processarguments.h"

#include <windows.h>

#include <shellapi.h>

QStringList processArguments(int argc, char *argv[]) {
    // argv holds the command line in the ANSI code page, which cannot carry every character;
    // the wide command line can (this is what QCoreApplication::arguments() reads on Windows).
    int count = 0;
    LPWSTR *wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    QStringList arguments;
    if (!wide) {
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        return arguments;
    }
    arguments.reserve(count);
    for (int i = 0; i < count; ++i)
        arguments << QString::fromWCharArray(wide[i]);
    ::LocalFree(wide);
    return arguments;
}
