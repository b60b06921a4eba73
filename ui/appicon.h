#pragma once

#include <QIcon>

// The application's icon for windows and the toolbar, from PNG renditions of
// resources/icons/invitedesk.svg made at build time (ui/CMakeLists.txt). A raster icon is drawn by
// Qt itself; the SVG would load the SVG icon engine plugin and parse and render the drawing while the
// first window opens.
namespace AppIcon {
QIcon icon();
} // namespace AppIcon
