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

// Why a secret operation failed, with a message the UI can show.
class SecretError {
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Kind {
        None,
        NoKeychain,   // no Secret Service / keychain backend (e.g. no D-Bus session)
        NotFound,     // nothing stored under the key
        AccessDenied, // the user or the system refused access
        Failed,       // anything else (text kept for the log)
    };

    SecretError() = default;
    SecretError(Kind kind, QString backendText = {})
        : m_kind(kind)
        , m_backendText(std::move(backendText)) {}

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    QString backendText() const { return m_backendText; }
    QString userMessage() const;

private:
    Kind m_kind = Kind::None;
    QString m_backendText;
};
