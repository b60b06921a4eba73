#pragma once

#include <QCoreApplication>
#include <QString>

// Where one secret lives: keychain key "invitedesk:<portal-host>:<user-id>:<name>". `name` is
// e.g. "webhook", "access_token", "refresh_token", "client_secret".
struct SecretKey {
    QString host; // portal host[:port]
    qint64 userId = 0;
    QString name;

    QString keychainKey() const;
    QString accountPrefix() const; // "invitedesk:<host>:<uid>:"
};

// Why a secret operation failed: a kind to branch on, the user's words and the backend's text for the
// log. Keychain operations end in a Result<QByteArray, SecretError> (see SecretJob).
class SecretError {
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Kind {
        NoKeychain,   // no Secret Service / keychain backend (e.g. no D-Bus session)
        NotFound,     // nothing stored under the key
        AccessDenied, // the user or the system refused access
        Failed,       // anything else (text kept for the log)
    };

    SecretError(Kind kind, QString logText = {})
        : m_kind(kind)
        , m_logText(std::move(logText)) {}

    Kind kind() const { return m_kind; }
    QString userMessage() const;
    // The backend's own text, for the log (never a secret).
    QString logText() const { return m_logText; }

private:
    Kind m_kind;
    QString m_logText;
};
