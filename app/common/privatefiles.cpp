#include "common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace {

using namespace Qt::StringLiterals;

#ifdef Q_OS_WIN
// The per-user profile (AppData, the registry's HKCU) is already private: no ACLs of our own.
constexpr bool kUnixPermissions = false;
#else
constexpr bool kUnixPermissions = true;
#endif

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder = OwnerOnlyFile | QFileDevice::ExeOwner;
// Any bit for group or others.
constexpr QFileDevice::Permissions Shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

bool narrow(const QString &path, QFileDevice::Permissions wanted) {
    if (!kUnixPermissions || !(QFile::permissions(path) & Shared))
        return true;
    return QFile::setPermissions(path, wanted);
}

} // namespace

QString PrivateFiles::makeFolder(const QString &path) {
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return narrow(absolute, OwnerOnlyFolder) ? QString() : u"cannot make %1 owner-only"_s.arg(absolute);
    // Missing parents first, each created owner-only (QDir::mkpath() would use the umask).
    QStringList missing;
    for (QString p = absolute; !QFileInfo::exists(p); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (QFileInfo(p).path() == p)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        const bool made = kUnixPermissions ? QDir().mkdir(folder, OwnerOnlyFolder) : QDir().mkdir(folder);
        if (!made && !QFileInfo(folder).isDir())
            return u"cannot create folder %1"_s.arg(folder);
    }
    return {};
}

QString PrivateFiles::makeFile(const QString &path) {
    const QFileInfo info(path);
    if (const QString error = makeFolder(info.absolutePath()); !error.isEmpty())
        return error;
    if (info.exists() || info.isSymLink())
        return narrow(path, OwnerOnlyFile) ? QString() : u"cannot make %1 owner-only"_s.arg(path);
    QFile file(path);
    // NewOnly is O_EXCL: it neither follows nor replaces anything that appeared meanwhile.
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::NewOnly;
    if (!(kUnixPermissions ? file.open(mode, OwnerOnlyFile) : file.open(mode)))
        return u"cannot create %1: %2"_s.arg(path, file.errorString());
    return {};
}

QString PrivateFiles::symlinkedDatabasePart(const QString &path) {
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo(path + suffix).isSymbolicLink())
            return path + suffix;
    }
    return {};
}

QString PrivateFiles::prepareDatabase(const QString &path) {
    if (const QString link = symlinkedDatabasePart(path); !link.isEmpty())
        return u"refusing %1: it is a symbolic link"_s.arg(link);
    // SQLite gives the -wal, -shm and -journal files the permissions of the database file.
    return makeFile(path);
}

QString PrivateFiles::prepareSettings(const QSettings &settings) {
    if (!kUnixPermissions || settings.fileName().isEmpty())
        return {};
    return makeFile(settings.fileName());
}

bool PrivateFiles::restrictOpenFile(QFileDevice &file) {
    return !kUnixPermissions || file.setPermissions(OwnerOnlyFile);
}
