#include "common/appinfo.h"

#include <QCoreApplication>

namespace AppInfo {

QString name() {
    return QStringLiteral("InviteDesk");
}
QString organization() {
    return QStringLiteral("InviteDesk");
}
QString version() {
    return QStringLiteral(INVITEDESK_VERSION);
}
QByteArray userAgent() {
    return "InviteDesk/" INVITEDESK_VERSION;
}

void applyToApplication() {
    QCoreApplication::setApplicationName(name());
    QCoreApplication::setOrganizationName(organization());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace AppInfo
