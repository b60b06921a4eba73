#pragma once

#include <QDialog>

class QComboBox;
class QSettings;
class QSpinBox;

// Preferences kept in QSettings (never secrets): interface language (applies after a restart),
// how often the directory refreshes itself, the plan's seat count for the invite dialog's limit
// check, from how many invitations a send is confirmed first, and the portal's plan for the
// request-rate model.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    static constexpr const char *LanguageKey = "ui/language";
    static constexpr const char *RefreshMinutesKey = "directory/refreshMinutes";
    static constexpr const char *SeatCountKey = "invite/planSeats";
    static constexpr const char *EnterprisePlanKey = "portal/enterprisePlan";
    // Sends of more invitations than this are confirmed first (count, target, seats).
    static constexpr const char *ConfirmAboveKey = "invite/confirmAbove";
    static constexpr int DefaultConfirmAbove = 20;

private:
    void save();

    QSettings *m_settings;
    QComboBox *m_language = nullptr;
    QSpinBox *m_refresh = nullptr;
    QSpinBox *m_seats = nullptr;
    QSpinBox *m_confirmAbove = nullptr;
    QComboBox *m_plan = nullptr;
};
