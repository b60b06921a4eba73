#include "mainwindow.h"

#include "appicon.h"
#include "common/appinfo.h"
#include "invite/invitetexts.h"
#include "noticebanner.h"
#include "portalswitchmenu.h"
#include "windowsizing.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("InviteDesk"));
    setWindowIcon(AppIcon::icon());
    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBanner());
    layout->addWidget(createRightsBanner());
    m_pages = new QTabWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto makeLabel = [this](const char *name, const QString &accessible) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextFormat(Qt::PlainText); // the portal's host and the user's name, as given
        label->setAccessibleName(accessible);
        return label;
    };
    m_portalLabel = makeLabel("statusPortal", tr("Portal"));
    m_userLabel = makeLabel("statusUser", tr("Signed-in user"));
    m_syncLabel = makeLabel("statusSync", tr("Last directory sync"));
    m_onlineLabel = makeLabel("statusOnline", tr("Connection"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Directory sync progress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    // All permanent: transient notices take the left side without hiding who and where we are.
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_portalLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
    WindowSizing::resizeWithin(this, QSize(1100, 700));
}

void MainWindow::createActions() {
    m_inviteAction = new QAction(AppIcon::icon(), tr("&Invite users…"), this);
    m_inviteAction->setObjectName(QStringLiteral("inviteAction"));
    m_inviteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_inviteAction->setShortcutContext(Qt::ApplicationShortcut);
    m_inviteAction->setToolTip(tr("Invite people to the portal (Ctrl+I)"));
    connect(m_inviteAction, &QAction::triggered, this, &MainWindow::inviteRequested);

    m_refreshAction = new QAction(tr("&Refresh directory"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Bring the company directory up to date with the portal (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);

    m_fullRefreshAction = new QAction(tr("&Full refresh"), this);
    m_fullRefreshAction->setObjectName(QStringLiteral("fullRefreshAction"));
    m_fullRefreshAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_fullRefreshAction->setToolTip(tr("Download the whole company directory again, also noticing people "
                                       "removed from the portal (Shift+F5)"));
    connect(m_fullRefreshAction, &QAction::triggered, this, &MainWindow::fullRefreshRequested);

    auto *connectAction = new QAction(tr("&Connect a portal…"), this);
    connectAction->setObjectName(QStringLiteral("connectPortalAction"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectPortalRequested);

    m_signOutAction = new QAction(tr("&Sign out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setToolTip(tr("Forget this portal and remove its secrets from the keychain"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    auto *preferencesAction = new QAction(tr("&Preferences…"), this);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::preferencesRequested);

    auto *outboxAction = m_outboxAction = new QAction(tr("&Outbox…"), this);
    outboxAction->setObjectName(QStringLiteral("outboxAction"));
    outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    outboxAction->setToolTip(tr("Invitations and their results (Ctrl+O)"));
    connect(outboxAction, &QAction::triggered, this, &MainWindow::outboxRequested);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_switchMenu = new PortalSwitchMenu(this);
    connect(m_switchMenu, &PortalSwitchMenu::switchRequested, this, &MainWindow::switchPortalRequested);

    QMenu *fileMenu = menuBar()->addMenu(tr("&Portal"));
    fileMenu->setObjectName(QStringLiteral("portalMenu"));
    fileMenu->addAction(m_inviteAction);
    fileMenu->addAction(m_refreshAction);
    fileMenu->addAction(m_fullRefreshAction);
    fileMenu->addSeparator();
    fileMenu->addMenu(m_switchMenu);
    fileMenu->addAction(connectAction);
    fileMenu->addAction(m_signOutAction);
    fileMenu->addSeparator();
    fileMenu->addAction(outboxAction);
    fileMenu->addAction(preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    createHelpMenu();

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_inviteAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(outboxAction);
}

void MainWindow::createHelpMenu() {
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *dataFolder = help->addAction(tr("Open the &data folder"), this, [this] {
        if (!m_dataFolder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataFolder));
    });
    dataFolder->setObjectName(QStringLiteral("openDataFolderAction"));
    dataFolder->setToolTip(tr("The local copy of the directory, the outbox and the audit log"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About InviteDesk"), this, [this] {
        QMessageBox::about(this, tr("About InviteDesk"),
                           tr("<b>InviteDesk %1</b><p>Invites people to a Bitrix24 portal and keeps a local "
                              "copy of the company directory for instant search.</p><p>Data folder: %2</p>")
                               .arg(AppInfo::version(), m_dataFolder.toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showShortcuts() {
    QString rows;
    auto row = [&rows](const QString &keys, const QString &what) {
        rows += QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        row(action->shortcut().toString(QKeySequence::NativeText), QString(action->text()).remove(u'&'));
    }
    row(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
        tr("In the invite dialog: invite the people listed"));
    row(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText), tr("Close a dialog"));
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                                QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setDataFolder(const QString &path) {
    m_dataFolder = path;
}

QWidget *MainWindow::createBanner() {
    m_banner = new NoticeBanner(NoticeBanner::Border::BottomLine, this);
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setAccessibleName(tr("Training mode notice"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(fontMetrics().height() / 2);
    m_banner->setTextFormat(Qt::RichText); // our own text only
    m_banner->setText(tr("<b>Sandbox portal</b> — training mode. Everything here happens on a simulated "
                         "portal on this computer; nobody receives a real invitation.") +
                      QStringLiteral(" <a href=\"connect\">%1</a>").arg(tr("Connect your portal…")));
    // The way out of training mode, from the keyboard too (Tab reaches the link, Enter follows it).
    m_banner->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_banner->setFocusPolicy(Qt::TabFocus);
    connect(m_banner, &QLabel::linkActivated, this, &MainWindow::connectPortalRequested);
    m_banner->hide();
    return m_banner;
}

QWidget *MainWindow::createRightsBanner() {
    m_rightsBanner = new NoticeBanner(NoticeBanner::Border::BottomLine, this);
    m_rightsBanner->setObjectName(QStringLiteral("rightsNotice"));
    m_rightsBanner->setAccessibleName(tr("Invitation rights notice"));
    m_rightsBanner->setWordWrap(true);
    m_rightsBanner->setMargin(fontMetrics().height() / 2);
    m_rightsBanner->setTextFormat(Qt::PlainText);
    m_rightsBanner->setText(InviteTexts::rightsRefusedBySetting());
    m_rightsBanner->hide();
    return m_rightsBanner;
}

void MainWindow::addPage(QWidget *page, const QString &title) {
    m_pages->addTab(page, title);
}

void MainWindow::setPortalActionsEnabled(bool enabled) {
    for (QAction *action :
         {m_inviteAction, m_refreshAction, m_fullRefreshAction, m_outboxAction, m_signOutAction})
        action->setEnabled(enabled);
}

void MainWindow::setPortalStatus(const PortalStatus &status) {
    m_banner->setVisible(status.trainingMode);
    const bool refused = !status.isAdmin &&
                         status.inviteRight == PortalIdentity::InviteRight::EmployeesMayNot &&
                         !status.portalHost.isEmpty();
    m_rightsBanner->setVisible(refused);
    m_userLabel->setToolTip(refused ? InviteTexts::rightsRefusedBySetting() : QString());
    if (status.portalHost.isEmpty() && !status.trainingMode) {
        // Signed out: no portal, no one signed in.
        setWindowTitle(tr("InviteDesk"));
        m_portalLabel->setText(tr("No portal connected"));
        m_userLabel->clear();
        m_syncLabel->setText(status.lastSync.isEmpty() ? tr("Not synced yet")
                                                       : tr("Synced %1").arg(status.lastSync));
        m_onlineLabel->setText(tr("Offline"));
        return;
    }
    setWindowTitle(status.trainingMode ? tr("InviteDesk — Sandbox portal")
                                       : tr("InviteDesk — %1").arg(status.portalHost));
    m_portalLabel->setText(status.trainingMode ? tr("Sandbox portal (%1)").arg(status.portalHost)
                                               : status.portalHost);
    m_userLabel->setText(userText(status));
    m_syncLabel->setText(status.lastSync.isEmpty() ? tr("Not synced yet")
                                                   : tr("Synced %1").arg(status.lastSync));
    m_onlineLabel->setText(status.online ? tr("Online") : tr("Offline"));
}

QString MainWindow::userText(const PortalStatus &status) {
    if (status.isAdmin)
        return tr("%1 · administrator").arg(status.userName);
    switch (status.inviteRight) {
    case PortalIdentity::InviteRight::Yes:
        return tr("%1 · employee, may invite").arg(status.userName);
    case PortalIdentity::InviteRight::EmployeesMayNot:
        return tr("%1 · employee, may not invite").arg(status.userName);
    case PortalIdentity::InviteRight::Maybe:
    case PortalIdentity::InviteRight::No:
        break;
    }
    return tr("%1 · employee").arg(status.userName);
}

void MainWindow::setConnectionError(const QString &message) {
    m_onlineLabel->setText(tr("Offline"));
    statusBar()->showMessage(message);
}

void MainWindow::setSyncProgress(int done, int total) {
    if (done < 0) {
        m_progress->hide();
        return;
    }
    m_progress->setRange(0, total > 0 ? total : 0);
    m_progress->setValue(done);
    m_progress->show();
}

void MainWindow::showNotice(const QString &message) {
    statusBar()->showMessage(message, 10000);
}

QString MainWindow::statusText() const {
    return QStringList{m_portalLabel->text(), m_userLabel->text(), m_syncLabel->text(), m_onlineLabel->text()}
        .join(QStringLiteral(" | "));
}
