#pragma once

#include <QString>

// Why an invitation did not go through, in the user's words (spec §6.7 error table).
enum class InvitationFailureKind {
    None,
    Duplicate,   // a user with this e-mail already exists
    Invalid,     // the portal rejected the address or the fields (wrong_email, no_extranet_field, bad group)
    Limit,       // user_count_exceeded
    Rights,      // access_denied, insufficient_scope: the account may not invite
    SignIn,      // the sign-in expired or was revoked: sign in again; never a final failure
    Network,     // the portal could not be reached; the request was not delivered
    RateLimited, // QUERY_LIMIT_EXCEEDED / OPERATION_TIME_LIMIT: the request was refused, try later
    Unknown,     // anything else; the outcome may need a person to look at it
};

// A failure as a value: the kind for decisions and words, the raw code and description for the log.
struct InvitationFailure {
    InvitationFailureKind kind = InvitationFailureKind::None;
    QString code;        // e.g. ERROR_ARGUMENT, ERROR_CORE, QUERY_LIMIT_EXCEEDED
    QString description; // the portal's error_description (possibly localised)

    bool isFailure() const { return kind != InvitationFailureKind::None; }

    // One translated sentence for the outbox view ("Already a user of the portal.").
    QString userText() const;

    // Classifies a portal error of user.add by its error_description tokens, accepting both
    // ERROR_ARGUMENT and ERROR_CORE as the spec requires (§6.7, §8.18).
    static InvitationFailure fromPortalError(const QString &code, const QString &description);

    // Stable tokens for storage ("duplicate", "invalid", …) and back.
    static QString kindToken(InvitationFailureKind kind);
    static InvitationFailureKind kindFromToken(const QString &token);
    static QString kindText(InvitationFailureKind kind); // "duplicate", translated
};
