#include "preferencesdialog.h"

#include "common/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings) {
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

void PreferencesDialog::save() {
    m_settings->setValue(QLatin1StringView(LanguageKey), m_language->currentData().toString());
    m_settings->setValue(QLatin1StringView(RefreshMinutesKey), m_refresh->value());
    m_settings->setValue(QLatin1StringView(SeatCountKey), m_seats->value());
    m_settings->setValue(QLatin1StringView(ConfirmAboveKey), m_confirmAbove->value());
    m_settings->setValue(QLatin1StringView(EnterprisePlanKey), m_plan->currentData().toBool());
    m_settings->sync();
}
