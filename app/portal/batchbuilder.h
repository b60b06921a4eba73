#pragma once

#include "portal/portalerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Collects REST calls for `batch` (spec §4): ids, `$result[...]` references, `halt`, and the split
// into requests of at most 50 commands. Commands keep their order; a reference must point to a
// command in the same request (validate() says when it does not).
class BatchBuilder {
public:
    static constexpr int kMaxCommands = 50;

    struct Command {
        QString id;
        QString method;
        QJsonObject params;
    };

    // Adds a command; `id` defaults to "c0000", "c0001", … (ids that sort in command order, in case
    // a JSON reader sorts keys). Returns the id. Ids must be unique.
    QString add(const QString &method, const QJsonObject &params = {}, const QString &id = {});
    void setHalt(bool halt) { m_halt = halt; }
    bool halt() const { return m_halt; }
    void setMaxPerRequest(int max);
    int maxPerRequest() const { return m_maxPerRequest; }

    // "$result[id][0][ID]" for path {"0", "ID"}.
    static QString resultRef(const QString &id, const QStringList &path = {});

    qsizetype size() const { return m_commands.size(); }
    bool isEmpty() const { return m_commands.isEmpty(); }
    const QList<Command> &commands() const { return m_commands; }
    QStringList ids() const;
    // True when every command only reads (the batch may be repeated after a lost answer).
    bool isReadOnly() const;

    QList<QList<Command>> chunks() const;
    // An InvalidAddress-free check: duplicate ids or references across request boundaries.
    std::optional<PortalError> validate() const;
    // The `batch` request body for one chunk, {"halt":0|1,"cmd":{id:"method?query",…}}, written by
    // hand because the command order matters and QJsonObject would sort the keys.
    static QByteArray requestBody(const QList<Command> &chunk, bool halt);

private:
    QList<Command> m_commands;
    bool m_halt = false;
    int m_maxPerRequest = kMaxCommands;
};
