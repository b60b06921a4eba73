#include "sandbox/stoprequest.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

namespace {

// Runs on a thread the system creates for the event: hand the quit to the event loop's thread.
BOOL WINAPI onConsoleEvent(DWORD event) {
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

bool StopRequest::quitApplicationOnStop(QString *error) {
    if (!::SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        *error = QCoreApplication::translate("main", "Cannot install the console stop handler");
        return false;
    }
    return true;
}
