#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

// Faults requested through POST /sandbox/faults, applied to REST requests: for the next N
// matching requests and/or a seeded share of them, optionally for one method only, and for the
// kinds that break an answer either after the method ran (default) or before.
class FaultInjector {
public:
    struct Fault {
        QString kind;      // latency, http500, drop, malformed, truncate, ratelimit, operating, moved, stall
        int remaining = 1; // -1: no count limit
        double share = 1.0;
        int latencyMs = 0;
        QString method; // lower-case REST method; empty = every method
        QString location;
        // drop, malformed, truncate, stall: break the request before the method runs ("it never
        // arrived") instead of after (the default: "the answer was lost").
        bool before = false;
        // ratelimit: the HTTP status of QUERY_LIMIT_EXCEEDED, 503 (today's portals) or 429 (the
        // 2024-09/10 docs, spec §5.1).
        int status = 503;
    };

    explicit FaultInjector(quint32 seed = 1);
    static QStringList kinds();
    // Validates and adds a fault from its JSON form; false with a reason when it makes no sense.
    bool add(const QJsonObject &json, QString *error);
    void clear();
    // The fault to apply to a request for `method`, if any (consumes one count).
    bool take(const QString &method, Fault *fault);
    QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
    QRandomGenerator m_rng;
};
