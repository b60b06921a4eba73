#include "portal/batchbuilder.h"

#include "portal/restquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

QString BatchBuilder::add(const QString &method, const QJsonObject &params, const QString &id) {
    const QString commandId = id.isEmpty() ? u"c%1"_s.arg(m_commands.size(), 4, 10, QLatin1Char('0')) : id;
    m_commands.append({commandId, method, params});
    return commandId;
}

void BatchBuilder::setMaxPerRequest(int max) {
    m_maxPerRequest = qBound(1, max, kMaxCommands);
}

QString BatchBuilder::resultRef(const QString &id, const QStringList &path) {
    QString ref = u"$result["_s + id + u']';
    for (const QString &element : path)
        ref += u'[' + element + u']';
    return ref;
}

QStringList BatchBuilder::ids() const {
    QStringList list;
    list.reserve(m_commands.size());
    for (const Command &command : m_commands)
        list.append(command.id);
    return list;
}

bool BatchBuilder::isReadOnly() const {
    for (const Command &command : m_commands) {
        if (!RestQuery::isReadMethod(command.method))
            return false;
    }
    return true;
}

QList<QList<BatchBuilder::Command>> BatchBuilder::chunks() const {
    QList<QList<Command>> list;
    for (qsizetype i = 0; i < m_commands.size(); i += m_maxPerRequest)
        list.append(m_commands.mid(i, m_maxPerRequest));
    return list;
}

std::optional<PortalError> BatchBuilder::validate() const {
    QSet<QString> seen;
    for (const Command &command : m_commands) {
        if (seen.contains(command.id) || command.id.isEmpty()) {
            PortalError error(PortalError::Kind::Other, u"BATCH_DUPLICATE_ID"_s);
            error.setDetail(command.id);
            return error;
        }
        seen.insert(command.id);
    }
    const auto parts = chunks();
    QSet<QString> earlier;
    for (const auto &chunk : parts) {
        for (const Command &command : chunk) {
            const QByteArray text = QJsonDocument(command.params).toJson(QJsonDocument::Compact);
            for (const QString &id : std::as_const(earlier)) {
                for (const char *prefix : {"$result[", "$next[", "$total[", "$error[", "$time["}) {
                    if (text.contains(QByteArray(QByteArray(prefix) + id.toUtf8() + ']'))) {
                        PortalError error(PortalError::Kind::Other, u"BATCH_REFERENCE_ACROSS_REQUESTS"_s);
                        error.setDetail(command.id + u" -> "_s + id);
                        return error;
                    }
                }
            }
        }
        for (const Command &command : chunk)
            earlier.insert(command.id);
    }
    return std::nullopt;
}

QByteArray BatchBuilder::requestBody(const QList<Command> &chunk, bool halt) {
    QByteArray body =
        halt ? QByteArrayLiteral("{\"halt\":1,\"cmd\":{") : QByteArrayLiteral("{\"halt\":0,\"cmd\":{");
    bool first = true;
    for (const Command &command : chunk) {
        const QByteArray query = RestQuery::encode(command.params);
        const QString value =
            query.isEmpty() ? command.method : command.method + u'?' + QString::fromLatin1(query);
        if (!first)
            body += ',';
        first = false;
        // A one-element array serialises the strings with correct JSON escaping.
        const QByteArray key = QJsonDocument(QJsonArray{command.id}).toJson(QJsonDocument::Compact);
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        body += key.mid(1, key.size() - 2) + ':' + text.mid(1, text.size() - 2);
    }
    body += "}}";
    return body;
}
