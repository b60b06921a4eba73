#pragma once

#include <QObject>

// Ends the sandbox process cleanly when the system asks it to stop: SIGINT/SIGTERM on Unix,
// Ctrl+C, Ctrl+Break and console close on Windows. One implementation per platform
// (stoprequest_unix.cpp, stoprequest_windows.cpp), chosen in CMake.
namespace StopRequest {
// Quits the running QCoreApplication's event loop on the next stop request. Returns false (with
// *error) when the platform refused to install the handler.
bool quitApplicationOnStop(QString *error);
} // namespace StopRequest
