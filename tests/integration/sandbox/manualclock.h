#pragma once

#include "sandbox/sandboxclock.h"

#include <QList>
#include <QPointer>

// A clock the test moves by hand: delayed answers wait for advance(), and the rate limiter's
// bucket drains by advance(), not by the machine's speed.
class ManualClock : public SandboxClock {
public:
    void after(int ms, QObject *context, std::function<void()> task) const override {
        m_pending.append({m_now + ms, QPointer<QObject>(context), std::move(task)});
    }
    qint64 nowMs() const override { return m_now; }
    qsizetype pending() const { return m_pending.size(); }
    void advance(int ms) {
        m_now += ms;
        QList<Task> due;
        for (qsizetype i = 0; i < m_pending.size();) {
            if (m_pending.at(i).at <= m_now)
                due.append(m_pending.takeAt(i));
            else
                ++i;
        }
        for (const Task &task : std::as_const(due))
            if (task.context)
                task.run();
    }

private:
    struct Task {
        qint64 at;
        QPointer<QObject> context;
        std::function<void()> run;
    };
    mutable QList<Task> m_pending;
    qint64 m_now = 0;
};
