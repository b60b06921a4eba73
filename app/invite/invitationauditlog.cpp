#include "invite/invitationauditlog.h"

#include "common/privatefiles.h"
#include "invite/outboxdatabase.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStringList>

namespace {

// What a spreadsheet skips before it looks for a formula: spaces (any Unicode space, tab, line
// breaks) and the invisible format characters (zero-width space and joiners, word joiner, BOM).
bool skippedBeforeFormula(QChar c) {
    return c.isSpace() || c.category() == QChar::Other_Format;
}

// What starts a formula in Excel, LibreOffice or Google Sheets, including the full-width forms
// (＝ ＋ － ＠) that East Asian input methods produce and spreadsheets read as the ASCII ones.
bool startsFormula(QChar c) {
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
        return true;
    default:
        return false;
    }
}

} // namespace

InvitationAuditLog::InvitationAuditLog(OutboxDatabase &db)
    : m_db(db) {}

InviteResult<QList<AuditEntry>> InvitationAuditLog::entries(const QString &portal) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        portal.isEmpty()
            ? QStringLiteral("SELECT at, portal, inviter, email, tab, message, department, event, answer,"
                             " invitation_id FROM audit_log ORDER BY id")
            : QStringLiteral("SELECT at, portal, inviter, email, tab, message, department, event, answer,"
                             " invitation_id FROM audit_log WHERE portal = ? ORDER BY id"));
    if (!portal.isEmpty())
        q.addBindValue(portal.trimmed().toLower());
    if (InviteResult<void> read = m_db.exec(q); !read)
        return read.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.portal = q.value(1).toString();
        e.inviter = q.value(2).toString();
        e.email = q.value(3).toString();
        e.tab = q.value(4).toString();
        e.message = q.value(5).toString();
        e.department = q.value(6).toString();
        e.event = q.value(7).toString();
        e.answer = q.value(8).toString();
        e.invitationId = q.value(9).toLongLong();
        out.append(e);
    }
    return out;
}

QString InvitationAuditLog::csvField(const QString &value) {
    QString v = value;
    // A formula behind leading blanks or invisible characters is still a formula to a spreadsheet.
    qsizetype first = 0;
    while (first < v.size() && !startsFormula(v.at(first)) && skippedBeforeFormula(v.at(first)))
        ++first;
    if (first < v.size() && startsFormula(v.at(first)))
        v.prepend(u'\'');
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

InviteResult<void> InvitationAuditLog::exportCsv(const QString &portal, QIODevice *device) {
    const InviteResult<QList<AuditEntry>> all = entries(portal);
    if (!all)
        return all.error();
    QString text;
    const QStringList header = {QCoreApplication::translate("InvitationAuditLog", "Time (UTC)"),
                                QCoreApplication::translate("InvitationAuditLog", "Portal"),
                                QCoreApplication::translate("InvitationAuditLog", "Invited by"),
                                QCoreApplication::translate("InvitationAuditLog", "E-mail"),
                                QCoreApplication::translate("InvitationAuditLog", "Tab"),
                                QCoreApplication::translate("InvitationAuditLog", "Message"),
                                QCoreApplication::translate("InvitationAuditLog", "Department"),
                                QCoreApplication::translate("InvitationAuditLog", "Event"),
                                QCoreApplication::translate("InvitationAuditLog", "Portal answer")};
    QStringList cells;
    for (const QString &h : header)
        cells << csvField(h);
    text += cells.join(u',') + QStringLiteral("\r\n");
    for (const AuditEntry &e : all.value()) {
        cells.clear();
        for (const QString &v : {e.at.toString(Qt::ISODate), e.portal, e.inviter, e.email, e.tab, e.message,
                                 e.department, e.event, e.answer})
            cells << csvField(v);
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (device->write(bytes) != bytes.size())
        return InviteError(InviteError::Kind::ExportFailed, device->errorString());
    return {};
}

InviteResult<void> InvitationAuditLog::exportCsv(const QString &portal, const QString &filePath) {
    QSaveFile file(filePath);
    // Names and addresses: owner-only before the first byte is written.
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictOpenFile(file))
        return InviteError(InviteError::Kind::ExportFailed, filePath + u": " + file.errorString());
    if (InviteResult<void> written = exportCsv(portal, &file); !written)
        return written;
    if (!file.commit())
        return InviteError(InviteError::Kind::ExportFailed, filePath + u": " + file.errorString());
    return {};
}
