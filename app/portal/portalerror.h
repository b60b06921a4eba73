#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

// A failure of a portal request as a value: a kind the program branches on, the raw fields the
// portal sent (kept for the log) and a translated message the user can act on.
class PortalError {
    Q_DECLARE_TR_FUNCTIONS(PortalError)
public:
    enum class Kind {
        Network,               // no connection, host not found, connection reset
        Timeout,               // the transfer timeout elapsed
        Tls,                   // certificate/TLS failure, or plain http where https is required
        AuthExpired,           // access token expired (refresh once, then this if it persists)
        AuthInvalid,           // webhook/token rejected: sign in again
        InsufficientScope,     // the credential lacks a scope
        AccessDenied,          // the user lacks the right (invite right, plan, app access)
        RateLimited,           // QUERY_LIMIT_EXCEEDED / OVERLOAD_LIMIT (429 or 503)
        OperationLimit,        // OPERATION_TIME_LIMIT (429): method blocked until a reset time
        DuplicateEmail,        // user.add: a user with this e-mail exists
        InvalidEmail,          // user.add: wrong_email
        UserLimit,             // user.add: user_count_exceeded
        DepartmentRequired,    // user.add: no_extranet_field
        ExtranetGroupRequired, // user.add: extranet invite without (valid) group
        NotFound,              // method/object not found, portal deleted, not a Bitrix24 portal
        Server,                // 5xx, gateway pages, redirect loops
        Moved,                 // the portal redirected to another address; the user must confirm it
        ProtocolViolation,     // an answer broke a bound (size, rising IDs, more rows than announced)
        MalformedResponse,     // body is not the JSON envelope we expect
        InvalidAddress,        // the portal address/webhook URL given by the user is unusable
        Canceled,              // the job was aborted or never ran (batch halt)
        Other,                 // any other method-level error
    };

    PortalError() = default;
    PortalError(Kind kind, QString code = {}, QString description = {}, int httpStatus = 0);

    // Classifies a portal error envelope by its `error` code first, then by description tokens,
    // then by HTTP status (spec §1.3, §2.3, §6.7).
    static PortalError fromPortal(int httpStatus, const QString &code, const QString &description,
                                  const QString &argument = {});

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString description() const { return m_description; }
    QString argument() const { return m_argument; }
    int httpStatus() const { return m_httpStatus; }

    // Retrying later may succeed (network trouble, limits, 5xx, garbage bodies).
    bool isTransient() const;
    // The request may have been executed although no answer arrived (matters for user.add).
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    // A seconds value for OperationLimit (operating_reset_at, Unix time) when known, else 0.
    qint64 resetAt() const { return m_resetAt; }
    void setResetAt(qint64 unixTime) { m_resetAt = unixTime; }

    // Extra detail the message may name (a missing scope, a host, a URL problem).
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    // Tls with code untrustedCertificateCode(): the portal's certificate, which no trusted authority
    // vouches for (self-signed or a private CA) and nothing else is wrong with; the user may pin it.
    static QString untrustedCertificateCode() { return QStringLiteral("UNTRUSTED_CERTIFICATE"); }
    QSslCertificate untrustedCertificate() const { return m_certificate; }
    void setUntrustedCertificate(const QSslCertificate &certificate) { m_certificate = certificate; }
    // "AB:CD:…" (SHA-256) and the subject a person compares with what the administrator says.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString subjectText(const QSslCertificate &certificate);

    QString userMessage() const;
    static QString kindName(Kind kind);
    // For the log: kind, code, HTTP status and the portal's description (never a secret).
    QString logText() const;

private:
    // userMessage() by group of kinds.
    QString connectionMessage() const; // Network, Timeout, Tls
    QString permissionMessage() const; // AuthExpired, AuthInvalid, InsufficientScope, AccessDenied
    QString invitationMessage() const; // the user.add refusals
    QString answerMessage() const;     // NotFound, Server, MalformedResponse
    QString protocolViolationMessage() const;

    Kind m_kind = Kind::Other;
    QString m_code;
    QString m_description;
    QString m_argument;
    QString m_detail;
    QSslCertificate m_certificate;
    int m_httpStatus = 0;
    qint64 m_resetAt = 0;
    bool m_outcomeUnknown = false;
};
