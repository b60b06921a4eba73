#include "invite/invitedefaults.h"

#include "invite/portalsettingskey.h"

#include <QSettings>

InviteDefaults::InviteDefaults(QSettings *settings, const QString &portal)
    : m_settings(settings)
    , m_portal(portal) {}

QString InviteDefaults::key(const QString &name) const {
    return portalSettingsKey(m_portal, name);
}

qint64 InviteDefaults::departmentId() const {
    return m_settings ? m_settings->value(key(QStringLiteral("defaultDepartment")), 0).toLongLong() : 0;
}

void InviteDefaults::setDepartmentId(qint64 id) {
    if (!m_settings)
        return;
    if (id > 0)
        m_settings->setValue(key(QStringLiteral("defaultDepartment")), id);
    else
        m_settings->remove(key(QStringLiteral("defaultDepartment")));
}

std::optional<DepartmentEntry> InviteDefaults::department(const QList<DepartmentEntry> &known) const {
    const qint64 id = departmentId();
    if (id <= 0)
        return std::nullopt;
    for (const DepartmentEntry &entry : known)
        if (entry.id == id)
            return entry;
    return std::nullopt;
}

QString InviteDefaults::templateName() const {
    return m_settings ? m_settings->value(key(QStringLiteral("defaultTemplate"))).toString() : QString();
}

void InviteDefaults::setTemplateName(const QString &name) {
    if (!m_settings)
        return;
    if (!name.isEmpty())
        m_settings->setValue(key(QStringLiteral("defaultTemplate")), name);
    else
        m_settings->remove(key(QStringLiteral("defaultTemplate")));
}
