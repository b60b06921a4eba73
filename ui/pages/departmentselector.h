#pragma once

#include <QComboBox>

class DirectoryReader;

// The Employees page's department filter: "All departments" and every department of the directory,
// with type-ahead (typing any part of a name offers the matching departments).
class DepartmentSelector : public QComboBox {
    Q_OBJECT
public:
    explicit DepartmentSelector(QWidget *parent = nullptr);

    // Re-reads the departments; the chosen one stays chosen while it exists.
    void reload(const DirectoryReader *reader);
    qint64 departmentId() const; // 0: all departments
    bool setDepartmentId(qint64 departmentId);

signals:
    void departmentChanged(qint64 departmentId);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    qint64 m_lastEmitted = 0;
};
