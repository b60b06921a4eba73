#pragma once

#include <QString>

// What the recipient's invitation e-mail shows.
struct InvitationPreviewInput {
    QString portalName;  // e.g. "Acme" or "acme.bitrix24.com"
    QString senderName;  // the inviter
    QString senderEmail; // the inviter's address, if known
    QString message;     // the filled template text (MessageTemplate::fill)
    QString joinLink;    // the join URL; a placeholder link is shown when empty
};

// Renders the invitation e-mail as the recipient will see it: subject, sender, greeting and text,
// and a "Join" button. Every user-provided string is HTML-escaped; only http(s) links are linked.
// The HTML uses the subset QTextBrowser renders (tables, inline styles).
class InvitationPreview {
public:
    static QString subject(const InvitationPreviewInput &input);
    static QString html(const InvitationPreviewInput &input);
};
