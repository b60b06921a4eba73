#pragma once

#include <functional>

class QObject;

// When the sandbox's delayed work happens (injected latency, delayed drops). The system clock runs it
// on a timer; a test injects a clock of its own (SandboxPortal::setClock) and moves time itself, so
// that no test has to measure how long an answer took.
class SandboxClock {
public:
    virtual ~SandboxClock() = default;
    // Runs task after ms milliseconds, in context's thread, unless context is gone by then.
    virtual void after(int ms, QObject *context, std::function<void()> task) const;
    static const SandboxClock &system();
};
