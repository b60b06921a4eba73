#pragma once

#include <QString>

// The settings key of one portal's invite setting, "invite/<portal>/<name>": role presets, defaults
// and the Quick Registration link are kept apart per portal, because their IDs and names belong to
// one portal. A portal key's slashes would make groups of their own, so they become underscores.
inline QString portalSettingsKey(const QString &portal, const QString &name) {
    QString group = portal;
    group.replace(u'/', u'_');
    return QStringLiteral("invite/%1/%2").arg(group.isEmpty() ? QStringLiteral("_") : group, name);
}
