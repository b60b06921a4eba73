#include "profile.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

Profile Profile::choose(const QString &folderOption) {
    const QString folder = folderOption.isEmpty() ? qEnvironmentVariable(FolderVariable) : folderOption;
    return Profile(folder.trimmed());
}

Profile::Profile(const QString &folder)
    : m_folder(folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath())) {}

QString Profile::prepare() const {
    if (!hasFolder())
        return {};
    if (QFileInfo(m_folder).exists() && !QFileInfo(m_folder).isDir())
        return QCoreApplication::translate("Profile", "The profile %1 is a file, not a folder.")
            .arg(m_folder);
    if (!PrivateFiles::makeFolder(m_folder).isEmpty())
        return QCoreApplication::translate("Profile", "The profile folder %1 cannot be created.")
            .arg(m_folder);
    return {};
}

QString Profile::dataDir() const {
    return hasFolder() ? m_folder : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

std::unique_ptr<QSettings> Profile::openSettings() const {
    if (!hasFolder())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsFileIn(m_folder), QSettings::IniFormat);
}

QString Profile::settingsFileIn(const QString &folder) {
    return QDir(folder).filePath(QStringLiteral("InviteDesk.ini"));
}
