#include "directory/directorysyncsummary.h"

#include <QCoreApplication>
#include <QStringList>

QString DirectorySyncSummary::text() const {
    QStringList parts;
    if (usersAdded > 0)
        parts << QCoreApplication::translate("DirectorySyncSummary", "%n new", nullptr, usersAdded);
    if (usersChanged > 0)
        parts << QCoreApplication::translate("DirectorySyncSummary", "%n changed", nullptr, usersChanged);
    if (usersRemoved > 0)
        parts << QCoreApplication::translate("DirectorySyncSummary", "%n removed", nullptr, usersRemoved);
    if (parts.isEmpty())
        return QCoreApplication::translate("DirectorySyncSummary", "No changes");
    return parts.join(QCoreApplication::translate("DirectorySyncSummary", ", ", "separator between counts"));
}
