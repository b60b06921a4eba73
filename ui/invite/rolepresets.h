#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

// A role the helpdesk registers people into again and again: department, position, extranet groups.
struct RolePreset {
    QString name;
    qint64 departmentId = 0;
    QString departmentName;
    QString position;
    bool extranet = false;
    QList<int> groupIds;
};

// Role presets of one portal, kept in the application's settings (group invite/<portal>/rolePresets).
class RolePresets {
public:
    RolePresets(QSettings *settings, const QString &portal);

    QStringList names() const; // sorted, case-insensitively
    std::optional<RolePreset> preset(const QString &name) const;
    bool save(const RolePreset &preset); // false for an empty name or without settings
    void remove(const QString &name);

private:
    QString group() const;

    QSettings *m_settings;
    QString m_portal;
};
