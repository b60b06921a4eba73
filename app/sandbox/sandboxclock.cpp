#include "sandbox/sandboxclock.h"

#include <QTimer>

void SandboxClock::after(int ms, QObject *context, std::function<void()> task) const {
    QTimer::singleShot(ms, context, std::move(task));
}

const SandboxClock &SandboxClock::system() {
    static const SandboxClock clock;
    return clock;
}
