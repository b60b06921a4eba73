#include "preferencesdialog.h"

#include "common/languages.h"
#include "directory/directoryreader.h"
#include "invite/departmentcombo.h"
#include "invite/invitedefaults.h"
#include "invite/templatelibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, const PreferencesPortal &portal, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_portal(portal) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System language"), QString());
    for (const Languages::Language &language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(m_settings->value(QLatin1StringView(LanguageKey)).toString())));
    form->addRow(buddyLabel(tr("&Language:"), m_language), m_language);
    auto *restartNote = new QLabel(tr("A new language applies after InviteDesk restarts."), this);
    restartNote->setWordWrap(true);
    form->addRow(QString(), restartNote);

    m_refresh = new QSpinBox(this);
    m_refresh->setObjectName(QStringLiteral("refreshMinutesSpin"));
    m_refresh->setAccessibleName(tr("Refresh the directory every (minutes)"));
    m_refresh->setRange(0, 24 * 60);
    m_refresh->setSpecialValueText(tr("Never"));
    m_refresh->setSuffix(tr(" min"));
    m_refresh->setValue(m_settings->value(QLatin1StringView(RefreshMinutesKey), 30).toInt());
    form->addRow(buddyLabel(tr("&Refresh the directory every:"), m_refresh), m_refresh);

    m_seats = new QSpinBox(this);
    m_seats->setObjectName(QStringLiteral("planSeatsSpin"));
    m_seats->setAccessibleName(tr("Users allowed by the plan"));
    m_seats->setAccessibleDescription(
        tr("Used to warn before an invitation would exceed the plan's user limit. "
           "0 when unknown."));
    m_seats->setRange(0, 1'000'000);
    m_seats->setSpecialValueText(tr("Unknown"));
    m_seats->setValue(m_settings->value(QLatin1StringView(SeatCountKey), 0).toInt());
    form->addRow(buddyLabel(tr("Users &allowed by the plan:"), m_seats), m_seats);

    m_confirmAbove = new QSpinBox(this);
    m_confirmAbove->setObjectName(QStringLiteral("confirmAboveSpin"));
    m_confirmAbove->setAccessibleName(tr("Confirm sends of more invitations than"));
    m_confirmAbove->setRange(1, 1'000'000);
    m_confirmAbove->setValue(
        m_settings->value(QLatin1StringView(ConfirmAboveKey), DefaultConfirmAbove).toInt());
    form->addRow(buddyLabel(tr("Con&firm sends of more invitations than:"), m_confirmAbove), m_confirmAbove);

    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_plan->setAccessibleName(tr("Your Bitrix24 plan"));
    m_plan->setAccessibleDescription(tr("InviteDesk paces its work to what the portal accepts: an Enterprise "
                                        "portal accepts more at once, so large invitations and refreshes "
                                        "finish sooner."));
    m_plan->setToolTip(m_plan->accessibleDescription());
    m_plan->addItem(tr("Free, Basic, Standard or Professional"), false);
    m_plan->addItem(tr("Enterprise"), true);
    m_plan->setCurrentIndex(m_settings->value(QLatin1StringView(EnterprisePlanKey), false).toBool() ? 1 : 0);
    form->addRow(buddyLabel(tr("Your Bitrix24 &plan:"), m_plan), m_plan);
    if (!m_portal.key.isEmpty())
        addInviteDefaults(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

// The connected portal's defaults for a fresh invite dialog: a department from its directory and one
// of its saved templates. A saved choice the portal no longer has is not shown and is named below.
void PreferencesDialog::addInviteDefaults(QFormLayout *form) {
    const InviteDefaults defaults(m_settings, m_portal.key);
    auto *heading = new QLabel(tr("When inviting to %1:").arg(m_portal.name), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);

    m_defaultDepartment = new DepartmentCombo(this);
    m_defaultDepartment->setObjectName(QStringLiteral("defaultDepartmentCombo"));
    m_defaultDepartment->setAccessibleName(tr("Default department"));
    m_defaultDepartment->setAccessibleDescription(
        tr("Preselected on the Register tab, and joined by e-mail invitations that name no department."));
    m_defaultDepartment->setToolTip(m_defaultDepartment->accessibleDescription());
    m_defaultDepartment->lineEdit()->setPlaceholderText(tr("None"));
    m_defaultDepartment->lineEdit()->setAccessibleName(m_defaultDepartment->accessibleName());
    if (!m_portal.directoryDatabasePath.isEmpty()) {
        DirectoryReader reader(m_portal.directoryDatabasePath);
        if (reader.open().ok())
            m_defaultDepartment->reload(&reader);
    }
    QStringList ignored;
    if (const std::optional<DepartmentEntry> known =
            defaults.department(m_defaultDepartment->departments())) {
        m_defaultDepartment->setDepartment(known->id, known->name);
        m_shownDepartment = known->id;
    } else if (defaults.departmentId() > 0) {
        ignored << tr("The default department saved before (ID %1) is not in this portal's directory, so "
                      "it is ignored.")
                       .arg(defaults.departmentId());
    }
    form->addRow(buddyLabel(tr("Default &department:"), m_defaultDepartment), m_defaultDepartment);

    m_defaultTemplate = new QComboBox(this);
    m_defaultTemplate->setObjectName(QStringLiteral("defaultTemplateCombo"));
    m_defaultTemplate->setAccessibleName(tr("Default message template"));
    m_defaultTemplate->setAccessibleDescription(tr("The saved template Invite by Email starts with."));
    m_defaultTemplate->setToolTip(m_defaultTemplate->accessibleDescription());
    m_defaultTemplate->addItem(tr("Built-in message"), QString());
    const QStringList names = m_portal.templates ? m_portal.templates->names() : QStringList();
    for (const QString &name : names)
        m_defaultTemplate->addItem(name, name);
    const QString savedTemplate = defaults.templateName();
    m_defaultTemplate->setCurrentIndex(qMax(0, m_defaultTemplate->findData(savedTemplate)));
    if (!savedTemplate.isEmpty() && !names.contains(savedTemplate))
        ignored << tr("The default template \"%1\" is no longer saved, so the built-in message is used.")
                       .arg(savedTemplate);
    form->addRow(buddyLabel(tr("Default message &template:"), m_defaultTemplate), m_defaultTemplate);

    m_defaultsNote = new QLabel(ignored.join(u' '), this);
    m_defaultsNote->setObjectName(QStringLiteral("defaultsNote"));
    m_defaultsNote->setTextFormat(Qt::PlainText);
    m_defaultsNote->setWordWrap(true);
    m_defaultsNote->setVisible(!ignored.isEmpty());
    form->addRow(QString(), m_defaultsNote);
}

void PreferencesDialog::save() {
    m_settings->setValue(QLatin1StringView(LanguageKey), m_language->currentData().toString());
    m_settings->setValue(QLatin1StringView(RefreshMinutesKey), m_refresh->value());
    m_settings->setValue(QLatin1StringView(SeatCountKey), m_seats->value());
    m_settings->setValue(QLatin1StringView(ConfirmAboveKey), m_confirmAbove->value());
    m_settings->setValue(QLatin1StringView(EnterprisePlanKey), m_plan->currentData().toBool());
    if (m_defaultDepartment) {
        InviteDefaults defaults(m_settings, m_portal.key);
        // An ignored department stays saved until another is chosen: the next sync may bring it back.
        if (m_defaultDepartment->departmentId() != m_shownDepartment)
            defaults.setDepartmentId(m_defaultDepartment->departmentId());
        defaults.setTemplateName(m_defaultTemplate->currentData().toString());
    }
    m_settings->sync();
}
