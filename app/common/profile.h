#pragma once

#include <QString>

#include <memory>

class QSettings;

// Where one InviteDesk profile keeps its settings and its data files (directory copy, outbox, lock).
// By default the user's own places: the platform's settings store (the registry on Windows) and the
// local application data folder. A profile folder (--profile, or the INVITEDESK_PROFILE variable)
// holds both instead, settings as an INI file: a second profile on one account, or a portable copy.
class Profile {
public:
    // The environment variable that names a profile folder when --profile is not given.
    static constexpr const char *FolderVariable = "INVITEDESK_PROFILE";

    // The user's own places (no folder), or the folder of --profile / INVITEDESK_PROFILE.
    static Profile choose(const QString &folderOption);
    explicit Profile(const QString &folder = {});

    bool hasFolder() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    // Creates the profile folder owner-only when it has one. An error in the user's words, or empty.
    QString prepare() const;
    QString dataDir() const;
    std::unique_ptr<QSettings> openSettings() const;
    // The INI file of a profile folder's settings.
    static QString settingsFileIn(const QString &folder);

private:
    QString m_folder;
};
