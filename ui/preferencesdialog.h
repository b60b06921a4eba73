#pragma once

#include <QDialog>

class DepartmentCombo;
class QComboBox;
class QFormLayout;
class QLabel;
class QSettings;
class QSpinBox;
class TemplateLibrary;

// The portal whose invite defaults Preferences offers: its departments and saved templates. Without a
// key (no portal connected yet) the defaults are not offered.
struct PreferencesPortal {
    QString key;  // what the portal's settings are filed under (Workspace::portalKey())
    QString name; // shown to people
    QString directoryDatabasePath;
    TemplateLibrary *templates = nullptr;
};

// Preferences kept in QSettings (never secrets): interface language (applies after a restart),
// how often the directory refreshes itself, the plan's seat count for the invite dialog's limit
// check, from how many invitations a send is confirmed first, the portal's plan for the
// request-rate model, and the connected portal's invite defaults (InviteDefaults: department and
// message template). A default department the directory does not have is shown as ignored.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QSettings *settings, const PreferencesPortal &portal = {},
                               QWidget *parent = nullptr);

    static constexpr const char *LanguageKey = "ui/language";
    static constexpr const char *RefreshMinutesKey = "directory/refreshMinutes";
    static constexpr const char *SeatCountKey = "invite/planSeats";
    static constexpr const char *EnterprisePlanKey = "portal/enterprisePlan";
    // Sends of more invitations than this are confirmed first (count, target, seats).
    static constexpr const char *ConfirmAboveKey = "invite/confirmAbove";
    static constexpr int DefaultConfirmAbove = 20;

private:
    void addInviteDefaults(QFormLayout *form);
    void save();

    QSettings *m_settings;
    QComboBox *m_language = nullptr;
    QSpinBox *m_refresh = nullptr;
    QSpinBox *m_seats = nullptr;
    QSpinBox *m_confirmAbove = nullptr;
    QComboBox *m_plan = nullptr;
    PreferencesPortal m_portal;
    DepartmentCombo *m_defaultDepartment = nullptr; // null without a portal
    qint64 m_shownDepartment = 0;                   // kept when not changed: a later sync may bring it
    QComboBox *m_defaultTemplate = nullptr;
    QLabel *m_defaultsNote = nullptr; // says which saved default is ignored and why
};
