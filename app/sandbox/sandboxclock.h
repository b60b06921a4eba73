#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

// The sandbox's time: when its delayed work happens (injected latency, delayed drops) and how fast
// its rate-limit bucket drains. The system clock runs work on a timer and reads a monotonic clock;
// a test injects a clock of its own (SandboxPortal::setClock) and moves time itself, so that no test
// depends on how fast the machine answers.
class SandboxClock {
public:
    virtual ~SandboxClock() = default;
    // Runs task after ms milliseconds, in context's thread, unless context is gone by then.
    virtual void after(int ms, QObject *context, std::function<void()> task) const;
    // Milliseconds on a monotonic clock (any origin).
    virtual qint64 nowMs() const;
    static const SandboxClock &system();
};
