#include "appicon.h"

namespace AppIcon {

QIcon icon() {
    static const QIcon cached = [] {
        QIcon icon;
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/appicon/%1x%1/apps/invitedesk.png").arg(size), QSize(size, size));
        return icon;
    }();
    return cached;
}

} // namespace AppIcon
