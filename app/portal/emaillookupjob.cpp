#include "portal/emaillookupjob.h"

#include "portal/batchbuilder.h"
#include "portal/portalbatchjob.h"
#include "portal/portalsession.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

EmailLookupJob *PortalSession::findUsersByEmail(const QStringList &emails) {
    return new EmailLookupJob(this, emails);
}

EmailLookupJob::EmailLookupJob(PortalSession *session, const QStringList &emails)
    : QObject(session) {
    for (const QString &email : emails) {
        const QString normalized = email.trimmed().toLower();
        if (!normalized.isEmpty() && !m_emails.contains(normalized))
            m_emails.append(normalized);
    }
    if (m_emails.isEmpty()) {
        QTimer::singleShot(0, this, &EmailLookupJob::finish);
        return;
    }
    BatchBuilder builder;
    for (const QString &email : std::as_const(m_emails)) {
        builder.add(u"user.get"_s, QJsonObject{{u"FILTER"_s, QJsonObject{{u"=EMAIL"_s, email}}},
                                               {u"ADMIN_MODE"_s, u"Y"_s},
                                               {u"select"_s, QJsonArray{u"ID"_s, u"EMAIL"_s, u"ACTIVE"_s}}});
    }
    PortalBatchJob *job = session->batch(builder);
    connect(job, &PortalBatchJob::finished, this, [this, job] {
        const QStringList ids = job->ids();
        for (int i = 0; i < ids.size(); ++i) {
            const Result<PortalReply> result = job->result(ids.at(i));
            if (!result) {
                m_error = result.error();
                break;
            }
            for (const QJsonValue &row : result.value().result.toArray()) {
                const QJsonObject user = row.toObject();
                if (user.value("EMAIL"_L1).toString().trimmed().toLower() == m_emails.at(i))
                    m_found.insert(m_emails.at(i), PortalParse::idValue(user.value("ID"_L1)));
            }
        }
        finish();
    });
}

void EmailLookupJob::finish() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
