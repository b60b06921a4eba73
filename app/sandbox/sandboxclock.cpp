#include "sandbox/sandboxclock.h"

#include <QElapsedTimer>
#include <QTimer>

void SandboxClock::after(int ms, QObject *context, std::function<void()> task) const {
    QTimer::singleShot(ms, context, std::move(task));
}

qint64 SandboxClock::nowMs() const {
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started.elapsed();
}

const SandboxClock &SandboxClock::system() {
    static const SandboxClock clock;
    return clock;
}
