#include "workspace/trainingportal.h"

#include "common/logging.h"

TrainingPortal::TrainingPortal(QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("sandbox-portal"));
}

TrainingPortal::~TrainingPortal() {
    if (m_portal) {
        // Stop and delete the portal on its own thread, then let the thread end.
        QMetaObject::invokeMethod(
            m_portal, [portal = m_portal] { delete portal; }, Qt::BlockingQueuedConnection);
        m_portal = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool TrainingPortal::start(const SandboxOptions &options, QString *errorMessage) {
    if (m_running)
        return true;
    m_thread.start();
    m_portal = new SandboxPortal(options);
    m_portal->moveToThread(&m_thread);
    bool ok = false;
    QString error;
    // Blocking hand-over to the sandbox thread: no event loop runs here while it starts.
    QMetaObject::invokeMethod(
        m_portal,
        [this, &ok, &error] {
            ok = m_portal->start(&error);
            if (ok) {
                m_adminWebhook = m_portal->adminWebhookUrl();
                m_employeeWebhook = m_portal->employeeWebhookUrl();
                m_baseUrl = m_portal->baseUrl();
                m_controlToken = m_portal->controlToken();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        qCWarning(lcSandbox) << "training portal did not start:" << error;
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    m_running = true;
    qCInfo(lcSandbox) << "training portal listening on port" << m_baseUrl.port();
    return true;
}
