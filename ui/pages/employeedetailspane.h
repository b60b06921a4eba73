#pragma once

#include <QWidget>

class DirectoryReader;
class QFormLayout;
class QLabel;

// The Employees page's right-hand pane: everything the directory knows about the selected person
// (name, e-mail, position, departments, phones, state, registration and last login).
class EmployeeDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit EmployeeDetailsPane(QWidget *parent = nullptr);

    // Shows the person with that id read through reader; 0 or an unknown id shows the placeholder.
    void showUser(const DirectoryReader *reader, qint64 userId);
    qint64 userId() const { return m_userId; }

private:
    QLabel *addRow(const QString &label, const char *objectName);

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
};
