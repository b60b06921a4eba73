#include "invite/invitationfailure.h"

#include <QCoreApplication>

namespace {

// The portal's reason for refusing the fields of one user.add (spec §6.7), in the user's words.
QString invalidText(const QString &code, const QString &description) {
    const QString d = description.toLower();
    const QString c = code.toUpper();
    if (d.contains(u"wrong_email"))
        return QCoreApplication::translate(
            "InvitationFailure",
            "Invalid address: the portal does not accept this e-mail address. Check it for typing errors; "
            "before the @ the portal accepts only Latin letters, digits and common symbols, no accented "
            "letters such as é.");
    if (d.contains(u"no_extranet_field"))
        return QCoreApplication::translate("InvitationFailure",
                                           "No department: the portal needs a department for an employee. "
                                           "Choose one and invite again.");
    if (d.contains(u"no_sonet_group_for_extranet") || c == u"ERROR_GROUPID")
        return QCoreApplication::translate("InvitationFailure",
                                           "No workgroup: the portal needs a workgroup for an extranet user. "
                                           "Choose one and invite again.");
    if (c == u"ERROR_NO_GROUP")
        return QCoreApplication::translate(
            "InvitationFailure", "Unknown workgroup: the chosen workgroup does not exist on the portal (any "
                                 "more). Refresh the directory and choose another.");
    return QCoreApplication::translate("InvitationFailure",
                                       "Invalid: the portal did not accept the address or the details.");
}

} // namespace

QString InvitationFailure::userText() const {
    switch (kind) {
    case InvitationFailureKind::None:
        return {};
    case InvitationFailureKind::Duplicate:
        return QCoreApplication::translate(
            "InvitationFailure", "Duplicate: a user with this e-mail already exists on the portal.");
    case InvitationFailureKind::Invalid:
        return invalidText(code, description);
    case InvitationFailureKind::Limit:
        return QCoreApplication::translate(
            "InvitationFailure",
            "Limit: the plan's user limit is reached. Free seats or upgrade the plan, then retry.");
    case InvitationFailureKind::Rights:
        return QCoreApplication::translate(
            "InvitationFailure",
            "Rights: only administrators can invite unless the portal lets everyone invite.");
    case InvitationFailureKind::SignIn:
        return QCoreApplication::translate(
            "InvitationFailure",
            "Sign in again: the portal no longer accepts InviteDesk's sign-in (it expired or was revoked). "
            "The invitation is kept and sent once you have signed in.");
    case InvitationFailureKind::Network:
        return QCoreApplication::translate("InvitationFailure",
                                           "Network: will be sent when the portal is reachable.");
    case InvitationFailureKind::RateLimited:
        return QCoreApplication::translate("InvitationFailure",
                                           "The portal asked to slow down; will be sent shortly.");
    case InvitationFailureKind::Unknown:
        return QCoreApplication::translate("InvitationFailure",
                                           "The portal answered with an unexpected error: %1")
            .arg(description.isEmpty() ? code : description);
    }
    return {};
}

InvitationFailure InvitationFailure::fromPortalError(const QString &code, const QString &description) {
    InvitationFailure f;
    f.code = code;
    f.description = description;
    const QString d = description.toLower();
    const QString c = code.toUpper();
    if (c == u"QUERY_LIMIT_EXCEEDED" || c == u"OPERATION_TIME_LIMIT")
        f.kind = InvitationFailureKind::RateLimited;
    else if (d.contains(u"already exist") || d.contains(u"user_exists"))
        f.kind = InvitationFailureKind::Duplicate;
    else if (d.contains(u"wrong_email") || d.contains(u"no_extranet_field") || c == u"ERROR_GROUPID" ||
             c == u"ERROR_NO_GROUP" || d.contains(u"no_sonet_group_for_extranet"))
        f.kind = InvitationFailureKind::Invalid;
    else if (d.contains(u"user_count_exceeded"))
        f.kind = InvitationFailureKind::Limit;
    // An expired or revoked credential is not a lack of rights: the user signs in again
    // and nothing is marked failed. Codes per spec §1.3 ("bad credentials" in every variant).
    else if (c == u"INVALID_CREDENTIALS" || c == u"NO_AUTH_FOUND" || c == u"INVALID_TOKEN" ||
             c == u"EXPIRED_TOKEN" || c == u"AUTHORIZATION_ERROR" || c == u"INVALID_GRANT" ||
             c == u"APPLICATION_NOT_FOUND")
        f.kind = InvitationFailureKind::SignIn;
    else if (d.contains(u"access_denied") || c == u"INSUFFICIENT_SCOPE" || c == u"ACCESS_DENIED")
        f.kind = InvitationFailureKind::Rights;
    else
        f.kind = InvitationFailureKind::Unknown;
    return f;
}

QString InvitationFailure::kindToken(InvitationFailureKind kind) {
    switch (kind) {
    case InvitationFailureKind::None:
        return {};
    case InvitationFailureKind::Duplicate:
        return QStringLiteral("duplicate");
    case InvitationFailureKind::Invalid:
        return QStringLiteral("invalid");
    case InvitationFailureKind::Limit:
        return QStringLiteral("limit");
    case InvitationFailureKind::Rights:
        return QStringLiteral("rights");
    case InvitationFailureKind::SignIn:
        return QStringLiteral("sign_in");
    case InvitationFailureKind::Network:
        return QStringLiteral("network");
    case InvitationFailureKind::RateLimited:
        return QStringLiteral("rate_limited");
    case InvitationFailureKind::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

InvitationFailureKind InvitationFailure::kindFromToken(const QString &token) {
    for (auto k :
         {InvitationFailureKind::Duplicate, InvitationFailureKind::Invalid, InvitationFailureKind::Limit,
          InvitationFailureKind::Rights, InvitationFailureKind::SignIn, InvitationFailureKind::Network,
          InvitationFailureKind::RateLimited, InvitationFailureKind::Unknown}) {
        if (kindToken(k) == token)
            return k;
    }
    return InvitationFailureKind::None;
}

QString InvitationFailure::kindText(InvitationFailureKind kind) {
    switch (kind) {
    case InvitationFailureKind::None:
        return {};
    case InvitationFailureKind::Duplicate:
        return QCoreApplication::translate("InvitationFailure", "duplicate");
    case InvitationFailureKind::Invalid:
        return QCoreApplication::translate("InvitationFailure", "invalid");
    case InvitationFailureKind::Limit:
        return QCoreApplication::translate("InvitationFailure", "limit");
    case InvitationFailureKind::Rights:
        return QCoreApplication::translate("InvitationFailure", "rights");
    case InvitationFailureKind::SignIn:
        return QCoreApplication::translate("InvitationFailure", "sign in again");
    case InvitationFailureKind::Network:
    case InvitationFailureKind::RateLimited:
        return QCoreApplication::translate("InvitationFailure", "network");
    case InvitationFailureKind::Unknown:
        return QCoreApplication::translate("InvitationFailure", "unknown");
    }
    return {};
}
