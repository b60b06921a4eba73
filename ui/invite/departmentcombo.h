#pragma once

#include "invite/departmentmatcher.h"

#include <QComboBox>

class DirectoryReader;

// The department an invited employee joins: every department of the directory copy, with type-ahead
// (typing any part of a name offers the matching departments). Starts with "Choose a department…",
// because the portal needs one (spec §6.7).
class DepartmentCombo : public QComboBox {
    Q_OBJECT
public:
    explicit DepartmentCombo(QWidget *parent = nullptr);

    void reload(const DirectoryReader *reader);
    qint64 departmentId() const; // 0: none chosen
    QString departmentName() const;
    // Chooses a department; one not in the directory (yet) is added so a preselection is never lost.
    void setDepartment(qint64 id, const QString &name);
    // Every department offered, for matching the departments named in recipients' rows.
    QList<DepartmentEntry> departments() const;

Q_SIGNALS:
    void departmentChanged(qint64 departmentId);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};
