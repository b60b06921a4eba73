#include "workspace/scriptedtask.h"

#include "common/terminal.h"
#include "workspace/workspace.h"

#include <QTextStream>

#include <algorithm>
#include <iterator>

ScriptedTask::ScriptedTask(Workspace *workspace, const Bounds &bounds, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_bounds(bounds)
    , m_interactive(Terminal::isInteractive(stdout)) {
    m_stall.setSingleShot(true);
    m_stall.setInterval(std::max(1, m_bounds.retrySeconds) * 1000);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        QString reason = tr("The portal gave no usable answer for %n second(s).", "", m_bounds.retrySeconds);
        if (!m_lastError.isEmpty())
            reason += u' ' + tr("Last error: %1").arg(m_lastError);
        giveUp(reason);
    });
    m_stall.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        giveUp(tr("The run did not finish within --timeout %n second(s).", "", m_bounds.timeoutSeconds));
    });
    if (m_bounds.timeoutSeconds > 0)
        m_deadline.start(m_bounds.timeoutSeconds * 1000);
    m_retry.setSingleShot(true);

    connect(m_workspace, &Workspace::connected, this, [this] {
        m_connected = true;
        progressed();
    });
    connect(m_workspace, &Workspace::connectionFailed, this, [this](const PortalError &error, bool) {
        if (m_connected || m_finished)
            return; // after the connect, each step has its own retries under the retry bound
        print(error.userMessage());
        finish(error.kind() == PortalError::Kind::InvalidAddress ? ExitBadInput : ExitNoPortal);
    });
    connect(m_workspace, &Workspace::outboxFailed, this, [this](const InviteError &error) {
        print(error.userMessage());
        finish(ExitNoPortal);
    });
}

void ScriptedTask::progressed() {
    m_attempt = 0;
    m_lastError.clear();
    if (!m_finished)
        m_stall.start();
}

void ScriptedTask::retryLater(const QString &reason, const std::function<void()> &step) {
    if (m_finished)
        return;
    m_lastError = reason;
    static constexpr int delays[] = {1, 2, 4, 8, 15};
    const int seconds = delays[std::min<int>(m_attempt++, int(std::size(delays)) - 1)];
    showProgress(tr("Portal problem (%1); trying again in %n second(s)…", "", seconds).arg(reason));
    m_retry.disconnect();
    connect(&m_retry, &QTimer::timeout, this, [this, step] {
        if (!m_finished)
            step();
    });
    m_retry.start(seconds * 1000);
}

void ScriptedTask::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    m_deadline.stop();
    m_retry.stop();
    endProgressLine();
    emit done(exitCode);
}

void ScriptedTask::print(const QString &line) {
    endProgressLine();
    QTextStream out(stdout);
    out << line << '\n';
    out.flush();
}

void ScriptedTask::showProgress(const QString &text) {
    QTextStream out(stdout);
    if (m_interactive) {
        // \r and spaces over the rest of the previous text keep one line updating in place.
        out << '\r' << text.leftJustified(m_progressWidth);
        m_progressWidth = int(text.size());
        m_progressShown = true;
    } else {
        out << text << '\n';
    }
    out.flush();
}

void ScriptedTask::endProgressLine() {
    if (!m_progressShown)
        return;
    m_progressShown = false;
    m_progressWidth = 0;
    QTextStream out(stdout);
    out << '\n';
    out.flush();
}
