#include "pages/departmentselector.h"

#include "departmentitems.h"
#include "directory/directoryreader.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

DepartmentSelector::DepartmentSelector(QWidget *parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("departmentFilter"));
    setAccessibleName(tr("Department"));
    setAccessibleDescription(tr("Show only people of this department and its sub-departments. Type to "
                                "find a department."));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    lineEdit()->setObjectName(QStringLiteral("departmentFilterEdit"));
    lineEdit()->setAccessibleName(tr("Department"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->popup()->setObjectName(QStringLiteral("departmentFilterSuggestions"));
    completer()->popup()->setAccessibleName(tr("Matching departments"));
    view()->setObjectName(QStringLiteral("departmentFilterList"));
    view()->setAccessibleName(tr("Departments"));
    addItem(tr("All departments"), qint64(0));
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = departmentId();
        if (id == m_lastEmitted)
            return;
        m_lastEmitted = id;
        emit departmentChanged(id);
    });
}

void DepartmentSelector::reload(const DirectoryReader *reader) {
    const qint64 chosen = departmentId();
    QSignalBlocker blocker(this);
    clear();
    addItem(tr("All departments"), qint64(0));
    DepartmentItems::append(this, reader);
    const int found = findData(chosen);
    setCurrentIndex(found >= 0 ? found : 0);
    blocker.unblock();
    if (departmentId() != m_lastEmitted) {
        m_lastEmitted = departmentId();
        emit departmentChanged(m_lastEmitted);
    }
}

qint64 DepartmentSelector::departmentId() const {
    return currentIndex() >= 0 ? currentData().toLongLong() : 0;
}

bool DepartmentSelector::setDepartmentId(qint64 departmentId) {
    const int found = findData(departmentId);
    if (found < 0)
        return false;
    setCurrentIndex(found);
    return true;
}

void DepartmentSelector::focusOutEvent(QFocusEvent *event) {
    QComboBox::focusOutEvent(event);
    // Half-typed text that names no department goes back to the chosen one.
    if (lineEdit() && currentIndex() >= 0 && lineEdit()->text() != itemText(currentIndex()))
        lineEdit()->setText(itemText(currentIndex()));
}
