#include "sandbox/requestjournal.h"

#include <QJsonArray>

void RequestJournal::record(Entry e) {
    ++m_seq;
    ++m_requests;
    ++m_byStatus[e.status];
    if (!e.restMethod.isEmpty())
        ++m_byMethod[e.restMethod];
    if (m_entries.size() >= kMaxEntries)
        m_entries.removeFirst();
    m_entries.append(QJsonObject{{QStringLiteral("seq"), double(m_seq)},
                                 {QStringLiteral("path"), e.path},
                                 {QStringLiteral("httpMethod"), e.httpMethod},
                                 {QStringLiteral("restMethod"), e.restMethod},
                                 {QStringLiteral("client"), e.client},
                                 {QStringLiteral("auth"), e.auth},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("error"), e.error},
                                 {QStringLiteral("params"), e.params}});
}

void RequestJournal::clear() {
    m_entries.clear();
}

void RequestJournal::clearCounters() {
    m_requests = 0;
    m_byStatus.clear();
    m_byMethod.clear();
    m_tokenIssues = 0;
    m_tokenRefreshes = 0;
}

QJsonObject RequestJournal::journalJson() const {
    QJsonArray requests;
    for (const QJsonObject &e : m_entries)
        requests.append(e);
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

QJsonObject RequestJournal::countersJson(int userAdds) const {
    QJsonObject byStatus;
    for (auto it = m_byStatus.begin(); it != m_byStatus.end(); ++it)
        byStatus.insert(QString::number(it.key()), double(it.value()));
    QJsonObject byMethod;
    for (auto it = m_byMethod.begin(); it != m_byMethod.end(); ++it)
        byMethod.insert(it.key(), double(it.value()));
    return QJsonObject{{QStringLiteral("requests"), double(m_requests)},
                       {QStringLiteral("byStatus"), byStatus},
                       {QStringLiteral("byMethod"), byMethod},
                       {QStringLiteral("userAdds"), userAdds},
                       {QStringLiteral("tokenRefreshes"), double(m_tokenRefreshes)},
                       {QStringLiteral("tokenIssues"), double(m_tokenIssues)}};
}
