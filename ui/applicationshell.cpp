#include "applicationshell.h"

#include "common/logging.h"

#include "connectportaldialog.h"
#include "directory/directoryreader.h"
#include "mainwindow.h"
#include "pages/companystructurepage.h"
#include "pages/employeespage.h"
#include "preferencesdialog.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QMessageBox>

ApplicationShell::ApplicationShell(Workspace *workspace, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_settings(settings) {
    m_window = new MainWindow;
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_employees = new EmployeesPage(m_window);
    m_structure = new CompanyStructurePage(m_window);
    m_window->addPage(m_employees, tr("&Employees"));
    m_window->addPage(m_structure, tr("Company &Structure"));

    connect(m_window, &MainWindow::inviteRequested, this, [this] { openInviteDialog(0, {}); });
    connect(m_employees, &EmployeesPage::inviteRequested, this, [this] { openInviteDialog(0, {}); });
    connect(m_structure, &CompanyStructurePage::inviteRequested, this, &ApplicationShell::openInviteDialog);
    connect(m_window, &MainWindow::refreshRequested, m_workspace, &Workspace::refreshDirectory);
    connect(m_window, &MainWindow::connectPortalRequested, this, &ApplicationShell::openConnectDialog);
    connect(m_window, &MainWindow::preferencesRequested, this, [this] {
        auto *dialog = new PreferencesDialog(m_settings, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_window, &MainWindow::signOutRequested, this, [this] {
        const auto answer = QMessageBox::question(
            m_window, tr("Sign out"),
            tr("Forget %1 and remove its secrets from the keychain? The local copy of the directory stays "
               "until you connect again.")
                .arg(m_workspace->portalHost()));
        if (answer == QMessageBox::Yes)
            m_workspace->signOut();
    });

    connect(m_workspace, &Workspace::connecting, this,
            [this](const QString &host) { m_window->showNotice(tr("Connecting to %1…").arg(host)); });
    connect(m_workspace, &Workspace::connected, this, [this] {
        updateStatus();
        if (m_connectDialog)
            m_connectDialog->accept();
    });
    connect(
        m_workspace, &Workspace::connectionFailed, this, [this](const PortalError &error, bool withCache) {
            if (m_connectDialog) {
                m_connectDialog->showError(error.userMessage());
                return;
            }
            m_window->setConnectionError(
                withCache
                    ? tr("%1 Showing the copy of the directory on this computer.").arg(error.userMessage())
                    : error.userMessage());
            if (!withCache)
                emit failedToStart(error.userMessage());
        });
    connect(m_workspace, &Workspace::keychainUnavailable, this, [this](const QString &message) {
        const auto answer = QMessageBox::question(
            m_window, tr("No keychain available"),
            tr("%1\n\nInviteDesk never writes secrets to a file. Keep the secret in memory for this session "
               "only? You will have to connect again next time.")
                .arg(message));
        if (answer == QMessageBox::Yes)
            m_workspace->useSessionOnlySecrets();
    });
    connect(m_workspace, &Workspace::portalForgotten, this,
            [this] { m_window->showNotice(tr("Signed out. The next start opens the sandbox portal.")); });
    connect(
        m_workspace, &Workspace::directoryOpened, this, [this](const QString &path, const QString &notice) {
            m_employees->setDirectory(path);
            m_structure->setDirectory(path);
            DirectoryReader reader(path);
            const DirectorySyncStatus status = reader.open().ok ? reader.syncStatus() : DirectorySyncStatus{};
            if (status.lastFullSync.isValid())
                m_lastSync = QLocale().toString(status.lastFullSync.toLocalTime(), QLocale::ShortFormat);
            if (!notice.isEmpty())
                m_window->showNotice(notice);
            if (!m_workspace->isOnline() && status.lastFullSync.isValid())
                m_window->setConnectionError(status.offlineText());
            updateStatus();
        });
    connect(m_workspace, &Workspace::syncStarted, this, [this] { m_window->setSyncProgress(0, 0); });
    connect(m_workspace, &Workspace::syncProgress, this, [this](qint64 written, qint64 expected) {
        m_window->setSyncProgress(int(written), int(qMax(expected, written)));
    });
    connect(m_workspace, &Workspace::syncFinished, this, [this](const DirectorySyncSummary &summary) {
        m_window->setSyncProgress(-1, 0);
        m_lastSync = QLocale().toString(summary.finishedAt.toLocalTime(), QLocale::ShortFormat);
        m_employees->reload();
        m_structure->reload();
        m_window->showNotice(tr("Directory updated: %1").arg(summary.text()));
        updateStatus();
        if (!m_readyEmitted) {
            m_readyEmitted = true;
            qCInfo(lcUi).noquote() << "window ready:"
                                   << (m_workspace->isTrainingMode() ? "training mode" : "portal")
                                   << "| signed in as" << m_window->statusText()
                                   << "| directory rows:" << summary.userCount;
            emit ready();
        }
    });
    connect(m_workspace, &Workspace::syncFailed, this, [this](const QString &message) {
        m_window->setSyncProgress(-1, 0);
        m_window->showNotice(message);
    });
}

ApplicationShell::~ApplicationShell() {
    delete m_window;
}

void ApplicationShell::show() {
    m_window->show();
}

void ApplicationShell::updateStatus() {
    const PortalIdentity &identity = m_workspace->identity();
    MainWindow::PortalStatus status;
    status.portalHost = m_workspace->portalHost();
    status.userName = QString(identity.name + QLatin1Char(u' ') + identity.lastName).trimmed();
    if (status.userName.isEmpty())
        status.userName = identity.email;
    status.isAdmin = identity.isAdmin;
    status.trainingMode = m_workspace->isTrainingMode();
    status.online = m_workspace->isOnline();
    status.lastSync = m_lastSync;
    m_window->setPortalStatus(status);
    m_window->signOutAction()->setEnabled(!m_workspace->isTrainingMode());
}

void ApplicationShell::openConnectDialog() {
    if (!m_connectDialog) {
        m_connectDialog = new ConnectPortalDialog(m_window);
        m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_connectDialog, &ConnectPortalDialog::connectRequested, m_workspace,
                &Workspace::connectPortal);
    }
    m_connectDialog->open();
}

void ApplicationShell::openInviteDialog(qint64 departmentId, const QString &departmentName) {
    Q_UNUSED(departmentId);
    Q_UNUSED(departmentName);
    m_window->showNotice(tr("The invite dialog is not available yet."));
}
