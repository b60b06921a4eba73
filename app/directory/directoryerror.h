#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class PortalError;

// Why the local copy of the directory could not be opened or updated: a kind to branch on, the
// user's words (userMessage, translated) and the technical reason for the log (logText). A sync that
// failed because the portal did rarely involves the file at all; PortalFailed carries the portal's own
// message so that the UI shows one kind of error for everything the directory reports.
class DirectoryError {
    Q_DECLARE_TR_FUNCTIONS(DirectoryError)
public:
    enum class Kind {
        StorageUnavailable, // disk full, read-only, no access, I/O error: the file is left as it is
        CannotOpen,         // the file cannot be opened for another reason (not yet made, refused)
        MigrationFailed,    // the file could not be brought to this version's schema; left as it is
        WriteFailed,        // a sync could not write the portal's rows; the copy before it is kept
        PortalFailed,       // the portal failed during a sync (portal message kept)
        Cancelled,          // the sync was stopped; the copy before it is kept
    };

    // A write failure with no detail; for QVariant and queued signals, which need a default.
    DirectoryError()
        : DirectoryError(Kind::WriteFailed) {}
    DirectoryError(Kind kind, QString logText = {})
        : m_kind(kind)
        , m_logText(std::move(logText)) {}
    // Kind::PortalFailed with the portal's user message and log text.
    static DirectoryError fromPortal(const PortalError &error);

    Kind kind() const { return m_kind; }
    QString userMessage() const;
    // The technical reason (SQLite's or the portal's text), for the log only.
    QString logText() const { return m_logText; }

private:
    Kind m_kind;
    QString m_logText;
    QString m_portalMessage; // the portal's translated words, for PortalFailed
};

template<typename T> using DirectoryResult = Result<T, DirectoryError>;
