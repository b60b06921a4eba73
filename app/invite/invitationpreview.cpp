#include "invite/invitationpreview.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace {

QString escapedParagraphs(const QString &text) {
    QStringList paragraphs;
    const QStringList blocks = QString(text)
                                   .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                   .split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QString escaped = block.trimmed().toHtmlEscaped();
        escaped.replace(u'\n', QStringLiteral("<br>"));
        paragraphs << QStringLiteral("<p style=\"margin:0 0 12px 0;\">") + escaped + QStringLiteral("</p>");
    }
    return paragraphs.join(u'\n');
}

QString safeHref(const QString &link) {
    const QUrl url(link.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return QStringLiteral("#");
    return QString::fromUtf8(url.toEncoded()).toHtmlEscaped();
}

} // namespace

QString InvitationPreview::subject(const InvitationPreviewInput &input) {
    const QString portal = input.portalName.isEmpty() ? QStringLiteral("Bitrix24") : input.portalName;
    if (input.senderName.isEmpty())
        return QCoreApplication::translate("InvitationPreview", "Invitation to %1").arg(portal);
    return QCoreApplication::translate("InvitationPreview", "%1 invites you to %2")
        .arg(input.senderName, portal);
}

QString InvitationPreview::html(const InvitationPreviewInput &input) {
    QString sender = input.senderName.toHtmlEscaped();
    if (!input.senderEmail.isEmpty())
        sender += QStringLiteral(" &lt;") + input.senderEmail.toHtmlEscaped() + QStringLiteral("&gt;");
    const QString joinLabel = QCoreApplication::translate("InvitationPreview", "Join").toHtmlEscaped();

    QString html;
    html.reserve(2048 + input.message.size() * 2);
    html += QStringLiteral("<html><body style=\"font-family:sans-serif;\">\n"
                           "<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\">\n");
    html += QStringLiteral("<tr><td><b>") +
            QCoreApplication::translate("InvitationPreview", "Subject:").toHtmlEscaped() +
            QStringLiteral("</b> <span id=\"subject\">") + subject(input).toHtmlEscaped() +
            QStringLiteral("</span></td></tr>\n");
    html += QStringLiteral("<tr><td><b>") +
            QCoreApplication::translate("InvitationPreview", "From:").toHtmlEscaped() +
            QStringLiteral("</b> <span id=\"sender\">") + sender + QStringLiteral("</span></td></tr>\n");
    html += QStringLiteral("</table>\n<hr>\n");
    html += QStringLiteral("<h2 style=\"margin:8px 0;\">") + input.portalName.toHtmlEscaped() +
            QStringLiteral("</h2>\n<div id=\"message\">\n") + escapedParagraphs(input.message) +
            QStringLiteral("\n</div>\n");
    html += QStringLiteral("<table cellpadding=\"10\" cellspacing=\"0\"><tr>"
                           "<td bgcolor=\"#2fc6f6\" style=\"background-color:#2fc6f6;\">"
                           "<a id=\"join\" href=\"") +
            safeHref(input.joinLink) +
            QStringLiteral("\" style=\"color:#ffffff;text-decoration:none;font-weight:bold;\">") + joinLabel +
            QStringLiteral("</a></td></tr></table>\n");
    html += QStringLiteral("<p style=\"color:#808080;font-size:small;\">") +
            QCoreApplication::translate("InvitationPreview",
                                        "You received this e-mail because %1 invited you to %2.")
                .arg(input.senderName.isEmpty() ? QCoreApplication::translate("InvitationPreview", "someone")
                                                : input.senderName,
                     input.portalName)
                .toHtmlEscaped() +
            QStringLiteral("</p>\n</body></html>\n");
    return html;
}
