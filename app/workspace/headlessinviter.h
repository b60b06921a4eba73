#pragma once

#include <QObject>
#include <QString>

class Workspace;

// Scripted invitations without a window: `invitedesk --portal URL --invite-csv people.csv
// --department 3` queues every valid address of the file in the outbox and sends it;
// `--send-pending` only sends what an earlier run left queued (after a crash or an outage).
// Progress goes to standard output one line at a time, for scripts and the kill tests.
class HeadlessInviter : public QObject {
    Q_OBJECT
public:
    struct Task {
        QString csvPath;      // empty: send what is pending
        int departmentId = 0; // employees need a department (spec §6.7)
        QString inviter;
    };

    // Exit codes a script can rely on (see also LaunchOptions).
    static constexpr int ExitAllSent = 0;
    static constexpr int ExitSomeFailed = 4;
    static constexpr int ExitBadInput = 2;
    static constexpr int ExitNoPortal = 3;

    HeadlessInviter(Workspace *workspace, const Task &task, QObject *parent = nullptr);

signals:
    void done(int exitCode);

private:
    void onOutboxOpened();
    void finish();
    void print(const QString &line);

    Workspace *m_workspace;
    Task m_task;
    bool m_started = false;
};
