#pragma once

#include <QString>

// Names and version shared by every executable (QCoreApplication metadata, User-Agent).
namespace AppInfo {
QString name();            // "InviteDesk"
QString organization();    // used for QSettings and QStandardPaths
QString version();         // "0.1.0"
QByteArray userAgent();    // "InviteDesk/0.1.0"
void applyToApplication(); // sets QCoreApplication's name, organisation and version
} // namespace AppInfo
