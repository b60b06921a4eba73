#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QSqlError;
struct InvitationFailure;

// Why an operation of the invite area failed: the outbox file could not be opened, read or written,
// an invitation could not be changed, the portal refused or could not be reached while sending, or
// the user stopped a queueing. A kind to branch on, the user's words (userMessage, translated) and the
// technical reason for the log (logText). A portal's refusal of one person is not an InviteError but
// that invitation's outcome (InvitationFailure, stored with its row).
class InviteError {
    Q_DECLARE_TR_FUNCTIONS(InviteError)
public:
    enum class Kind {
        StorageUnavailable, // the disk refused (full, read-only, I/O error, no access, locked): nothing
                            // changed
        CannotOpen,         // the outbox file cannot be opened for another reason (a link, not a database)
        Damaged,            // the outbox file failed its integrity check; left as it is
        NewerVersion,       // the outbox file was written by a newer InviteDesk; left as it is
        Failed,             // a statement failed for another reason; its transaction was rolled back
        NotChangeable,      // the invitation is no longer in a state that allows the change
        Refused,            // the portal refuses every invitation (rights, plan limit, sign-in): its words
        PortalUnreachable,  // the portal could not be reached; what waits is sent later
        ExportFailed,       // the audit log could not be written to the chosen file
        Cancelled,          // the user stopped it; what was written before is kept
    };

    // A failure with no detail; for QVariant and queued signals, which need a default.
    InviteError()
        : InviteError(Kind::Failed) {}
    InviteError(Kind kind, QString logText = {})
        : m_kind(kind)
        , m_logText(std::move(logText)) {}
    // A statement's failure: StorageUnavailable when SQLite says the disk refused, Damaged when the
    // file is not a sound database, Failed otherwise.
    static InviteError fromSql(const QSqlError &error);
    // The portal's refusal of a whole request (Refused for rights, plan limit and sign-in; otherwise
    // PortalUnreachable), in the words the outbox shows for that refusal.
    static InviteError fromRefusal(const InvitationFailure &failure);

    Kind kind() const { return m_kind; }
    QString userMessage() const;
    // The technical reason (SQLite's text, the portal's code and description), for the log only.
    QString logText() const { return m_logText; }

private:
    Kind m_kind;
    QString m_logText;
    QString m_portalMessage; // the portal's words, for Refused and PortalUnreachable
};

template<typename T> using InviteResult = Result<T, InviteError>;
