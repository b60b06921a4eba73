// batch (spec §4): up to 50 commands (more: refused whole) run in order with the outer call's auth,
// `$result[...]` references, `halt`, per-command errors, PHP-shaped sub-maps.
#include "sandbox/restmethods.h"

#include "sandbox/envelope.h"
#include "sandbox/requestparser.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int kMaxBatch = RestMethods::MaxBatchCommands;

struct BatchState {
    QJsonObject result;
    QJsonObject error;
    QJsonObject total;
    QJsonObject next;
    QJsonObject time;

    const QJsonObject *map(const QString &name) const {
        if (name == u"result")
            return &result;
        if (name == u"error")
            return &error;
        if (name == u"total")
            return &total;
        if (name == u"next")
            return &next;
        if (name == u"time")
            return &time;
        return nullptr;
    }
};

QJsonValue step(const QJsonValue &node, const QString &key) {
    if (node.isObject())
        return node.toObject().value(key);
    if (node.isArray()) {
        bool ok = false;
        const int i = key.toInt(&ok);
        return ok ? node.toArray().at(i) : QJsonValue(QJsonValue::Undefined);
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Resolves "$result[cmd][0][ID]" against earlier commands. Stops at the last resolvable level.
QJsonValue resolve(const BatchState &state, const QString &mapName, const QStringList &path) {
    const QJsonObject *map = state.map(mapName);
    if (!map || path.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = map->value(path.first());
    if (node.isUndefined())
        return node;
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QJsonValue nextNode = step(node, path.at(i));
        if (nextNode.isUndefined())
            break;
        node = nextNode;
    }
    return node;
}

QJsonValue substitute(const QJsonValue &value, const BatchState &state) {
    static const QRegularExpression ref(
        QStringLiteral("\\$(result|error|total|next|time)((?:\\[[^\\]]*\\])+)"));
    static const QRegularExpression part(QStringLiteral("\\[([^\\]]*)\\]"));
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = substitute(it.value(), state);
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = substitute(a.at(i), state);
        return a;
    }
    if (!value.isString() || !value.toString().contains(u'$'))
        return value;
    const QString s = value.toString();
    const auto pathOf = [&](const QString &brackets) {
        QStringList path;
        for (auto m = part.globalMatch(brackets); m.hasNext();)
            path.append(m.next().captured(1));
        return path;
    };
    const QRegularExpressionMatch whole = ref.match(s);
    if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == s.size()) {
        const QJsonValue v = resolve(state, whole.captured(1), pathOf(whole.captured(2)));
        return v.isUndefined() ? value : v;
    }
    QString out;
    qsizetype last = 0;
    for (auto it = ref.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        const QJsonValue v = resolve(state, m.captured(1), pathOf(m.captured(2)));
        out += (v.isString() || v.isDouble() || v.isBool()) ? RequestParser::phpString(v) : m.captured(0);
        last = m.capturedEnd();
    }
    out += s.mid(last);
    return out;
}

// True when the keys are the decimal numbers 0..n-1 in canonical form ("01" is a string key).
bool sequentialKeys(const QJsonObject &object) {
    QList<int> indexes;
    indexes.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const int n = it.key().toInt(&ok);
        if (!ok || QString::number(n) != it.key())
            return false;
        indexes.append(n);
    }
    std::sort(indexes.begin(), indexes.end());
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (indexes.at(i) != i)
            return false;
    }
    return !indexes.isEmpty();
}

QJsonObject errorObject(const RestOutcome &o) {
    return Envelope::error(o);
}

} // namespace

RestOutcome RestMethods::batch(const RestCall &call) {
    const bool halt = RequestParser::phpTruthy(call.params.value(QStringLiteral("halt")));
    // Commands in the order given; an array keeps index order, a map its own order as parsed.
    QList<QPair<QString, QString>> commands;
    const QJsonValue cmd = call.params.value(QStringLiteral("cmd"));
    if (cmd.isArray()) {
        const QJsonArray a = cmd.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            commands.append({QString::number(i), RequestParser::phpString(a.at(i))});
    } else if (cmd.isObject()) {
        const QJsonObject o = cmd.toObject();
        for (const QString &key : call.cmdOrder) {
            if (o.contains(key))
                commands.append({key, RequestParser::phpString(o.value(key))});
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!call.cmdOrder.contains(it.key()))
                commands.append({it.key(), RequestParser::phpString(it.value())});
        }
    }

    if (commands.size() > kMaxBatch) // handleRest refuses these first; kept for direct callers
        return RestOutcome::fail(400, QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"),
                                 QStringLiteral("Max batch length exceeded"));

    BatchState state;
    for (const auto &[id, text] : commands) {
        RestOutcome outcome;
        QJsonObject time;
        const qsizetype q = text.indexOf(u'?');
        RestCall inner;
        inner.method = (q < 0 ? text : text.left(q)).trimmed().toLower();
        if (inner.method.endsWith(u".json"))
            inner.method.chop(5);
        inner.params = RequestParser::parseQuery(q < 0 ? QByteArray() : text.mid(q + 1).toUtf8());
        inner.params.remove(QStringLiteral("auth"));
        inner.params = substitute(inner.params, state).toObject();
        inner.caller = call.caller;
        inner.insideBatch = true;
        if (inner.method == u"batch")
            outcome = RestOutcome::fail(405, QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED"),
                                        QStringLiteral("Method is not allowed for batch usage"));
        else
            outcome = invoke(inner, &time);
        if (outcome.isError) {
            state.error.insert(id, errorObject(outcome));
            if (halt)
                break;
            continue;
        }
        state.result.insert(id, outcome.result);
        if (outcome.hasTotal)
            state.total.insert(id, double(outcome.total));
        if (outcome.hasNext)
            state.next.insert(id, double(outcome.next));
        if (!time.isEmpty())
            state.time.insert(id, time);
    }
    const auto shaped = [](const QJsonObject &o) -> QJsonValue {
        if (o.isEmpty())
            return QJsonArray(); // PHP serializes an empty map as []
        // A list when the keys are exactly 0..n-1 (RequestParser::phpShape's rule for the top
        // level); decided on the keys alone, without copying the results themselves.
        if (!sequentialKeys(o))
            return o; // keep the values themselves unshaped
        QJsonArray a;
        for (qsizetype i = 0; i < o.size(); ++i)
            a.append(o.value(QString::number(i)));
        return a;
    };
    return RestOutcome::ok(QJsonObject{{QStringLiteral("result"), shaped(state.result)},
                                       {QStringLiteral("result_error"), shaped(state.error)},
                                       {QStringLiteral("result_total"), shaped(state.total)},
                                       {QStringLiteral("result_next"), shaped(state.next)},
                                       {QStringLiteral("result_time"), shaped(state.time)}});
}
