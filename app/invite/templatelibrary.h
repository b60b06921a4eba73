#pragma once

#include "invite/inviteerror.h"
#include "invite/messagetemplate.h"

#include <QString>
#include <QStringList>

#include <optional>

class OutboxDatabase;

// Named message templates the user saved, kept in the outbox file.
class TemplateLibrary {
public:
    explicit TemplateLibrary(OutboxDatabase &db);

    // Saves or replaces. Failed for an empty name.
    InviteResult<void> save(const QString &name, const MessageTemplate &messageTemplate);
    std::optional<MessageTemplate> load(const QString &name);
    QStringList names(); // sorted, case-insensitively
    InviteResult<void> remove(const QString &name);

private:
    OutboxDatabase &m_db;
};
