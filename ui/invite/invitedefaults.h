#pragma once

#include "invite/departmentmatcher.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

// What a fresh invite dialog of one portal starts with, chosen in Preferences: the department a
// registration or an e-mail row without one joins, and the saved message template Invite by Email
// opens with. Kept per portal in the application's settings (group invite/<portal>), because
// department IDs and template names belong to one portal's directory and outbox.
class InviteDefaults {
public:
    InviteDefaults(QSettings *settings, const QString &portal);

    qint64 departmentId() const; // 0: none chosen
    void setDepartmentId(qint64 id);
    // The default department when the directory still has it; a department of another portal or
    // one deleted since is never applied.
    std::optional<DepartmentEntry> department(const QList<DepartmentEntry> &known) const;

    QString templateName() const; // empty: the built-in message
    void setTemplateName(const QString &name);

private:
    QString key(const QString &name) const;

    QSettings *m_settings;
    QString m_portal;
};
