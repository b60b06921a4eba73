#pragma once

#include "sandbox/sandboxportal.h"

#include <QObject>
#include <QThread>

// The sandbox portal of training mode, on a thread of its own so that serving requests never
// competes with the window for the GUI thread. start() waits only for the demo company to be
// generated and the port to be bound (a fraction of a second for a few hundred people).
class TrainingPortal : public QObject {
    Q_OBJECT
public:
    explicit TrainingPortal(QObject *parent = nullptr);
    ~TrainingPortal() override;

    bool start(const SandboxOptions &options, QString *errorMessage = nullptr);
    QUrl adminWebhookUrl() const { return m_adminWebhook; }
    QUrl employeeWebhookUrl() const { return m_employeeWebhook; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString controlToken() const { return m_controlToken; }

private:
    QThread m_thread;
    SandboxPortal *m_portal = nullptr; // lives on m_thread
    QUrl m_adminWebhook;
    QUrl m_employeeWebhook;
    QUrl m_baseUrl;
    QString m_controlToken;
    bool m_running = false;
};
