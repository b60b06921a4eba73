#include "invite/invitationpreview.h"

#include <QCoreApplication>
#include <QStringList>

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

// The portal's button, drawn as the portal draws it but without a link (the portal makes one per person).
QString portalAcceptButton() {
    return QStringLiteral("<table cellpadding=\"10\" cellspacing=\"0\"><tr>"
                          "<td id=\"accept\" bgcolor=\"#9dcf00\" style=\"background-color:#9dcf00;"
                          "color:#ffffff;font-weight:bold;\">") +
           QCoreApplication::translate("InvitationPreview", "Accept invitation").toHtmlEscaped() +
           QStringLiteral(
               "</td></tr></table>\n<p id=\"acceptNote\" style=\"color:#808080;font-size:small;\">") +
           QCoreApplication::translate("InvitationPreview",
                                       "Bitrix24 adds this button with the person's own link to join.")
               .toHtmlEscaped() +
           QStringLiteral("</p>\n");
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
    if (input.mail == InvitationMail::MailClient) {
        html += QStringLiteral("<div id=\"message\">\n") + escapedParagraphs(input.message) +
                QStringLiteral("\n</div>\n</body></html>\n");
        return html;
    }
    html += QStringLiteral("<h2 style=\"margin:8px 0;\">") + input.portalName.toHtmlEscaped() +
            QStringLiteral("</h2>\n<div id=\"message\">\n") + escapedParagraphs(input.message) +
            QStringLiteral("\n</div>\n");
    html += portalAcceptButton();
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
