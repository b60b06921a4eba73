#include "invite/invitetargetpicker.h"

#include "invite/departmentcombo.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

InviteTargetPicker::InviteTargetPicker(const QString &prefix, const QList<InviteGroup> &groups,
                                       QWidget *parent)
    : QWidget(parent)
    , m_employee(new QRadioButton(tr("E&mployee in department:"), this))
    , m_extranet(new QRadioButton(tr("E&xtranet user in workgroups:"), this))
    , m_department(new DepartmentCombo(this))
    , m_groups(new QListWidget(this))
    , m_problem(new QLabel(this)) {
    m_employee->setObjectName(prefix + QStringLiteral("Employee"));
    m_employee->setAccessibleName(tr("Employee in department"));
    m_extranet->setObjectName(prefix + QStringLiteral("Extranet"));
    m_extranet->setAccessibleName(tr("Extranet user in workgroups"));
    m_department->setObjectName(prefix + QStringLiteral("Department"));
    m_department->setAccessibleName(tr("Department"));
    m_department->setAccessibleDescription(tr("Type to find a department."));
    m_department->lineEdit()->setObjectName(prefix + QStringLiteral("DepartmentEdit"));
    m_department->lineEdit()->setAccessibleName(tr("Department"));
    m_department->view()->setAccessibleName(tr("Departments"));
    m_groups->setObjectName(prefix + QStringLiteral("Groups"));
    m_groups->setAccessibleName(tr("Workgroups"));
    m_groups->setAccessibleDescription(tr("Check the workgroups the extranet user joins."));
    m_problem->setObjectName(prefix + QStringLiteral("TargetProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *choice = new QButtonGroup(this);
    choice->addButton(m_employee);
    choice->addButton(m_extranet);
    m_employee->setChecked(true);

    for (const InviteGroup &group : groups) {
        auto *item = new QListWidgetItem(group.name, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (groups.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No workgroups are known for this portal."), m_groups);
        item->setFlags(Qt::NoItemFlags);
    }
    m_groups->setMaximumHeight(m_groups->fontMetrics().height() * 5);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_employee, 0, 0);
    layout->addWidget(m_department, 0, 1);
    layout->addWidget(m_extranet, 1, 0, Qt::AlignTop);
    layout->addWidget(m_groups, 1, 1);
    layout->addWidget(m_problem, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    setTabOrder(m_employee, m_department);
    setTabOrder(m_department, m_extranet);
    setTabOrder(m_extranet, m_groups);

    connect(m_employee, &QRadioButton::toggled, this, &InviteTargetPicker::update);
    connect(m_department, &DepartmentCombo::departmentChanged, this, &InviteTargetPicker::update);
    connect(m_department, &QComboBox::currentTextChanged, this, &InviteTargetPicker::update);
    connect(m_groups, &QListWidget::itemChanged, this, &InviteTargetPicker::update);
    update();
}

void InviteTargetPicker::reloadDepartments(const DirectoryReader *reader) {
    m_department->reload(reader);
    update();
}

bool InviteTargetPicker::isExtranet() const {
    return m_extranet->isChecked();
}

qint64 InviteTargetPicker::departmentId() const {
    return isExtranet() ? 0 : m_department->departmentId();
}

QString InviteTargetPicker::departmentName() const {
    return isExtranet() ? QString() : m_department->departmentName();
}

QList<int> InviteTargetPicker::groupIds() const {
    QList<int> ids;
    if (!isExtranet())
        return ids;
    for (int row = 0; row < m_groups->count(); ++row) {
        const QListWidgetItem *item = m_groups->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toInt();
    }
    return ids;
}

QString InviteTargetPicker::targetName() const {
    if (!isExtranet())
        return departmentName();
    QStringList names;
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->checkState() == Qt::Checked)
            names << m_groups->item(row)->text();
    return tr("Extranet: %1").arg(names.join(QStringLiteral(", ")));
}

void InviteTargetPicker::setDepartment(qint64 id, const QString &name) {
    m_department->setDepartment(id, name);
    update();
}

void InviteTargetPicker::setExtranet(bool extranet) {
    (extranet ? m_extranet : m_employee)->setChecked(true);
    update();
}

void InviteTargetPicker::setGroupIds(const QList<int> &ids) {
    QSignalBlocker blocker(m_groups);
    for (int row = 0; row < m_groups->count(); ++row) {
        QListWidgetItem *item = m_groups->item(row);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    blocker.unblock();
    update();
}

QString InviteTargetPicker::problem() const {
    NewInvitation probe;
    probe.email = QStringLiteral("probe@example.com");
    probe.extranet = isExtranet();
    if (const qint64 id = departmentId(); id != 0)
        probe.departmentIds << int(id);
    probe.groupIds = groupIds();
    return InvitationOutbox::targetProblem(probe);
}

void InviteTargetPicker::update() {
    m_department->setEnabled(!isExtranet());
    // The workgroup list takes room only while it is in use.
    m_groups->setEnabled(isExtranet());
    m_groups->setVisible(isExtranet());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT changed();
}

void InviteTargetPicker::saveTo(InvitationDraft *draft) const {
    if (const qint64 id = m_department->departmentId(); id != 0)
        draft->departmentIds << int(id);
    draft->departmentName = m_department->departmentName();
    draft->extranet = isExtranet();
    draft->groupIds = groupIds();
}

void InviteTargetPicker::restoreFrom(const InvitationDraft &draft) {
    if (!draft.departmentIds.isEmpty())
        setDepartment(draft.departmentIds.constFirst(), draft.departmentName);
    setExtranet(draft.extranet);
    setGroupIds(draft.groupIds);
}
