#include "invite/departmentcombo.h"

#include "departmentitems.h"
#include "directory/directoryreader.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

DepartmentCombo::DepartmentCombo(QWidget *parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Choose a department…"));
    addItem(QString(), qint64(0));
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT departmentChanged(departmentId()); });
}

void DepartmentCombo::reload(const DirectoryReader *reader) {
    const qint64 chosen = departmentId();
    const QString chosenName = departmentName();
    QSignalBlocker blocker(this);
    clear();
    addItem(QString(), qint64(0));
    DepartmentItems::append(this, reader);
    blocker.unblock();
    if (chosen != 0)
        setDepartment(chosen, chosenName);
    else
        setCurrentIndex(0);
}

qint64 DepartmentCombo::departmentId() const {
    if (currentIndex() <= 0 || currentText() != itemText(currentIndex()))
        return 0;
    return currentData().toLongLong();
}

QString DepartmentCombo::departmentName() const {
    return departmentId() != 0 ? currentText() : QString();
}

void DepartmentCombo::setDepartment(qint64 id, const QString &name) {
    int found = findData(id);
    if (found < 0 && id != 0) {
        addItem(name.isEmpty() ? tr("Department %1").arg(id) : name, id);
        found = count() - 1;
    }
    setCurrentIndex(found < 0 ? 0 : found);
}

void DepartmentCombo::focusOutEvent(QFocusEvent *event) {
    // Typed text that names a department exactly (ignoring case) chooses it; anything else is kept
    // visible so the inline hint can say that no department is chosen.
    const int match = findText(currentText(), Qt::MatchFixedString);
    if (match > 0 && match != currentIndex())
        setCurrentIndex(match);
    QComboBox::focusOutEvent(event);
    Q_EMIT departmentChanged(departmentId());
}

QList<DepartmentEntry> DepartmentCombo::departments() const {
    QList<DepartmentEntry> list;
    for (int row = 1; row < count(); ++row) {
        if (const qint64 id = itemData(row).toLongLong(); id != 0)
            list.append({id, itemText(row)});
    }
    return list;
}
