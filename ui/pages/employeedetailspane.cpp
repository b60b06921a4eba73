#include "pages/employeedetailspane.h"

#include "directory/directoryreader.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
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

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    detailsLayout->addLayout(m_form);
    m_email = addRow(tr("E-mail:"), "detailsEmail");
    m_position = addRow(tr("Position:"), "detailsPosition");
    m_departments = addRow(tr("Departments:"), "detailsDepartments");
    m_phones = addRow(tr("Phones:"), "detailsPhones");
    m_state = addRow(tr("State:"), "detailsState");
    m_registered = addRow(tr("Registered:"), "detailsRegistered");
    m_lastLogin = addRow(tr("Last login:"), "detailsLastLogin");
    detailsLayout->addStretch(1);
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
    if (user.lastLogin.isValid())
        m_lastLogin->setText(dateText(user.lastLogin));
    else
        m_lastLogin->setText(user.lastLoginKnown ? tr("Never") : tr("Unknown"));
}
