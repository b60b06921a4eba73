#include "invite/invitedialog.h"

#include "directory/directoryreader.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedirectorylookup.h"
#include "invite/invitetexts.h"
#include "invite/outboxview.h"
#include "invite/outboxwindow.h"
#include "invite/quickregistrationtab.h"
#include "invite/registertab.h"
#include "noticebanner.h"
#include "windowsizing.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString LastTabKey = QStringLiteral("invite/lastTab");

QString tabToken(InviteDialog::Tab tab) {
    switch (tab) {
    case InviteDialog::Tab::QuickRegistration:
        return QStringLiteral("quick");
    case InviteDialog::Tab::InviteByEmail:
        return QStringLiteral("email");
    case InviteDialog::Tab::Register:
        return QStringLiteral("register");
    }
    return {};
}
} // namespace

InviteDialog::InviteDialog(const InviteDialogContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_rightsBanner(new NoticeBanner(NoticeBanner::Border::Box, this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(context.portalName.isEmpty() ? tr("Invite users")
                                                : tr("Invite users to %1").arg(context.portalName));

    if (!m_context.directoryDatabasePath.isEmpty()) {
        m_directory = std::make_unique<DirectoryReader>(m_context.directoryDatabasePath);
        // A file that does not open is logged by the reader; the tabs then work without the directory.
        [[maybe_unused]] const DirectoryResult<DirectoryOpenReport> opened = m_directory->open();
        if (!m_context.knownPeople) {
            m_directoryPeople = std::make_unique<InviteDirectoryLookup>(*m_directory);
            m_context.knownPeople = m_directoryPeople.get();
        }
    }
    const DirectoryReader *directory = m_directory && m_directory->isOpen() ? m_directory.get() : nullptr;

    m_rightsBanner->setObjectName(QStringLiteral("rightsBanner"));
    m_rightsBanner->setWordWrap(true);
    m_rightsBanner->setTextFormat(Qt::PlainText);
    m_rightsBanner->setMargin(m_rightsBanner->fontMetrics().height() / 6);
    setInviteRight(m_context.isAdmin, m_context.inviteRight);

    m_quick = new QuickRegistrationTab(m_context, m_tabs);
    m_email = new InviteByEmailTab(m_context, m_context.knownPeople, directory, m_tabs);
    m_register = new RegisterTab(m_context, m_context.knownPeople, directory, m_tabs);
    m_tabs->setObjectName(QStringLiteral("inviteTabs"));
    m_tabs->setAccessibleName(tr("Ways to invite"));
    m_tabs->addTab(m_quick, tr("&Quick Registration"));
    m_tabs->addTab(m_email, tr("Invite by &Email"));
    m_tabs->addTab(m_register, tr("Regis&ter"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Ways to invite"));
    // Frameless tabs draw no edge around a page: its content lines up with the tab bar and the button
    // row below instead of being indented once more; only the gap below the tab bar stays.
    for (QWidget *page : {static_cast<QWidget *>(m_quick), static_cast<QWidget *>(m_email),
                          static_cast<QWidget *>(m_register)})
        page->layout()->setContentsMargins(0, page->layout()->contentsMargins().top(), 0, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("inviteDialogButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("inviteClose"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    auto *outbox = buttons->addButton(tr("&Outbox…"), QDialogButtonBox::ActionRole);
    outbox->setObjectName(QStringLiteral("inviteShowOutbox"));
    outbox->setAccessibleName(tr("Show the outbox"));
    outbox->setAutoDefault(false);
    outbox->setEnabled(m_context.outbox != nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(outbox, &QPushButton::clicked, this, [this] { showOutbox(); });

    // The rights notice shares the button row: at 200 % on a laptop screen the tabs need every line.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_rightsBanner, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    connect(m_email, &InviteByEmailTab::rightsRefused, this, &InviteDialog::showRightsBanner);
    connect(m_register, &RegisterTab::rightsRefused, this, &InviteDialog::showRightsBanner);
    connect(m_tabs, &QTabWidget::currentChanged, this, &InviteDialog::onTabChanged);

    Tab initial = Tab::InviteByEmail;
    if (m_context.settings) {
        const QString last = m_context.settings->value(LastTabKey).toString();
        for (const Tab tab : {Tab::QuickRegistration, Tab::InviteByEmail, Tab::Register})
            if (tabToken(tab) == last)
                initial = tab;
    }
    setCurrentTab(initial);
    onTabChanged(m_tabs->currentIndex());

    // Wide enough for the review grid of the e-mail tab to show every column title whole.
    WindowSizing::resizeWithin(this, WindowSizing::textSize(this, 150, 46));
}

InviteDialog::~InviteDialog() = default;

InviteDialog::Tab InviteDialog::currentTab() const {
    QWidget *current = m_tabs->currentWidget();
    if (current == m_quick)
        return Tab::QuickRegistration;
    return current == m_register ? Tab::Register : Tab::InviteByEmail;
}

void InviteDialog::setCurrentTab(Tab tab) {
    switch (tab) {
    case Tab::QuickRegistration:
        m_tabs->setCurrentWidget(m_quick);
        break;
    case Tab::InviteByEmail:
        m_tabs->setCurrentWidget(m_email);
        break;
    case Tab::Register:
        m_tabs->setCurrentWidget(m_register);
        break;
    }
}

void InviteDialog::onTabChanged(int) {
    // Enter in a one-line field means the current tab's main action; the other tabs' buttons step back.
    const QList<QPushButton *> primaries{m_quick->primaryButton(), m_email->primaryButton(),
                                         m_register->primaryButton()};
    QPushButton *current = currentTab() == Tab::QuickRegistration ? primaries.at(0)
                           : currentTab() == Tab::Register        ? primaries.at(2)
                                                                  : primaries.at(1);
    for (QPushButton *button : primaries) {
        button->setAutoDefault(button == current);
        button->setDefault(button == current);
    }
    // Only the shown tab asks for room: the dialog's minimum is that tab's, not the largest one's.
    for (int page = 0; page < m_tabs->count(); ++page) {
        const bool shown = page == m_tabs->currentIndex();
        m_tabs->widget(page)->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    if (m_context.settings)
        m_context.settings->setValue(LastTabKey, tabToken(currentTab()));
}

void InviteDialog::setInviteRight(bool isAdmin, PortalIdentity::InviteRight right) {
    m_context.isAdmin = isAdmin;
    m_context.inviteRight = right;
    const QString notice = InviteTexts::rightsNotice(isAdmin, right);
    m_rightsBanner->setText(notice);
    m_rightsBanner->setAccessibleName(notice);
    m_rightsBanner->setToolTip(InviteTexts::rightsNoticeDetails(isAdmin, right));
    m_rightsBanner->setAccessibleDescription(m_rightsBanner->toolTip());
    m_rightsBanner->setVisible(!notice.isEmpty());
}

void InviteDialog::showRightsBanner() {
    if (m_rightsBanner->text().isEmpty()) // refused although the portal had not said so before
        setInviteRight(false, PortalIdentity::InviteRight::Maybe);
    m_rightsBanner->show();
    Q_EMIT rightsRefused();
}

OutboxView *InviteDialog::showOutbox() {
    if (!m_outboxWindow)
        m_outboxWindow = new OutboxWindow(m_context, this);
    m_outboxWindow->view()->refresh();
    m_outboxWindow->show();
    m_outboxWindow->raise();
    return m_outboxWindow->view();
}

void InviteDialog::done(int result) {
    m_email->saveDraftNow();
    m_register->saveDraftNow();
    if (m_context.settings)
        m_context.settings->setValue(LastTabKey, tabToken(currentTab()));
    QDialog::done(result);
}
