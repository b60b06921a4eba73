#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class Workspace;

// The common frame of every headless mode (--invite-csv, --send-pending, --sync, …): it ends by
// itself, exactly once, with an exit code a script can rely on. Two bounds make sure of that:
// - the retry bound (--retry-for, default 120 s): when the portal gives no usable answer (nothing
//   settled, no page read) for that long, the task gives up with ExitNoPortal and says why; in
//   between, failed steps are tried again after 1, 2, 4, 8, 15, 15, … seconds;
// - the overall bound (--timeout, default none): the whole run, whatever happens.
// Progress goes to standard output: on a terminal as one line that updates in place, otherwise as
// plain lines.
class ScriptedTask : public QObject {
    Q_OBJECT
public:
    struct Bounds {
        int retrySeconds = 120;
        int timeoutSeconds = 0; // 0: no overall bound
    };

    // Exit codes (README "Scheduled use").
    static constexpr int ExitOk = 0;
    static constexpr int ExitBadInput = 2;
    static constexpr int ExitNoPortal = 3;
    static constexpr int ExitSomeFailed = 4;

    ScriptedTask(Workspace *workspace, const Bounds &bounds, QObject *parent = nullptr);

signals:
    void done(int exitCode);

protected:
    // The portal answered something useful: the retry bound starts again.
    void progressed();
    // Runs `step` again after the next back-off delay (bounded by the retry bound, not by a count).
    void retryLater(const QString &reason, const std::function<void()> &step);
    // Ends the task (once): clears the progress line, stops the bounds, emits done().
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }
    // A bound ran out: the subclass reports what it has and calls finish(ExitNoPortal).
    virtual void giveUp(const QString &reason) = 0;

    void print(const QString &line);
    void showProgress(const QString &text);
    QString lastError() const { return m_lastError; }

    Workspace *m_workspace;
    Bounds m_bounds;

private:
    void endProgressLine();

    QTimer m_stall;
    QTimer m_deadline;
    QTimer m_retry;
    QString m_lastError;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_connected = false;
    bool m_interactive = false;
    bool m_progressShown = false;
    int m_progressWidth = 0;
};
