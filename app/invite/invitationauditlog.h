#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class OutboxDatabase;
class QIODevice;

// One line of the audit log: who invited whom, when, from which tab, with which message and
// department, and what the portal answered.
struct AuditEntry {
    QDateTime at;
    QString portal;
    QString inviter;
    QString email;
    QString tab;
    QString message;
    QString department;
    QString event;  // queued, sent, failed, needs_review, retry, discarded, …
    QString answer; // user id or error code and description
    qint64 invitationId = 0;
};

// Reads the audit log that InvitationOutbox appends to (same file, same transactions) and exports it
// as CSV for spreadsheets: UTF-8 with BOM, CRLF, every field quoted, and cells that a spreadsheet
// would run as a formula (=, +, -, @) prefixed with an apostrophe.
class InvitationAuditLog {
public:
    explicit InvitationAuditLog(OutboxDatabase &db);

    // Entries of a portal (all portals when empty), oldest first.
    [[nodiscard]] bool entries(const QString &portal, QList<AuditEntry> *out);
    [[nodiscard]] bool exportCsv(const QString &portal, QIODevice *device);
    [[nodiscard]] bool exportCsv(const QString &portal, const QString &filePath);
    QString lastError() const { return m_lastError; }

    static QString csvField(const QString &value);

private:
    OutboxDatabase &m_db;
    QString m_lastError;
};
