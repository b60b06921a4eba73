#pragma once

#include <QStringList>

// The process's command-line arguments, decoded as QCoreApplication::arguments() decodes them, but
// available before an application object exists (main() parses them to choose between the window
// and the scripted mode). On Windows they come from the wide-character command line, so a CSV path or
// department name outside the ANSI code page survives; elsewhere from argv in the locale's encoding.
// One implementation per platform (processarguments_unix.cpp, processarguments_windows.cpp).
QStringList processArguments(int argc, char *argv[]);
