#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the sandbox portal received: every request in order (capped) and counters by status and
// by REST method, plus OAuth token issues and refreshes. Never stores a secret.
class RequestJournal {
public:
    struct Entry {
        QString path; // with the webhook secret and any token masked
        QString httpMethod;
        QString restMethod;
        QString client;
        QString auth; // webhook:<uid> | oauth:<uid> | ""
        int status = 0;
        QString error;
        QJsonObject params; // auth/access_token removed
    };

    void record(Entry entry);
    void clear();         // the journal only
    void clearCounters(); // the counters only
    void countTokenIssue() { ++m_tokenIssues; }
    void countTokenRefresh() { ++m_tokenRefreshes; }
    QJsonObject journalJson() const;
    QJsonObject countersJson(int userAdds) const;

private:
    static constexpr int kMaxEntries = 20000;
    QList<QJsonObject> m_entries;
    qint64 m_seq = 0;
    qint64 m_requests = 0;
    QHash<int, qint64> m_byStatus;
    QHash<QString, qint64> m_byMethod;
    qint64 m_tokenIssues = 0;
    qint64 m_tokenRefreshes = 0;
};
