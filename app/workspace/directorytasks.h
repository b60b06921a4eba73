#pragma once

#include "workspace/departmentindex.h"
#include "workspace/scriptedtask.h"

// The headless directory jobs: `--list-departments` prints the portal's department tree with IDs;
// `--sync` refreshes the local directory copy (for a nightly job); `--export-directory file.csv`
// writes the cached people (after a sync when asked for, or when the copy was never synced).
class DirectoryTasks : public ScriptedTask {
    Q_OBJECT
public:
    struct Task {
        bool listDepartments = false;
        bool sync = false;
        QString exportPath;
    };

    DirectoryTasks(Workspace *workspace, const Task &task, const Bounds &bounds, QObject *parent = nullptr);

private:
    void listDepartments();
    void onDirectoryOpened(const QString &path);
    void exportDirectory();
    void giveUp(const QString &reason) override;

    Task m_task;
    DepartmentIndex m_departments;
    QString m_directoryDatabasePath;
    bool m_syncing = false;
};
