#include "workspace/directorytasks.h"

#include "directory/directoryexport.h"
#include "directory/directoryreader.h"
#include "portal/listenumeration.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

DirectoryTasks::DirectoryTasks(Workspace *workspace, const Task &task, const Bounds &bounds, QObject *parent)
    : ScriptedTask(workspace, bounds, parent)
    , m_task(task) {
    if (m_task.listDepartments) {
        connect(m_workspace, &Workspace::connected, this, [this] { listDepartments(); });
        return;
    }
    connect(m_workspace, &Workspace::directoryOpened, this,
            [this](const QString &path, const QString &) { onDirectoryOpened(path); });
    connect(m_workspace, &Workspace::syncStarted, this, [this] { m_syncing = true; });
    connect(m_workspace, &Workspace::syncProgress, this, [this](qint64 written, qint64 expected) {
        progressed();
        showProgress(expected > 0 ? tr("Syncing the directory: %1 of %2 people").arg(written).arg(expected)
                                  : tr("Syncing the directory: %1 people").arg(written));
    });
    connect(m_workspace, &Workspace::syncFinished, this, [this](const DirectorySyncSummary &summary) {
        progressed();
        print(tr("Directory synced: %1 people, %2 departments (%3).")
                  .arg(summary.userCount)
                  .arg(summary.departmentCount)
                  .arg(summary.text()));
        if (!m_task.exportPath.isEmpty()) {
            exportDirectory();
            return;
        }
        finish(ExitOk);
    });
    connect(m_workspace, &Workspace::syncFailed, this, [this](const DirectoryError &error) {
        print(tr("The directory could not be synced: %1").arg(error.userMessage()));
        finish(ExitNoPortal);
    });
}

void DirectoryTasks::listDepartments() {
    if (isFinished())
        return;
    m_departments = DepartmentIndex();
    ListEnumeration *list = m_workspace->session()->enumerateDepartments();
    connect(list, &ListEnumeration::page, this, [this](const QJsonArray &rows) {
        for (const QJsonValue &row : rows) {
            if (const std::optional<DirectoryDepartment> d = DirectoryDepartment::fromJson(row.toObject()))
                m_departments.add(*d);
        }
    });
    connect(list, &ListEnumeration::finished, this, [this, list] {
        list->deleteLater();
        if (!list->ok()) {
            retryLater(list->error().userMessage(), [this] { listDepartments(); });
            return;
        }
        print(m_departments.tree().chopped(1));
        finish(ExitOk);
    });
}

void DirectoryTasks::onDirectoryOpened(const QString &path) {
    m_directoryDatabasePath = path;
    if (m_task.sync || m_syncing)
        return; // the workspace syncs it now; syncFinished goes on
    DirectoryReader reader(path);
    const bool synced = reader.open().ok() && reader.syncStatus().lastFullSync.isValid();
    if (synced) {
        exportDirectory();
        return;
    }
    print(tr("The directory copy was never synced; syncing it first."));
    m_workspace->refreshDirectory();
}

void DirectoryTasks::exportDirectory() {
    DirectoryReader reader(m_directoryDatabasePath);
    if (!reader.open().ok()) {
        print(tr("The directory copy could not be opened."));
        finish(ExitSomeFailed);
        return;
    }
    int written = 0;
    QString error;
    if (!DirectoryExport::writeCsv(reader, m_task.exportPath, &written, &error)) {
        print(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_task.exportPath), error));
        finish(ExitBadInput);
        return;
    }
    print(tr("%n people written to %1.", "", written).arg(QDir::toNativeSeparators(m_task.exportPath)));
    finish(ExitOk);
}

void DirectoryTasks::giveUp(const QString &reason) {
    print(reason);
    finish(ExitNoPortal);
}
