#include "invite/invitationdrafts.h"

#include "common/logging.h"
#include "invite/idlist.h"
#include "invite/outboxdatabase.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// A damaged or foreign value restores as no fields rather than losing the rest of the draft.
QJsonObject parseFields(const QString &text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcInvite) << "drafts: unreadable fields ignored:" << error.errorString();
        return {};
    }
    return document.object();
}

} // namespace

InvitationDrafts::InvitationDrafts(OutboxDatabase &db)
    : m_db(db) {}

InviteResult<void> InvitationDrafts::save(const InvitationDraft &draft) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO drafts (portal, tab, saved_at, recipients, message, "
                       "template_name, department_ids,"
                       " department_name, extranet, group_ids, fields) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(draft.portal.trimmed().toLower());
    q.addBindValue(OutboxDatabase::text(draft.tab));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(OutboxDatabase::text(draft.recipients));
    q.addBindValue(OutboxDatabase::text(draft.message));
    q.addBindValue(OutboxDatabase::text(draft.templateName));
    q.addBindValue(OutboxDatabase::text(IdList::join(draft.departmentIds)));
    q.addBindValue(OutboxDatabase::text(draft.departmentName));
    q.addBindValue(draft.extranet ? 1 : 0);
    q.addBindValue(OutboxDatabase::text(IdList::join(draft.groupIds)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft.fields).toJson(QJsonDocument::Compact)));
    return m_db.exec(q);
}

std::optional<InvitationDraft> InvitationDrafts::restore(const QString &portal, const QString &tab) {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT saved_at, recipients, message, template_name, department_ids, department_name,"
                       " extranet, group_ids, fields FROM drafts WHERE portal = ? AND tab = ?"));
    q.addBindValue(portal.trimmed().toLower());
    q.addBindValue(tab);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    InvitationDraft d;
    d.portal = portal.trimmed().toLower();
    d.tab = tab;
    d.savedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    d.recipients = q.value(1).toString();
    d.message = q.value(2).toString();
    d.templateName = q.value(3).toString();
    d.departmentIds = IdList::split(q.value(4).toString());
    d.departmentName = q.value(5).toString();
    d.extranet = q.value(6).toBool();
    d.groupIds = IdList::split(q.value(7).toString());
    d.fields = parseFields(q.value(8).toString());
    return d;
}

InviteResult<void> InvitationDrafts::discard(const QString &portal, const QString &tab) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE portal = ? AND tab = ?"));
    q.addBindValue(portal.trimmed().toLower());
    q.addBindValue(tab);
    return m_db.exec(q);
}
