#pragma once

#include "invite/invitedialogcontext.h"

#include <QWidget>

class DepartmentCombo;
class DirectoryReader;
struct InvitationDraft;
class QLabel;
class QListWidget;
class QRadioButton;

// Where an invited person goes: an employee in a department, or an extranet user in workgroups.
// Says inline what is missing (spec §6.7: an employee needs a department, extranet a group).
class InviteTargetPicker : public QWidget {
    Q_OBJECT
public:
    // `prefix` makes object names unique per tab ("email" → emailDepartment, emailExtranet, …).
    InviteTargetPicker(const QString &prefix, const QList<InviteGroup> &groups, QWidget *parent = nullptr);

    void reloadDepartments(const DirectoryReader *reader);
    bool isExtranet() const;
    qint64 departmentId() const;
    QString departmentName() const;
    QList<int> groupIds() const;
    QString targetName() const; // department name or the chosen groups, for the audit log

    void setDepartment(qint64 id, const QString &name);
    void setExtranet(bool extranet);
    void setGroupIds(const QList<int> &ids);

    // The target's part of a tab's draft: department, extranet and groups.
    void saveTo(InvitationDraft *draft) const;
    void restoreFrom(const InvitationDraft &draft);

    // The translated sentence of what is missing, empty when complete.
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }

    DepartmentCombo *departmentCombo() const { return m_department; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QRadioButton *m_employee;
    QRadioButton *m_extranet;
    DepartmentCombo *m_department;
    QListWidget *m_groups;
    QLabel *m_problem;
};
