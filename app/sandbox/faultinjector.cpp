#include "sandbox/faultinjector.h"

FaultInjector::FaultInjector(quint32 seed)
    : m_rng(seed ^ 0xfa017u) {}

QStringList FaultInjector::kinds() {
    return {QStringLiteral("latency"),   QStringLiteral("http500"),  QStringLiteral("drop"),
            QStringLiteral("malformed"), QStringLiteral("truncate"), QStringLiteral("ratelimit"),
            QStringLiteral("operating"), QStringLiteral("moved"),    QStringLiteral("stall")};
}

bool FaultInjector::add(const QJsonObject &json, QString *error) {
    Fault f;
    f.kind = json.value(QStringLiteral("kind")).toString();
    if (!kinds().contains(f.kind)) {
        *error = QStringLiteral("kind must be one of: ") + kinds().join(QStringLiteral(", "));
        return false;
    }
    const bool hasCount = json.contains(QStringLiteral("count"));
    const bool hasShare = json.contains(QStringLiteral("share"));
    f.share = hasShare ? json.value(QStringLiteral("share")).toDouble(-1) : 1.0;
    if (f.share < 0 || f.share > 1) {
        *error = QStringLiteral("share must be a number from 0 to 1");
        return false;
    }
    f.remaining = hasCount ? json.value(QStringLiteral("count")).toInt(0) : (hasShare ? -1 : 1);
    if (hasCount && f.remaining <= 0) {
        *error = QStringLiteral("count must be a positive integer");
        return false;
    }
    f.latencyMs = json.value(QStringLiteral("latencyMs")).toInt(f.kind == u"latency" ? 1000 : 0);
    if (f.latencyMs < 0 || f.latencyMs > 600000) {
        *error = QStringLiteral("latencyMs must be from 0 to 600000");
        return false;
    }
    f.method = json.value(QStringLiteral("method")).toString().toLower();
    f.location = json.value(QStringLiteral("location")).toString();
    if (f.kind == u"moved" && f.location.isEmpty()) {
        *error = QStringLiteral("moved needs a location");
        return false;
    }
    const QJsonValue before = json.value(QStringLiteral("before"));
    if (!before.isUndefined() && !before.isBool()) {
        *error = QStringLiteral("before must be true or false");
        return false;
    }
    f.before = before.toBool(false);
    static const QStringList canRunBefore = {QStringLiteral("drop"), QStringLiteral("malformed"),
                                             QStringLiteral("truncate"), QStringLiteral("stall")};
    if (f.before && !canRunBefore.contains(f.kind)) {
        *error = QStringLiteral("before applies to drop, malformed, truncate and stall only (http500, "
                                "ratelimit, operating and moved never run the method)");
        return false;
    }
    const QJsonValue status = json.value(QStringLiteral("status"));
    if (!status.isUndefined()) {
        if (f.kind != u"ratelimit") {
            *error = QStringLiteral("status applies to ratelimit only");
            return false;
        }
        if (!status.isDouble() || (status.toDouble() != 503 && status.toDouble() != 429)) {
            *error = QStringLiteral("status must be 503 or 429");
            return false;
        }
        f.status = status.toInt();
    }
    m_faults.append(f);
    return true;
}

void FaultInjector::clear() {
    m_faults.clear();
}

bool FaultInjector::take(const QString &method, Fault *fault) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.method.isEmpty() && f.method != method)
            continue;
        if (f.share < 1.0 && m_rng.generateDouble() >= f.share)
            continue;
        *fault = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

QJsonArray FaultInjector::toJson() const {
    QJsonArray out;
    for (const Fault &f : m_faults) {
        QJsonObject o{{QStringLiteral("kind"), f.kind},     {QStringLiteral("count"), f.remaining},
                      {QStringLiteral("share"), f.share},   {QStringLiteral("latencyMs"), f.latencyMs},
                      {QStringLiteral("method"), f.method}, {QStringLiteral("location"), f.location},
                      {QStringLiteral("before"), f.before}};
        if (f.kind == u"ratelimit")
            o.insert(QStringLiteral("status"), f.status);
        out.append(o);
    }
    return out;
}
