#include "pages/employeedetailspane.h"

#include "directory/directoryreader.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString stateText(const DirectoryUser &user) {
    switch (user.state) {
    case UserState::Invited:
        return EmployeeDetailsPane::tr("Invited, not yet joined");
    case UserState::Dismissed:
        return EmployeeDetailsPane::tr("Dismissed");
    case UserState::Extranet:
        return EmployeeDetailsPane::tr("Extranet user");
    case UserState::Employee:
        return EmployeeDetailsPane::tr("Employee");
    case UserState::Unknown:
        break;
    }
    return UserStates::displayName(user.state);
}

QString dateText(const QDateTime &when) {
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

EmployeeDetailsPane::EmployeeDetailsPane(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("employeeDetails"));
    setAccessibleName(tr("Selected person"));
    auto *layout = new QVBoxLayout(this);
    // In line with the table beside it and the page's edges; the splitter's handle keeps them apart.
    layout->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select a person to see their details."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeholder, 1);

    m_details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel(m_details);
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setTextFormat(Qt::PlainText); // the portal's name for the person: markup shows as typed
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    detailsLayout->addWidget(m_name);

    // The facts scroll when the window is short; the name above and the actions below stay in view.
    auto *facts = new QWidget;
    m_form = new QFormLayout(facts);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *scroll = new QScrollArea(m_details);
    scroll->setObjectName(QStringLiteral("detailsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(facts);
    scroll->viewport()->setAutoFillBackground(false);
    facts->setAutoFillBackground(false);
    detailsLayout->addWidget(scroll, 1);
    m_scroll = scroll;
    m_email = addRow(tr("E-mail:"), "detailsEmail");
    m_position = addRow(tr("Position:"), "detailsPosition");
    m_departments = addRow(tr("Departments:"), "detailsDepartments");
    m_phones = addRow(tr("Phones:"), "detailsPhones");
    m_state = addRow(tr("State:"), "detailsState");
    m_registered = addRow(tr("Registered:"), "detailsRegistered");
    m_lastLogin = addRow(tr("Last login:"), "detailsLastLogin");
    detailsLayout->addWidget(createActions());
    layout->addWidget(m_details, 1);
    m_details->hide();
}

QLabel *EmployeeDetailsPane::addRow(const QString &label, const char *objectName) {
    auto *value = new QLabel(m_details);
    value->setObjectName(QString::fromLatin1(objectName));
    // The label text without its colon names the value for screen readers.
    QString name = label;
    name.chop(name.endsWith(u':') ? 1 : 0);
    value->setAccessibleName(name);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void EmployeeDetailsPane::showUser(const DirectoryReader *reader, qint64 userId) {
    std::optional<DirectoryUserDetails> details;
    if (reader && reader->isOpen() && userId > 0)
        details = reader->userDetails(userId);
    m_userId = details ? userId : 0;
    m_placeholder->setVisible(!details);
    m_details->setVisible(bool(details));
    if (!details)
        return;
    const DirectoryUser &user = details->user;
    const QString none = tr("—");
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    m_name->setText(user.displayName());
    m_email->setText(orNone(user.email));
    m_position->setText(orNone(user.position));
    m_departments->setText(orNone(details->departmentNames.join(u'\n')));
    m_phones->setText(orNone(user.phones().join(u'\n')));
    m_state->setText(stateText(user));
    m_registered->setText(orNone(dateText(user.dateRegister)));
    // Someone who never joined has no registration to speak of (the portal dates the invitation).
    m_form->setRowVisible(m_registered, user.state != UserState::Invited);
    m_emailText = user.email;
    m_userState = int(user.state);
    updateActions();
    if (user.lastLogin.isValid())
        m_lastLogin->setText(dateText(user.lastLogin));
    else
        m_lastLogin->setText(user.lastLoginKnown ? tr("Never") : tr("Unknown"));
    // The facts scroll up and down only: the pane is at least as wide as they need, so that an
    // address that cannot wrap widens the pane instead of pushing every value's end out of sight.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth());
}

QWidget *EmployeeDetailsPane::createActions() {
    m_copyEmail = new QAction(tr("&Copy e-mail"), this);
    m_copyEmail->setObjectName(QStringLiteral("copyEmailAction"));
    connect(m_copyEmail, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_emailText); });
    m_openProfile = new QAction(tr("Open &profile in the portal"), this);
    m_openProfile->setObjectName(QStringLiteral("openProfileAction"));
    m_handOff = new QAction(tr("&Invite again in the portal…"), this);
    m_handOff->setObjectName(QStringLiteral("portalHandOffAction"));
    for (QAction *action : {m_openProfile, m_handOff})
        connect(action, &QAction::triggered, this, [this] { QDesktopServices::openUrl(profileUrl()); });

    auto *box = new QWidget(m_details);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *copy = new QToolButton(box);
    copy->setObjectName(QStringLiteral("copyEmailButton"));
    copy->setDefaultAction(m_copyEmail);
    copy->setAccessibleName(tr("Copy e-mail"));
    auto *portal = new QToolButton(box);
    portal->setObjectName(QStringLiteral("inPortalButton"));
    portal->setText(tr("In the por&tal"));
    portal->setAccessibleName(tr("In the portal"));
    portal->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(portal);
    menu->addActions({m_openProfile, m_handOff});
    portal->setMenu(menu);
    for (QToolButton *button : {copy, portal}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return box;
}

void EmployeeDetailsPane::setPortalUrl(const QUrl &url) {
    m_portalUrl = url;
    updateActions();
}

QList<QAction *> EmployeeDetailsPane::personActions() const {
    QList<QAction *> shown;
    for (QAction *action : {m_copyEmail, m_openProfile, m_handOff})
        if (m_userId > 0 && action->isVisible())
            shown << action;
    return shown;
}

QUrl EmployeeDetailsPane::profileUrl() const {
    if (!m_portalUrl.isValid() || m_userId <= 0)
        return {};
    return m_portalUrl.resolved(QUrl(QStringLiteral("company/personal/user/%1/").arg(m_userId)));
}

void EmployeeDetailsPane::updateActions() {
    const auto state = UserState(m_userState);
    m_copyEmail->setEnabled(!m_emailText.isEmpty());
    const bool portal = profileUrl().isValid();
    const QString noPortal = tr("The sandbox portal has no profile pages.");
    m_openProfile->setEnabled(portal);
    m_openProfile->setToolTip(portal ? profileUrl().toString() : noPortal);
    // Inviting again and reinstating are the portal's own actions, on the person's profile.
    const bool handOff = state == UserState::Invited || state == UserState::Dismissed;
    m_handOff->setVisible(handOff);
    m_handOff->setText(state == UserState::Dismissed ? tr("&Reinstate in the portal…")
                                                     : tr("&Invite again in the portal…"));
    m_handOff->setEnabled(portal);
    m_handOff->setToolTip(portal ? tr("Opens the profile, where the portal offers this") : noPortal);
}
