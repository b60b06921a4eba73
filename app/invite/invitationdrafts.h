#pragma once

#include "invite/inviteerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class OutboxDatabase;

// A composed but unsent invitation, as the dialog holds it.
struct InvitationDraft {
    QString portal;
    QString tab;        // which tab of the dialog
    QString recipients; // the recipients text as typed or pasted
    QString message;    // the template text being edited
    QString templateName;
    QList<int> departmentIds;
    QString departmentName;
    bool extranet = false;
    QList<int> groupIds;
    // What a tab keeps beyond the columns above, by field name (the Register tab's person: firstName,
    // lastName, email, position, phone). Stored as one JSON object so a tab can add a field without a
    // migration.
    QJsonObject fields;
    QDateTime savedAt; // set by save()
};

// Keeps one draft per portal and tab in the outbox file so that a crash or an accidental close does
// not lose what the user composed. The dialog saves on edits (debounced) and discards after sending.
class InvitationDrafts {
public:
    explicit InvitationDrafts(OutboxDatabase &db);

    InviteResult<void> save(const InvitationDraft &draft);
    std::optional<InvitationDraft> restore(const QString &portal, const QString &tab);
    InviteResult<void> discard(const QString &portal, const QString &tab);

private:
    OutboxDatabase &m_db;
};
