#pragma once

#include "directory/directoryerror.h"
#include "directory/directorysyncsummary.h"

#include <QJsonArray>
#include <QObject>
#include <QThread>

class DirectorySync;

// The GUI thread's handle on the directory writer: owns a QThread with a DirectorySync on it and
// forwards pages to it as queued calls, so nothing here ever waits on SQLite. Signals arrive on the
// thread that owns the runner.
class DirectorySyncRunner : public QObject {
    Q_OBJECT
public:
    explicit DirectorySyncRunner(const QString &databasePath, QObject *parent = nullptr);
    // Asks a running sync to stop, then joins the thread (waits for at most the page being written).
    ~DirectorySyncRunner() override;

    void start(); // starts the worker thread and opens the file there; opened() follows
    void beginFullSync(qint64 expectedUsers = -1);
    void setExpectedUsers(qint64 expectedUsers);
    void addDepartments(const QJsonArray &rows);
    void addUsers(const QJsonArray &rows);
    void finishFullSync(const QString &portalTime = {});
    void beginRefresh();
    void finishRefresh(const QString &portalTime, qint64 portalUsers, bool departmentsComplete);
    void cancel();
    bool isSyncing() const { return m_syncing; }

signals:
    // The file is open (with a notice for the status bar when it had to be rebuilt), or why not.
    void opened(const DirectoryResult<QString> &notice);
    void progress(qint64 usersWritten, qint64 usersExpected);
    void finished(const DirectorySyncSummary &summary);
    void cancelled();
    void failed(const DirectoryError &error); // the file could not be written; the copy before is kept

private:
    template<typename F> void post(F &&call);

    QThread m_thread;
    DirectorySync *m_sync = nullptr; // lives on m_thread, deleted there when it finishes
    bool m_syncing = false;
};
