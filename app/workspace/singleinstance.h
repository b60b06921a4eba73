#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

// One running InviteDesk window per profile (the data folder holding the directory copy, the outbox
// and the settings' secrets index): a lock file in that folder says who runs, and a local socket
// named after the folder lets a second start ask the running one to raise its window, then leave.
// Two windows on one profile would send from the same outbox twice.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Claim {
        Primary,     // this process runs the profile (and listens for later starts)
        AlreadyRuns, // another process runs it and was asked to show its window
        Failed,      // another process holds the profile but could not be reached
    };
    // Takes the profile, or hands over to the process that has it. Called once, before any window.
    Claim claim();

signals:
    // A second start on this profile asked for the window.
    void activationRequested();

private:
    bool askRunningInstance();
    void listen();

    QString m_profileDir;
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};
