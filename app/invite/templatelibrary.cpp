#include "invite/templatelibrary.h"

#include "invite/outboxdatabase.h"

#include <QDateTime>
#include <QSqlQuery>

TemplateLibrary::TemplateLibrary(OutboxDatabase &db)
    : m_db(db) {}

InviteResult<void> TemplateLibrary::save(const QString &name, const MessageTemplate &messageTemplate) {
    const QString n = name.simplified();
    if (n.isEmpty())
        return InviteError(InviteError::Kind::Failed, QStringLiteral("a template needs a name"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO templates (name, body, updated_at) VALUES (?,?,?)"));
    q.addBindValue(n);
    q.addBindValue(OutboxDatabase::text(messageTemplate.text()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_db.exec(q);
}

std::optional<MessageTemplate> TemplateLibrary::load(const QString &name) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body FROM templates WHERE name = ?"));
    q.addBindValue(name.simplified());
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return MessageTemplate(q.value(0).toString());
}

QStringList TemplateLibrary::names() {
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM templates"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out << q.value(0).toString();
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

InviteResult<void> TemplateLibrary::remove(const QString &name) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM templates WHERE name = ?"));
    q.addBindValue(name.simplified());
    return m_db.exec(q);
}
