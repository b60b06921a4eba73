#include "invite/invitationoutbox.h"

#include "common/logging.h"
#include "invite/emailaddress.h"
#include "invite/idlist.h"
#include "invite/outboxdatabase.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Invitation readRow(const QSqlQuery &q) {
    const QSqlRecord r = q.record();
    auto s = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))).toString(); };
    Invitation inv;
    inv.id = q.value(r.indexOf(QLatin1String("id"))).toLongLong();
    inv.idempotencyKey = s("idempotency_key");
    inv.portal = s("portal");
    inv.email = s("email");
    inv.emailKey = s("email_key");
    inv.sendEmail = EmailAddress::check(inv.email).forSending;
    inv.firstName = s("first_name");
    inv.middleName = s("middle_name");
    inv.lastName = s("last_name");
    inv.position = s("position");
    inv.departmentIds = IdList::split(s("department_ids"));
    inv.departmentName = s("department_name");
    inv.extranet = q.value(r.indexOf(QLatin1String("extranet"))).toBool();
    inv.groupIds = IdList::split(s("group_ids"));
    inv.message = s("message");
    inv.tab = s("tab");
    inv.inviter = s("inviter");
    inv.phone = s("phone");
    inv.state = invitationStateFromToken(s("state"));
    inv.userId = q.value(r.indexOf(QLatin1String("user_id"))).toLongLong();
    inv.failure.kind = InvitationFailure::kindFromToken(s("failure_kind"));
    inv.failure.code = s("failure_code");
    inv.failure.description = s("failure_message");
    inv.note = s("note");
    inv.attempts = q.value(r.indexOf(QLatin1String("attempts"))).toInt();
    inv.createdAt = QDateTime::fromString(s("created_at"), Qt::ISODateWithMs);
    inv.updatedAt = QDateTime::fromString(s("updated_at"), Qt::ISODateWithMs);
    return inv;
}

} // namespace

InvitationOutbox::InvitationOutbox(OutboxDatabase &db)
    : m_db(db) {}

QString InvitationOutbox::idempotencyKey(const QString &portal, const QString &email) {
    return EmailAddress::comparisonKey(email) + u'|' + portal.trimmed().toLower();
}

QString InvitationOutbox::targetProblem(const NewInvitation &invitation) {
    if (invitation.extranet && invitation.groupIds.isEmpty())
        return QCoreApplication::translate("InvitationOutbox",
                                           "An extranet user must be invited into at least one workgroup.");
    if (!invitation.extranet && invitation.departmentIds.isEmpty())
        return QCoreApplication::translate("InvitationOutbox",
                                           "An employee must be invited into a department.");
    return {};
}

InviteResult<void> InvitationOutbox::writeAudit(qint64 invitationId, const QString &event,
                                                const QString &answer) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, portal, inviter, email, tab, message, department, "
                             "event, answer, invitation_id)"
                             " SELECT ?, portal, inviter, email, tab, message, department_name, ?, ?, id "
                             "FROM invitations WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(OutboxDatabase::text(event));
    q.addBindValue(OutboxDatabase::text(answer));
    q.addBindValue(invitationId);
    return m_db.exec(q);
}

InviteResult<QSet<QString>>
InvitationOutbox::pendingIdempotencyKeys(const QList<NewInvitation> &invitations) {
    QSet<QString> portals;
    for (const NewInvitation &n : invitations)
        portals.insert(n.portal);
    QSet<QString> pending;
    for (const QString &portal : std::as_const(portals)) {
        InviteResult<QSet<QString>> keys = pendingKeys(portal);
        if (!keys)
            return keys.error();
        for (const QString &k : std::as_const(keys.value()))
            pending.insert(k + u'|' + portal.trimmed().toLower());
    }
    return pending;
}

InviteResult<qint64> InvitationOutbox::insertQueued(const NewInvitation &n, const QString &key,
                                                    const QString &comparisonKey, const QString &address,
                                                    const QString &stamp) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO invitations (idempotency_key, portal, email, email_key, first_name, middle_name, "
        "last_name,"
        " position, department_ids, department_name, extranet, group_ids, message, tab, inviter, phone,"
        " state, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'queued',?,?)"));
    using D = OutboxDatabase;
    for (const QVariant &v :
         {D::text(key), D::text(n.portal.trimmed().toLower()), D::text(address), D::text(comparisonKey),
          D::text(n.firstName), D::text(n.middleName), D::text(n.lastName), D::text(n.position),
          D::text(IdList::join(n.departmentIds)), D::text(n.departmentName), QVariant(n.extranet ? 1 : 0),
          D::text(IdList::join(n.groupIds)), D::text(n.message), D::text(n.tab), D::text(n.inviter),
          D::text(n.phone.trimmed()), D::text(stamp), D::text(stamp)})
        q.addBindValue(v);
    if (InviteResult<void> inserted = m_db.exec(q); !inserted)
        return inserted.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (InviteResult<void> audited = writeAudit(id, QStringLiteral("queued"), QString()); !audited)
        return audited.error();
    return id;
}

InviteResult<EnqueueReport> InvitationOutbox::enqueue(const QList<NewInvitation> &invitations) {
    EnqueueReport report;
    OutboxTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    InviteResult<QSet<QString>> pendingKeys = pendingIdempotencyKeys(invitations);
    if (!pendingKeys)
        return pendingKeys.error();
    QSet<QString> pending = pendingKeys.takeValue();
    const QString stamp = now();
    for (const NewInvitation &n : invitations) {
        const EmailCheck check = EmailAddress::check(n.email);
        if (!check.isValid()) {
            report.invalid << n.email;
            continue;
        }
        if (!targetProblem(n).isEmpty()) {
            report.missingTarget << n.email;
            continue;
        }
        const QString key = idempotencyKey(n.portal, n.email);
        if (pending.contains(key)) {
            report.alreadyPending << n.email;
            continue;
        }
        const InviteResult<qint64> id = insertQueued(n, key, check.comparisonKey, check.address, stamp);
        if (!id)
            return id.error();
        pending.insert(key);
        report.queuedIds << id.value();
    }
    if (InviteResult<void> committed = tx.commit(); !committed)
        return committed.error();
    return report;
}

InviteResult<QList<Invitation>> InvitationOutbox::takeForSending(const QString &portal, int max) {
    OutboxTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT * FROM invitations WHERE portal = ? AND state = 'queued' ORDER BY id LIMIT ?"));
    q.addBindValue(portal.trimmed().toLower());
    q.addBindValue(max);
    if (InviteResult<void> read = m_db.exec(q); !read)
        return read.error();
    QList<Invitation> taken;
    QList<qint64> ids;
    while (q.next()) {
        Invitation inv = readRow(q);
        inv.state = InvitationState::Sending;
        ++inv.attempts;
        ids << inv.id;
        taken.append(inv);
    }
    q.finish();
    if (!ids.isEmpty()) {
        QSqlQuery u(m_db.connection());
        u.prepare(
            QStringLiteral("UPDATE invitations SET state = 'sending', attempts = attempts + 1, note = '',"
                           " updated_at = ? WHERE state = 'queued' AND id IN (") +
            IdList::join(ids) + u')');
        u.addBindValue(now());
        if (InviteResult<void> moved = m_db.exec(u); !moved)
            return moved.error();
    }
    if (InviteResult<void> committed = tx.commit(); !committed)
        return committed.error();
    return taken;
}

InviteResult<void> InvitationOutbox::applyOutcomes(const QList<InvitationOutcome> &outcomes) {
    OutboxTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString stamp = now();
    for (const InvitationOutcome &o : outcomes) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE invitations SET state = ?, user_id = ?, failure_kind = ?, failure_code = ?,"
            " failure_message = ?, note = ?, updated_at = ? WHERE id = ? AND state = 'sending'"));
        q.addBindValue(invitationStateToken(o.state));
        q.addBindValue(o.userId > 0 ? QVariant(o.userId) : QVariant());
        q.addBindValue(OutboxDatabase::text(InvitationFailure::kindToken(o.failure.kind)));
        q.addBindValue(OutboxDatabase::text(o.failure.code));
        q.addBindValue(OutboxDatabase::text(o.failure.description));
        q.addBindValue(OutboxDatabase::text(o.note));
        q.addBindValue(stamp);
        q.addBindValue(o.id);
        if (InviteResult<void> updated = m_db.exec(q); !updated)
            return updated;
        if (q.numRowsAffected() == 0) {
            qCWarning(lcInvite) << "outbox: outcome for invitation" << o.id << "ignored, row is not sending";
            continue;
        }
        if (InviteResult<void> audited = writeAudit(o.id, invitationStateToken(o.state), o.answer); !audited)
            return audited;
    }
    return tx.commit();
}

InviteResult<QList<Invitation>> InvitationOutbox::invitations(const QString &portal,
                                                              std::optional<InvitationState> state) {
    QSqlQuery q(m_db.connection());
    q.prepare(state ? QStringLiteral("SELECT * FROM invitations WHERE portal = ? AND state = ? ORDER BY id")
                    : QStringLiteral("SELECT * FROM invitations WHERE portal = ? ORDER BY id"));
    q.addBindValue(portal.trimmed().toLower());
    if (state)
        q.addBindValue(invitationStateToken(*state));
    if (InviteResult<void> read = m_db.exec(q); !read)
        return read.error();
    QList<Invitation> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<Invitation> InvitationOutbox::invitation(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM invitations WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return readRow(q);
}

InviteResult<QList<Invitation>> InvitationOutbox::invitations(const QList<qint64> &ids) {
    QList<Invitation> out;
    // One statement per chunk instead of one per row: a sender's answer names up to 50 rows, and the
    // windows that follow a send re-read just those.
    constexpr qsizetype Chunk = 200;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> part = ids.mid(from, Chunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT * FROM invitations WHERE id IN (%1) ORDER BY id").arg(marks.join(u',')));
        for (const qint64 id : part)
            q.addBindValue(id);
        if (InviteResult<void> read = m_db.exec(q); !read)
            return read.error();
        while (q.next())
            out.append(readRow(q));
    }
    return out;
}

InviteResult<void> InvitationOutbox::retry(qint64 id) {
    const std::optional<Invitation> inv = invitation(id);
    if (!inv || (inv->state != InvitationState::Failed && inv->state != InvitationState::NeedsReview))
        return InviteError(InviteError::Kind::NotChangeable,
                           u"invitation %1 is not failed or held for review"_s.arg(id));
    const bool review = inv->state == InvitationState::NeedsReview;
    OutboxTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    // attempts = 0: the user decided to try again, so the attempt cap counts afresh.
    q.prepare(QStringLiteral("UPDATE invitations SET state = ?, failure_kind = '', failure_code = '',"
                             " failure_message = '', note = ?, attempts = 0, updated_at = ?"
                             " WHERE id = ? AND state = ?"));
    q.addBindValue(review ? QStringLiteral("sending") : QStringLiteral("queued"));
    q.addBindValue(OutboxDatabase::text(
        review ? QCoreApplication::translate("InvitationOutbox", "Checking the portal before sending again.")
               : QString()));
    q.addBindValue(now());
    q.addBindValue(id);
    q.addBindValue(invitationStateToken(inv->state));
    if (InviteResult<void> updated = m_db.exec(q); !updated) {
        // A unique-index violation means the mailbox is pending in another row.
        if (updated.error().kind() == InviteError::Kind::Failed)
            return InviteError(InviteError::Kind::NotChangeable, updated.error().logText());
        return updated;
    }
    if (q.numRowsAffected() != 1)
        return InviteError(InviteError::Kind::NotChangeable, u"invitation %1 changed meanwhile"_s.arg(id));
    if (InviteResult<void> audited = writeAudit(id, QStringLiteral("retry"), QString()); !audited)
        return audited;
    return tx.commit();
}

InviteResult<void> InvitationOutbox::discard(qint64 id) {
    OutboxTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE invitations SET state = 'discarded', updated_at = ?"
                             " WHERE id = ? AND state IN ('queued','failed','needs_review')"));
    q.addBindValue(now());
    q.addBindValue(id);
    if (InviteResult<void> updated = m_db.exec(q); !updated)
        return updated;
    if (q.numRowsAffected() != 1)
        return InviteError(InviteError::Kind::NotChangeable,
                           u"invitation %1 is not queued, failed or held for review"_s.arg(id));
    if (InviteResult<void> audited = writeAudit(id, QStringLiteral("discarded"), QString()); !audited)
        return audited;
    return tx.commit();
}

InviteResult<QList<qint64>> InvitationOutbox::discardQueued(const QString &portal) {
    return discardQueuedWhere(portal, nullptr);
}

InviteResult<QList<qint64>> InvitationOutbox::discardQueued(const QString &portal,
                                                            const QList<qint64> &among) {
    const QSet<qint64> only(among.cbegin(), among.cend());
    return discardQueuedWhere(portal, &only);
}

InviteResult<QList<qint64>> InvitationOutbox::discardQueuedWhere(const QString &portal,
                                                                 const QSet<qint64> *only) {
    OutboxTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery select(m_db.connection());
    select.prepare(QStringLiteral("SELECT id FROM invitations WHERE portal = ? AND state = 'queued'"));
    select.addBindValue(portal.trimmed().toLower());
    if (InviteResult<void> read = m_db.exec(select); !read)
        return read.error();
    QList<qint64> ids;
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        if (!only || only->contains(id))
            ids << id;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE invitations SET state = 'discarded', updated_at = ?"
                             " WHERE id = ? AND state = 'queued'"));
    const QString at = now();
    for (const qint64 id : std::as_const(ids)) {
        q.addBindValue(at);
        q.addBindValue(id);
        if (InviteResult<void> updated = m_db.exec(q); !updated)
            return updated.error();
        if (InviteResult<void> audited = writeAudit(id, QStringLiteral("discarded"), QString()); !audited)
            return audited.error();
    }
    if (InviteResult<void> committed = tx.commit(); !committed)
        return committed.error();
    return ids;
}

InviteResult<QSet<QString>> InvitationOutbox::pendingKeys(const QString &portal) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT email_key FROM invitations WHERE portal = ?"
                             " AND state IN ('queued','sending','needs_review')"));
    q.addBindValue(portal.trimmed().toLower());
    if (InviteResult<void> read = m_db.exec(q); !read)
        return read.error();
    QSet<QString> keys;
    while (q.next())
        keys.insert(q.value(0).toString());
    return keys;
}

InviteResult<QHash<InvitationState, int>> InvitationOutbox::countByState(const QString &portal) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state, COUNT(*) FROM invitations WHERE portal = ? GROUP BY state"));
    q.addBindValue(portal.trimmed().toLower());
    if (InviteResult<void> read = m_db.exec(q); !read)
        return read.error();
    QHash<InvitationState, int> counts;
    while (q.next())
        counts.insert(invitationStateFromToken(q.value(0).toString()), q.value(1).toInt());
    return counts;
}
