#pragma once

#include "invite/inviteerror.h"

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
    InviteResult<QList<AuditEntry>> entries(const QString &portal);
    // ExportFailed when the device or file refused the bytes.
    InviteResult<void> exportCsv(const QString &portal, QIODevice *device);
    InviteResult<void> exportCsv(const QString &portal, const QString &filePath);

    static QString csvField(const QString &value);

private:
    OutboxDatabase &m_db;
};
