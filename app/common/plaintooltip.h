#pragma once

#include <QString>

// A tool tip that shows the text exactly as given. QToolTip renders anything that looks like markup
// (Qt::mightBeRichText) as rich text, so a name chosen on the portal ("<a href=…>") would render; the
// text goes in escaped inside an explicit rich-text document instead, which shows every character.
inline QString plainToolTip(const QString &text) {
    if (text.isEmpty())
        return text;
    return QStringLiteral("<qt>") + text.toHtmlEscaped() + QStringLiteral("</qt>");
}
