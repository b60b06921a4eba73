#include "invite/departmentmatcher.h"

#include <QCoreApplication>

namespace {
QString comparable(const QString &name) {
    return name.simplified().toCaseFolded();
}
} // namespace

DepartmentMatcher::DepartmentMatcher(QList<DepartmentEntry> departments)
    : m_departments(std::move(departments)) {}

DepartmentMatcher::Match DepartmentMatcher::match(const QString &text) const {
    Match result;
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return result;
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    QList<DepartmentEntry> found;
    for (const DepartmentEntry &d : m_departments) {
        if (isNumber ? d.id == id : comparable(d.name) == comparable(wanted))
            found << d;
    }
    if (found.size() == 1) {
        result.id = found.constFirst().id;
        result.name = found.constFirst().name;
    } else if (found.size() > 1) {
        QStringList ids;
        for (const DepartmentEntry &d : std::as_const(found))
            ids << QString::number(d.id);
        result.problem = QCoreApplication::translate("DepartmentMatcher",
                                                     "Several departments are called \"%1\"; enter the ID of "
                                                     "the one you mean (%2).")
                             .arg(wanted, ids.join(QStringLiteral(", ")));
    } else if (m_departments.isEmpty()) {
        result.problem =
            QCoreApplication::translate(
                "DepartmentMatcher",
                "The department \"%1\" cannot be checked: the company structure has not been loaded yet.")
                .arg(wanted);
    } else {
        result.problem = isNumber
                             ? QCoreApplication::translate("DepartmentMatcher",
                                                           "There is no department with the ID %1 in the "
                                                           "company structure.")
                                   .arg(wanted)
                             : QCoreApplication::translate("DepartmentMatcher",
                                                           "There is no department \"%1\" in the company "
                                                           "structure.")
                                   .arg(wanted);
    }
    return result;
}
