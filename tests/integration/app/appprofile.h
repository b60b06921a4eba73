#pragma once

// The environment of an invitedesk process whose settings and data files live under `home` and
// nowhere else. On Linux the XDG variables do it; Windows ignores them (its user folders and the
// registry are per account), so there the profile folder option's variable does.
#include "common/profile.h"

#include <QDir>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

inline QProcessEnvironment isolatedProfile(const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"INVITEDESK_WEBHOOK"_s);
#ifdef Q_OS_WIN
    env.insert(QString::fromLatin1(Profile::FolderVariable), QDir(home).filePath(u"profile"_s));
#else
    env.remove(QString::fromLatin1(Profile::FolderVariable));
#endif
    return env;
}

// The settings file the app reads in the profile isolatedProfile(home) gives it.
inline QString settingsFileOf(const QString &home) {
#ifdef Q_OS_WIN
    return Profile::settingsFileIn(QDir(home).filePath(u"profile"_s));
#else
    return home + u"/.config/InviteDesk/InviteDesk.conf"_s;
#endif
}
