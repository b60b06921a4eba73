#include "directory/directorysyncrunner.h"

#include "directory/directorysync.h"

DirectorySyncRunner::DirectorySyncRunner(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_sync(new DirectorySync(databasePath)) {
    m_thread.setObjectName(QStringLiteral("DirectoryWriter"));
    m_sync->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sync, &QObject::deleteLater);
    connect(m_sync, &DirectorySync::opened, this, &DirectorySyncRunner::opened);
    connect(m_sync, &DirectorySync::progress, this, &DirectorySyncRunner::progress);
    connect(m_sync, &DirectorySync::finished, this, [this](const DirectorySyncSummary &summary) {
        m_syncing = false;
        emit finished(summary);
    });
    connect(m_sync, &DirectorySync::cancelled, this, [this] {
        m_syncing = false;
        emit cancelled();
    });
    connect(m_sync, &DirectorySync::failed, this, [this](const DirectoryError &error) {
        m_syncing = false;
        emit failed(error);
    });
}

DirectorySyncRunner::~DirectorySyncRunner() {
    m_sync->requestCancel();
    m_thread.quit();
    m_thread.wait();
}

template<typename F> void DirectorySyncRunner::post(F &&call) {
    QMetaObject::invokeMethod(m_sync, std::forward<F>(call), Qt::QueuedConnection);
}

void DirectorySyncRunner::start() {
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    post([sync = m_sync] { sync->open(); });
}

void DirectorySyncRunner::beginFullSync(qint64 expectedUsers) {
    m_syncing = true;
    post([sync = m_sync, expectedUsers] { sync->beginFullSync(expectedUsers); });
}

void DirectorySyncRunner::setExpectedUsers(qint64 expectedUsers) {
    post([sync = m_sync, expectedUsers] { sync->setExpectedUsers(expectedUsers); });
}

void DirectorySyncRunner::addDepartments(const QJsonArray &rows) {
    post([sync = m_sync, rows] { sync->ingestDepartments(rows); });
}

void DirectorySyncRunner::addUsers(const QJsonArray &rows) {
    post([sync = m_sync, rows] { sync->ingestUsers(rows); });
}

void DirectorySyncRunner::finishFullSync(const QString &portalTime) {
    post([sync = m_sync, portalTime] { sync->finishFullSync(portalTime); });
}

void DirectorySyncRunner::beginRefresh() {
    m_syncing = true;
    post([sync = m_sync] { sync->beginRefresh(); });
}

void DirectorySyncRunner::finishRefresh(const QString &portalTime, qint64 portalUsers,
                                        bool departmentsComplete) {
    post([sync = m_sync, portalTime, portalUsers, departmentsComplete] {
        sync->finishRefresh(portalTime, portalUsers, departmentsComplete);
    });
}

void DirectorySyncRunner::cancel() {
    m_sync->requestCancel(); // takes effect before the pages already queued are written
    post([sync = m_sync] { sync->cancel(); });
}
