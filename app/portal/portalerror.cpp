#include "portal/portalerror.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

PortalError::PortalError(Kind kind, QString code, QString description, int httpStatus)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_description(std::move(description))
    , m_httpStatus(httpStatus) {}

namespace {

using Kind = PortalError::Kind;

struct CodeKind {
    const char16_t *code;
    Kind kind;
};

// Codes are compared case-sensitively as the portal sends them (spec §1.3, §2.3, §5).
constexpr CodeKind kCodeTable[] = {
    {u"expired_token", Kind::AuthExpired},
    {u"invalid_token", Kind::AuthExpired},
    {u"NO_AUTH_FOUND", Kind::AuthInvalid},
    {u"INVALID_CREDENTIALS", Kind::AuthInvalid},
    {u"authorization_error", Kind::AuthInvalid},
    {u"APPLICATION_NOT_FOUND", Kind::AuthInvalid},
    {u"user_access_error", Kind::AuthInvalid},
    {u"invalid_grant", Kind::AuthInvalid},
    {u"invalid_client", Kind::AuthInvalid},
    {u"invalid_request", Kind::AuthInvalid},
    {u"insufficient_scope", Kind::InsufficientScope},
    {u"invalid_scope", Kind::InsufficientScope},
    {u"ACCESS_DENIED", Kind::AccessDenied},
    {u"WRONG_AUTH_TYPE", Kind::AccessDenied},
    {u"METHOD_CONFIRM_WAITING", Kind::AccessDenied},
    {u"METHOD_CONFIRM_DENIED", Kind::AccessDenied},
    {u"PAYMENT_REQUIRED", Kind::AccessDenied},
    {u"INVALID_REQUEST", Kind::Tls},
    {u"QUERY_LIMIT_EXCEEDED", Kind::RateLimited},
    {u"OVERLOAD_LIMIT", Kind::RateLimited},
    {u"OPERATION_TIME_LIMIT", Kind::OperationLimit},
    {u"ERROR_METHOD_NOT_FOUND", Kind::NotFound},
    {u"ERROR_MANIFEST_IS_NOT_AVAILABLE", Kind::NotFound},
    {u"PORTAL_DELETED", Kind::NotFound},
    {u"INTERNAL_SERVER_ERROR", Kind::Server},
    {u"ERROR_UNEXPECTED_ANSWER", Kind::Server},
    {u"CONNECTION_ERROR", Kind::Server},
    {u"ERROR_GROUPID", Kind::ExtranetGroupRequired},
    {u"ERROR_NO_GROUP", Kind::ExtranetGroupRequired},
};

struct TokenKind {
    const char16_t *token; // matched case-insensitively inside error_description
    Kind kind;
};

// user.add and friends put the stable reason into error_description, under ERROR_ARGUMENT,
// ERROR_CORE or an empty code alike (spec §6.7 contradictions, §8.18).
constexpr TokenKind kDescriptionTable[] = {
    {u"wrong_email", Kind::InvalidEmail},
    {u"already exist", Kind::DuplicateEmail},
    {u"user_count_exceeded", Kind::UserLimit},
    {u"no_extranet_field", Kind::DepartmentRequired},
    {u"no_sonet_group_for_extranet", Kind::ExtranetGroupRequired},
    {u"Group code not specified", Kind::ExtranetGroupRequired},
    {u"Group is specified incorrectly", Kind::ExtranetGroupRequired},
    {u"access_denied", Kind::AccessDenied},
    {u"Access denied", Kind::AccessDenied},
    {u"No permissions", Kind::AccessDenied},
    {u"not found", Kind::NotFound},
    {u"Wrong group ID", Kind::NotFound},
    {u"SQL query error", Kind::Server},
};

} // namespace

PortalError PortalError::fromPortal(int httpStatus, const QString &code, const QString &description,
                                    const QString &argument) {
    PortalError error(Kind::Other, code, description, httpStatus);
    error.m_argument = argument;
    for (const auto &entry : kCodeTable) {
        if (code == QStringView(entry.code)) {
            error.m_kind = entry.kind;
            return error;
        }
    }
    for (const auto &entry : kDescriptionTable) {
        if (description.contains(QStringView(entry.token), Qt::CaseInsensitive)) {
            error.m_kind = entry.kind;
            return error;
        }
    }
    if (httpStatus >= 500)
        error.m_kind = (httpStatus == 503) ? Kind::RateLimited : Kind::Server;
    else if (httpStatus == 429)
        error.m_kind = Kind::RateLimited;
    else if (httpStatus == 401)
        error.m_kind = Kind::AuthInvalid;
    else if (httpStatus == 403)
        error.m_kind = Kind::AccessDenied;
    else if (httpStatus == 404)
        error.m_kind = Kind::NotFound;
    // A bare 503 without a code is a gateway page, not the bucket: treat it as server trouble.
    if (httpStatus == 503 && code.isEmpty())
        error.m_kind = Kind::Server;
    return error;
}

bool PortalError::isTransient() const {
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::OperationLimit:
    case Kind::Server:
    case Kind::MalformedResponse:
        return true;
    default:
        return false;
    }
}

QString PortalError::kindName(Kind kind) {
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::AuthExpired:
        return QStringLiteral("auth-expired");
    case Kind::AuthInvalid:
        return QStringLiteral("auth-invalid");
    case Kind::InsufficientScope:
        return QStringLiteral("insufficient-scope");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::OperationLimit:
        return QStringLiteral("operation-limit");
    case Kind::DuplicateEmail:
        return QStringLiteral("duplicate-email");
    case Kind::InvalidEmail:
        return QStringLiteral("invalid-email");
    case Kind::UserLimit:
        return QStringLiteral("user-limit");
    case Kind::DepartmentRequired:
        return QStringLiteral("department-required");
    case Kind::ExtranetGroupRequired:
        return QStringLiteral("extranet-group-required");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case Kind::Moved:
        return QStringLiteral("moved");
    case Kind::ProtocolViolation:
        return QStringLiteral("protocol-violation");
    case Kind::InvalidAddress:
        return QStringLiteral("invalid-address");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString PortalError::logText() const {
    QString text = kindName(m_kind);
    if (!m_code.isEmpty())
        text += u" code="_s + m_code;
    if (m_httpStatus)
        text += u" http="_s + QString::number(m_httpStatus);
    if (!m_description.isEmpty())
        text += u" description=\""_s + m_description.left(200) + u'"';
    if (!m_argument.isEmpty())
        text += u" argument="_s + m_argument;
    if (!m_detail.isEmpty())
        text += u" detail="_s + m_detail;
    return text;
}

QString PortalError::protocolViolationMessage() const {
    if (m_code == u"ANSWER_TOO_LARGE")
        return tr("The portal sent an answer larger than %1, InviteDesk's limit for one answer, so "
                  "InviteDesk stopped reading it. Try again later; if it persists, check that the address "
                  "is a Bitrix24 portal.")
            .arg(m_detail);
    if (m_code == u"LIST_IDS_NOT_RISING")
        return tr("The portal sent the list out of order (IDs did not rise). The directory refresh "
                  "stopped; the previous copy is kept.");
    if (m_code == u"LIST_LONGER_THAN_TOTAL")
        return tr("The portal sent more entries than the %1 it announced. The directory refresh stopped; "
                  "the previous copy is kept.")
            .arg(m_detail);
    if (m_code == u"LIST_TOO_MANY_PAGES")
        return tr("The portal kept sending pages beyond the %1 its total allows. The directory refresh "
                  "stopped; the previous copy is kept.")
            .arg(m_detail);
    if (m_code == u"LIST_TOTAL_TOO_LARGE")
        return tr("The portal announced %1 entries, more than InviteDesk copies. The directory refresh "
                  "stopped; the previous copy is kept.")
            .arg(m_detail);
    if (m_code == u"LIST_TOO_SLOW")
        return tr("Reading the directory took longer than %1. The directory refresh stopped; the previous "
                  "copy is kept. Try again later.")
            .arg(m_detail);
    return tr("The portal's answers broke the protocol (%1). The operation stopped.").arg(m_code);
}

QString PortalError::userMessage() const {
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
        return connectionMessage();
    case Kind::AuthExpired:
    case Kind::AuthInvalid:
    case Kind::InsufficientScope:
    case Kind::AccessDenied:
        return permissionMessage();
    case Kind::RateLimited:
        return tr("The portal is limiting requests. InviteDesk will slow down; try again shortly.");
    case Kind::OperationLimit:
        return tr("The portal has paused this operation for a few minutes because of its load limit. "
                  "Try again later.");
    case Kind::DuplicateEmail:
    case Kind::InvalidEmail:
    case Kind::UserLimit:
    case Kind::DepartmentRequired:
    case Kind::ExtranetGroupRequired:
        return invitationMessage();
    case Kind::NotFound:
    case Kind::Server:
    case Kind::MalformedResponse:
        return answerMessage();
    case Kind::Moved:
        return tr("The portal says it has moved to %1. InviteDesk sends nothing there until you confirm "
                  "the new address.")
            .arg(m_detail);
    case Kind::ProtocolViolation:
        return protocolViolationMessage();
    case Kind::InvalidAddress:
        return m_description.isEmpty() ? tr("The portal address is not valid.") : m_description;
    case Kind::Canceled:
        return tr("The request was not completed.");
    case Kind::Other:
        break;
    }
    if (!m_description.isEmpty())
        return tr("The portal refused the request: %1").arg(m_description);
    return tr("The portal refused the request (%1).").arg(m_code.isEmpty() ? tr("no reason given") : m_code);
}

QString PortalError::connectionMessage() const {
    if (m_kind == Kind::Timeout)
        return tr("The portal did not answer in time. Try again in a moment.");
    if (m_kind == Kind::Network) {
        if (!m_detail.isEmpty())
            return tr("Cannot reach the portal (%1). Check the address and your network connection, "
                      "then try again.")
                .arg(m_detail);
        return tr("Cannot reach the portal. Check your network connection and try again.");
    }
    if (m_code == u"INVALID_REQUEST")
        return tr("The portal requires a secure (https) address. Use the https:// address of the "
                  "portal.");
    if (m_code == untrustedCertificateCode() && !m_certificate.isNull())
        return tr("This computer does not trust the portal's certificate: it is self-signed or issued by "
                  "your company's own certificate authority, as is usual for Bitrix24 on your own "
                  "server. Nothing was sent.\n\nIssued to: %1\nSHA-256 fingerprint: %2\n\nAsk your "
                  "administrator for the portal's fingerprint. Only if it is the same, trust this "
                  "certificate for this portal (Connect dialog).")
            .arg(subjectText(m_certificate), fingerprint(m_certificate));
    return tr("The secure connection to the portal failed (%1). The connection was not used; check "
              "the address and the system clock. A portal on your company's own server (Bitrix24 "
              "on-premise) with a self-signed certificate or one from the company's own certificate "
              "authority: ask your administrator to add that certificate to this computer's trusted "
              "certificates, then connect again.")
        .arg(m_detail.isEmpty() ? tr("certificate problem") : m_detail);
}

QString PortalError::permissionMessage() const {
    switch (m_kind) {
    case Kind::AuthExpired:
        return tr("The portal sign-in has expired. Sign in again.");
    case Kind::AuthInvalid:
        return tr("The portal rejected the credentials. Check the webhook address or sign in again; "
                  "your pending work is kept.");
    case Kind::InsufficientScope:
        if (!m_detail.isEmpty())
            return tr("The webhook or application lacks the permission \"%1\". Edit it in Bitrix24 "
                      "(Developer resources) and tick that scope.")
                .arg(m_detail);
        return tr("The webhook or application lacks a required permission (scope). Edit it in Bitrix24 "
                  "and add the user, department and sonet_group scopes.");
    default:
        return tr("Your Bitrix24 account is not allowed to do this. Ask a portal administrator for the "
                  "right to invite users.");
    }
}

QString PortalError::invitationMessage() const {
    switch (m_kind) {
    case Kind::DuplicateEmail:
        return tr("A user with this e-mail address already exists in the portal.");
    case Kind::InvalidEmail:
        return tr("The portal rejected the e-mail address. Check it for typing errors.");
    case Kind::UserLimit:
        return tr("The portal's plan allows no more users. Free a seat or upgrade the plan.");
    case Kind::DepartmentRequired:
        return tr("Choose a department for the new employee (or invite them to an extranet group).");
    default:
        return tr("Extranet users must be invited into an existing extranet group. Choose a valid "
                  "group.");
    }
}

QString PortalError::answerMessage() const {
    if (m_kind == Kind::MalformedResponse)
        return tr("The portal sent an answer InviteDesk cannot read. Try again later; if it persists, "
                  "check that the address is a Bitrix24 portal.");
    if (m_kind == Kind::NotFound) {
        if (m_code == u"PORTAL_DELETED")
            return tr("This Bitrix24 portal has been deleted.");
        if (m_code.isEmpty() && m_httpStatus != 0)
            return tr("This address does not answer like a Bitrix24 portal. Check the address.");
        return tr("The portal does not know this request or object (%1).")
            .arg(m_code.isEmpty() ? m_description : m_code);
    }
    if (m_code == u"REDIRECT_SCHEME_REFUSED")
        return tr("The portal tried to send InviteDesk to an address that is not a web address (%1). "
                  "It was not followed.")
            .arg(m_detail);
    if (m_code == u"REDIRECT_SAME_HOST")
        return tr("The portal answered with a redirect InviteDesk does not follow (it would drop the "
                  "request's data). If the portal shows a notice in the browser, such as an expired "
                  "licence, resolve it and try again.");
    return tr("The portal had a server problem. Try again later.");
}

QString PortalError::fingerprint(const QSslCertificate &certificate) {
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString PortalError::subjectText(const QSslCertificate &certificate) {
    QStringList parts;
    for (const auto attribute : {QSslCertificate::CommonName, QSslCertificate::Organization})
        parts += certificate.subjectInfo(attribute);
    parts.removeAll(QString());
    return parts.isEmpty() ? certificate.subjectDisplayName() : parts.join(u", ");
}
