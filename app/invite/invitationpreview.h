#pragma once

#include <QString>

// Who writes the e-mail around the message, and so what else the recipient gets.
enum class InvitationMail {
    // user.add: the portal sends its standard invitation (the intranet mail template, type
    // USER_INVITATION): the message as USER_TEXT, then an "Accept invitation" button whose link carries
    // the new user's confirmation code. Only the portal knows that link, so the preview shows the
    // button without one.
    Portal,
    // Sent from the user's own mail client: subject and text, nothing added (any link is in the text).
    MailClient,
};

// What the recipient's invitation e-mail shows.
struct InvitationPreviewInput {
    QString portalName;  // e.g. "Acme" or "acme.bitrix24.com"
    QString senderName;  // the inviter
    QString senderEmail; // the inviter's address, if known
    QString message;     // the filled template text (MessageTemplate::fill)
    InvitationMail mail = InvitationMail::Portal;
};

// Renders the invitation e-mail as the recipient will see it: subject, sender, greeting and text, and
// for a portal invitation the portal's "Accept invitation" button (not a link: see InvitationMail).
// Every user-provided string is HTML-escaped and nothing in it is linked. The HTML uses the subset
// QTextBrowser renders (tables, inline styles).
class InvitationPreview {
public:
    static QString subject(const InvitationPreviewInput &input);
    static QString html(const InvitationPreviewInput &input);
};
