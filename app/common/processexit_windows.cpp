#include "common/processexit.h"

#include <cstdio>

#include <windows.h>

int endProcess(int exitCode) {
    std::fflush(nullptr);
    ::TerminateProcess(::GetCurrentProcess(), UINT(exitCode));
    return exitCode; // not reached
}
