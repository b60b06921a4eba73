#pragma once

#include "invite/messagetemplate.h"

#include <QString>
#include <QStringList>

#include <optional>

class OutboxDatabase;

// Named message templates the user saved, kept in the outbox file.
class TemplateLibrary {
public:
    explicit TemplateLibrary(OutboxDatabase &db);

    // Saves or replaces. False for an empty name.
    [[nodiscard]] bool save(const QString &name, const MessageTemplate &messageTemplate);
    std::optional<MessageTemplate> load(const QString &name);
    QStringList names(); // sorted, case-insensitively
    [[nodiscard]] bool remove(const QString &name);
    QString lastError() const;

private:
    OutboxDatabase &m_db;
};
