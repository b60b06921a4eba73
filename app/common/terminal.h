#pragma once

#include <cstdio>

// Whether a standard stream is an interactive terminal (a progress line may then update in place).
// One implementation file per platform (terminal_posix.cpp, terminal_windows.cpp), chosen in CMake.
namespace Terminal {
bool isInteractive(FILE *stream);
}
