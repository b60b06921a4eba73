#include "applicationshell.h"

#include "common/logging.h"

#include "connectportaldialog.h"
#include "directory/directoryreader.h"
#include "invite/invitationsender.h"
#include "invite/invitedialog.h"
#include "invite/invitedialogcontext.h"
#include "invite/outboxwindow.h"
#include "mainwindow.h"
#include "pages/companystructurepage.h"
#include "pages/employeespage.h"
#include "portal/oauthauthorizer.h"
#include "portal/portalcredentials.h"
#include "portalswitchmenu.h"
#include "preferencesdialog.h"
#include "sendannouncer.h"
#include "windowsizing.h"
#include "workspace/workspace.h"

#include <QDesktopServices>
#include <QDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

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
    m_window->setDataFolder(m_workspace->dataDir());
    m_sendAnnouncer = new SendAnnouncer(m_window);

    forwardIntents();
    followConnection();
    followDirectory();
}

// The window's and pages' requests, handed to the workspace or answered with a dialog.
void ApplicationShell::forwardIntents() {
    connect(m_window, &MainWindow::inviteRequested, this, [this] { openInviteDialog(0, {}); });
    connect(m_employees, &EmployeesPage::inviteRequested, this, [this] { openInviteDialog(0, {}); });
    connect(m_structure, &CompanyStructurePage::inviteRequested, this, &ApplicationShell::openInviteDialog);
    connect(m_window, &MainWindow::refreshRequested, m_workspace, &Workspace::refreshDirectory);
    // A refresh asks the portal again what the user may do, too.
    connect(m_window, &MainWindow::refreshRequested, m_workspace->connection(),
            &ConnectionLifecycle::checkRights);
    connect(m_window, &MainWindow::fullRefreshRequested, m_workspace, &Workspace::fullRefreshDirectory);
    connect(m_window, &MainWindow::connectPortalRequested, this, &ApplicationShell::openConnectDialog);
    // The invite dialog and the Outbox close first (outboxClosing): what was composed for one portal
    // is kept as its draft and never sent to the other.
    connect(m_window, &MainWindow::switchPortalRequested, this, [this](const QString &portalId) {
        m_workspace->switchPortal(portalId);
        updateStatus();
    });
    connect(m_window, &MainWindow::outboxRequested, this, &ApplicationShell::openOutbox);
    connect(m_window, &MainWindow::preferencesRequested, this, [this] {
        PreferencesPortal portal;
        portal.key = m_workspace->portalKey();
        portal.name = portalName();
        portal.directoryDatabasePath = m_workspace->directoryDatabasePath();
        portal.templates = m_workspace->templates();
        auto *dialog = new PreferencesDialog(m_settings, portal, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_window, &MainWindow::signOutRequested, this, [this] {
        ask(u"signOutQuestion"_s, tr("Sign out"),
            tr("Forget %1 and remove its secrets from the keychain? The local copy of the directory stays "
               "until you connect again.")
                .arg(PortalCredentials::displayHost(m_workspace->portalHost())),
            [this] { m_workspace->signOut(); });
    });
}

// The connection's state in the window: notices, errors, questions, and the dialogs that borrow the
// outbox closed before it goes.
void ApplicationShell::followConnection() {
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
                if (!error.untrustedCertificate().isNull())
                    m_connectDialog->showUntrustedCertificate(error.untrustedCertificate());
                else
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
    connect(m_workspace, &Workspace::keychainUnavailable, this, [this](const SecretError &error) {
        qCWarning(lcUi).noquote() << "keychain:" << error.logText();
        ask(u"noKeychainQuestion"_s, tr("No keychain available"),
            tr("%1\n\nInviteDesk never writes secrets to a file. Keep the secret in memory for this session "
               "only? You will have to connect again next time.")
                .arg(error.userMessage()),
            [this] { m_workspace->useSessionOnlySecrets(); });
    });
    connect(m_workspace, &Workspace::portalMoveProposed, this, [this](const QString &from, const QUrl &to) {
        // Asked, never assumed: following a redirect blindly would hand the webhook secret or token
        // to whoever answers at the new address.
        ask(u"portalMovedQuestion"_s, tr("Portal moved?"),
            tr("The portal %1 answers that it has moved to %2.\n\nContinue with %2 only if your "
               "company really changed its Bitrix24 address: InviteDesk will send its sign-in and "
               "your invitations there. Nothing has been sent there yet.")
                .arg(from, to.toString()),
            [this, to] { m_workspace->acceptPortalMove(to); });
    });
    // Sign out and another portal free the outbox objects the dialogs borrow: close them first.
    connect(m_workspace, &Workspace::outboxClosing, this, &ApplicationShell::releaseOutbox);
    connect(m_workspace, &Workspace::sessionEnded, this, &ApplicationShell::updateStatus);
    connect(m_workspace, &Workspace::rightsChanged, this, [this](const PortalIdentity &identity) {
        updateStatus();
        if (m_inviteDialog)
            m_inviteDialog->setInviteRight(identity.isAdmin, identity.inviteRight);
    });
    connect(m_workspace, &Workspace::portalRemembered, this, &ApplicationShell::updatePortalChoices);
    connect(m_workspace, &Workspace::portalForgotten, this, [this] {
        updatePortalChoices();
        m_window->showNotice(m_workspace->rememberedPortals().isEmpty()
                                 ? tr("Signed out. The next start opens the sandbox portal.")
                                 : tr("Signed out. Your other portals are under Portal → Switch portal."));
    });
}

// The directory copy and its sync in the pages and the status line.
void ApplicationShell::followDirectory() {
    connect(m_workspace, &Workspace::directoryOpened, this,
            [this](const QString &path, const QString &notice) {
                m_employees->setDirectory(path);
                m_structure->setDirectory(path);
                DirectoryReader reader(path);
                const DirectorySyncStatus status =
                    reader.open().ok() ? reader.syncStatus() : DirectorySyncStatus{};
                if (status.lastFullSync.isValid())
                    m_lastSync = QLocale().toString(status.lastFullSync.toLocalTime(), QLocale::ShortFormat);
                if (!notice.isEmpty())
                    m_window->showNotice(notice);
                if (!m_workspace->isOnline() && status.lastFullSync.isValid())
                    m_window->setConnectionError(status.offlineText());
                updateStatus();
            });
    // Another portal was chosen: its own directory opens once it answers; nothing of the old one shows.
    connect(m_workspace, &Workspace::directoryClosed, this, [this] {
        m_employees->setDirectory(std::shared_ptr<DirectoryReader>());
        m_structure->setDirectory(std::shared_ptr<DirectoryReader>());
        m_window->setSyncProgress(-1, 0); // a refresh under way ended with it
        m_lastSync.clear();
        updateStatus();
    });
    // New users appear in the directory once their invitations went out (DESIGN.md, "Reflect").
    connect(m_workspace, &Workspace::outboxOpened, this, [this] {
        connect(m_workspace->sender(), &InvitationSender::drained, m_workspace, &Workspace::refreshDirectory,
                Qt::UniqueConnection);
        m_sendAnnouncer->watch(m_workspace->outbox(), m_workspace->sender());
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
    connect(m_workspace, &Workspace::syncFailed, this, [this](const DirectoryError &error) {
        qCWarning(lcUi).noquote() << "directory:" << error.logText();
        m_window->setSyncProgress(-1, 0);
        m_window->showNotice(error.userMessage());
    });
    connect(m_workspace, &Workspace::outboxFailed, this, [this](const InviteError &error) {
        qCWarning(lcUi).noquote() << "outbox:" << error.logText();
        m_window->showNotice(error.userMessage());
    });
}

ApplicationShell::~ApplicationShell() {
    delete m_window;
}

void ApplicationShell::ask(const QString &objectName, const QString &title, const QString &text,
                           const std::function<void()> &onYes) {
    auto *box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, onYes] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            onYes();
    });
    box->open();
}

void ApplicationShell::show() {
    m_window->show();
}

void ApplicationShell::raiseWindow() {
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    qCInfo(lcUi) << "window raised for a second start";
}

void ApplicationShell::updateStatus() {
    const PortalIdentity &identity = m_workspace->identity();
    MainWindow::PortalStatus status;
    status.portalHost = PortalCredentials::displayHost(m_workspace->portalHost());
    status.userName = QString(identity.name + QLatin1Char(u' ') + identity.lastName).trimmed();
    if (status.userName.isEmpty())
        status.userName = identity.email;
    status.isAdmin = identity.isAdmin;
    status.inviteRight = identity.inviteRight;
    status.trainingMode = m_workspace->isTrainingMode();
    status.online = m_workspace->isOnline();
    status.lastSync = m_lastSync;
    m_window->setPortalStatus(status);
    // Profile links lead into the portal; the sandbox has no pages to open.
    m_employees->setPortalUrl(m_workspace->session() && !m_workspace->isTrainingMode()
                                  ? m_workspace->session()->credentials().portalUrl()
                                  : QUrl());
    // Every portal action waits for a portal once signed out.
    m_window->setPortalActionsEnabled(m_workspace->session() != nullptr);
    m_window->signOutAction()->setEnabled(m_workspace->session() && !m_workspace->isTrainingMode());
    updatePortalChoices();
}

void ApplicationShell::updatePortalChoices() {
    const QString current = m_workspace->currentPortalId();
    QList<PortalSwitchMenu::Choice> choices;
    for (const RememberedPortal &portal : m_workspace->rememberedPortals())
        choices.append({portal.id, portal.name, portal.userId, portal.id == current});
    m_window->switchPortalMenu()->setChoices(choices);
}

void ApplicationShell::releaseOutbox() {
    m_sendAnnouncer->watch(nullptr, nullptr);
    if (m_inviteDialog) {
        // done() saves each tab's draft into the outbox file that is still open: nothing composed is
        // lost, and it comes back when this portal is connected again.
        m_inviteDialog->reject();
        delete m_inviteDialog;
    }
    delete m_outboxWindow;
}

void ApplicationShell::connectWith(const PortalCredentials &credentials) {
    if (credentials.method() == PortalCredentials::Method::Webhook || !credentials.tokens().isEmpty()) {
        m_workspace->connectPortal(credentials);
        return;
    }
    // OAuth: sign in through the system browser and a loopback redirect first.
    auto *authorizer =
        new OAuthAuthorizer(credentials.portalUrl(), credentials.oauthClient(), m_connectDialog);
    connect(authorizer, &OAuthAuthorizer::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url) && m_connectDialog)
            m_connectDialog->showError(
                tr("No web browser could be opened. Open this address to sign in: %1").arg(url.toString()));
    });
    connect(authorizer, &OAuthAuthorizer::succeeded, this,
            [this, authorizer](const PortalCredentials &signedIn) {
                authorizer->deleteLater();
                m_workspace->connectPortal(signedIn);
            });
    connect(authorizer, &OAuthAuthorizer::failed, this, [this, authorizer](const PortalError &error) {
        authorizer->deleteLater();
        if (m_connectDialog)
            m_connectDialog->showError(error.userMessage());
    });
    if (!authorizer->start()) {
        authorizer->deleteLater();
        if (m_connectDialog)
            m_connectDialog->showError(tr("InviteDesk could not listen for the sign-in answer."));
    }
}

void ApplicationShell::openConnectDialog() {
    if (!m_connectDialog) {
        m_connectDialog = new ConnectPortalDialog(m_window);
        m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_connectDialog, &ConnectPortalDialog::connectRequested, this,
                &ApplicationShell::connectWith);
        connect(m_connectDialog, &ConnectPortalDialog::trustCertificateRequested, m_workspace->connection(),
                &ConnectionLifecycle::trustCertificate);
    }
    m_connectDialog->open();
}

QString ApplicationShell::portalName() const {
    return m_workspace->isTrainingMode() ? tr("Sandbox portal")
                                         : PortalCredentials::displayHost(m_workspace->portalHost());
}

InviteDialogContext ApplicationShell::inviteContext() const {
    InviteDialogContext context;
    context.outbox = m_workspace->outbox();
    context.sender = m_workspace->sender();
    context.drafts = m_workspace->drafts();
    context.templates = m_workspace->templates();
    context.auditLog = m_workspace->auditLog();
    context.directoryDatabasePath = m_workspace->directoryDatabasePath();
    context.settings = m_settings;
    context.portal = m_workspace->portalKey();
    context.portalName = portalName();
    if (m_workspace->session())
        context.portalUrl = m_workspace->session()->credentials().portalUrl();
    const PortalIdentity &identity = m_workspace->identity();
    context.inviterName = QString(identity.name + QLatin1Char(u' ') + identity.lastName).trimmed();
    context.inviterEmail = identity.email;
    context.isAdmin = identity.isAdmin;
    context.inviteRight = identity.inviteRight;
    for (const Workspace::Workgroup &group : m_workspace->extranetGroups())
        context.groups.append({group.id, group.name});
    context.registrationInfoUrl = m_workspace->registrationInfoUrl();
    context.registrationInfoToken = m_workspace->registrationInfoToken();
    // Seats left on the plan, when the admin entered the plan's size in Preferences.
    const int seats = m_settings->value(QLatin1StringView(PreferencesDialog::SeatCountKey), 0).toInt();
    if (seats > 0)
        context.planSeats = seats;
    if (!context.directoryDatabasePath.isEmpty()) {
        DirectoryReader reader(context.directoryDatabasePath);
        if (reader.open().ok())
            if (const std::optional<int> active = reader.activeUserCount())
                context.seatsUsed = *active;
    }
    if (context.planSeats && context.seatsUsed)
        context.freeSeats = qMax(0, *context.planSeats - *context.seatsUsed);
    context.confirmAbove = m_settings
                               ->value(QLatin1StringView(PreferencesDialog::ConfirmAboveKey),
                                       PreferencesDialog::DefaultConfirmAbove)
                               .toInt();
    return context;
}

void ApplicationShell::openInviteDialog(qint64 departmentId, const QString &departmentName) {
    if (!m_workspace->outbox()) {
        m_window->showNotice(
            tr("Invitations can be composed once the portal has answered or its outbox is open."));
        return;
    }
    if (m_inviteDialog) {
        // One dialog at a time: bring it back rather than lose what is being composed.
        m_inviteDialog->raise();
        m_inviteDialog->activateWindow();
        return;
    }
    InviteDialogContext context = inviteContext();
    if (departmentId > 0)
        context.department = InviteDepartment{departmentId, departmentName};
    m_inviteDialog = new InviteDialog(context, m_window);
    m_inviteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_inviteDialog, &QDialog::finished, this, [this] {
        m_employees->reload();
        m_structure->reload();
    });
    m_inviteDialog->show();
}

void ApplicationShell::openOutbox() {
    if (!m_workspace->outbox()) {
        m_window->showNotice(tr("The outbox opens once the portal has answered."));
        return;
    }
    if (!m_outboxWindow) {
        auto *window = new OutboxWindow(inviteContext(), m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        WindowSizing::resizeWithin(window, QSize(m_window->width() * 3 / 4, m_window->height() * 2 / 3));
        m_outboxWindow = window;
    }
    m_outboxWindow->show();
    m_outboxWindow->raise();
}
