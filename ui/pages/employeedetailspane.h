#pragma once

#include <QUrl>
#include <QWidget>

class DirectoryReader;
class QAction;
class QFormLayout;
class QLabel;
class QScrollArea;

// The Employees page's right-hand pane: everything the directory knows about the selected person
// (name, e-mail, position, departments, phones, state, registration and last login) and what can be
// done about them: copy the e-mail, open the profile in the portal, and hand an invitation that was
// never accepted or a dismissed person over to the portal, where inviting again and reinstating happen.
class EmployeeDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeDetailsPane(QWidget *parent = nullptr);

    // Shows the person with that id read through reader; 0 or an unknown id shows the placeholder.
    void showUser(const DirectoryReader *reader, qint64 userId);
    qint64 userId() const { return m_userId; }
    // The portal's address for profile links; empty (the sandbox) disables them.
    void setPortalUrl(const QUrl &url);
    // Copy e-mail, open profile, and the hand-off that fits the person's state (for a context menu).
    QList<QAction *> personActions() const;

private:
    QLabel *addRow(const QString &label, const char *objectName);
    QWidget *createActions();
    void updateActions();
    QUrl profileUrl() const;

    qint64 m_userId = 0;
    QFormLayout *m_form = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_departments = nullptr;
    QLabel *m_phones = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_registered = nullptr;
    QLabel *m_lastLogin = nullptr;
    QWidget *m_details = nullptr;
    QScrollArea *m_scroll = nullptr;
    QAction *m_copyEmail = nullptr;
    QAction *m_openProfile = nullptr;
    QAction *m_handOff = nullptr; // invite again / reinstate, in the portal
    QUrl m_portalUrl;
    QString m_emailText;
    int m_userState = 0;
};
