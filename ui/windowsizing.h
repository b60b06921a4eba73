#pragma once

#include <QSize>

class QWidget;

// Window sizes that fit the screen a window opens on: a preferred size (in character units, so it
// follows the font) bounded by the part of the screen left after the title bar and the window frame,
// so that a laptop screen or a 200 % scale still shows every window's buttons.
namespace WindowSizing {

// The size a top-level window may take on the screen `window` opens on (its parent's, before shown).
QSize usableSize(const QWidget *window);
// Resizes `window` to `preferred`, bounded by usableSize() and never below its minimum size hint.
void resizeWithin(QWidget *window, QSize preferred);
// `columns` × `lines` of the widget's font, a size that follows the language's and the user's font.
QSize textSize(const QWidget *widget, int columns, int lines);

} // namespace WindowSizing
