#pragma once

#include "portal/portalerror.h"
#include "portal/portalreply.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class PortalSession;

// "Does a user with this e-mail exist?" for many addresses at once: user.get FILTER[=EMAIL] per
// address, 50 per `batch` request, admin mode on, compared case-insensitively (spec §6.5, §8.9).
// Needs the `user` scope (user_brief has no EMAIL).
class EmailLookupJob : public QObject {
    Q_OBJECT
public:
    EmailLookupJob(PortalSession *session, const QStringList &emails);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const PortalError &error() const { return *m_error; }
    // The user id for an address (any case), 0 when no such user exists.
    qint64 userId(const QString &email) const { return m_found.value(email.trimmed().toLower()); }
    bool exists(const QString &email) const { return userId(email) > 0; }

Q_SIGNALS:
    void finished();

private:
    void finish();

    QStringList m_emails;
    QHash<QString, qint64> m_found;
    std::optional<PortalError> m_error;
    bool m_finished = false;
};
