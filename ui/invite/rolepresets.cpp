#include "invite/rolepresets.h"

#include "invite/portalsettingskey.h"

#include <QSettings>

RolePresets::RolePresets(QSettings *settings, const QString &portal)
    : m_settings(settings)
    , m_portal(portal) {}

QString RolePresets::group() const {
    return portalSettingsKey(m_portal, QStringLiteral("rolePresets"));
}

QStringList RolePresets::names() const {
    if (!m_settings)
        return {};
    m_settings->beginGroup(group());
    const int count = m_settings->beginReadArray(QStringLiteral("presets"));
    QStringList names;
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        names << m_settings->value(QStringLiteral("name")).toString();
    }
    m_settings->endArray();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

namespace {
QList<RolePreset> readAll(QSettings *settings, const QString &group) {
    QList<RolePreset> presets;
    settings->beginGroup(group);
    const int count = settings->beginReadArray(QStringLiteral("presets"));
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        RolePreset p;
        p.name = settings->value(QStringLiteral("name")).toString();
        p.departmentId = settings->value(QStringLiteral("departmentId")).toLongLong();
        p.departmentName = settings->value(QStringLiteral("departmentName")).toString();
        p.position = settings->value(QStringLiteral("position")).toString();
        p.extranet = settings->value(QStringLiteral("extranet")).toBool();
        for (const QVariant &id : settings->value(QStringLiteral("groupIds")).toList())
            p.groupIds << id.toInt();
        presets << p;
    }
    settings->endArray();
    settings->endGroup();
    return presets;
}

void writeAll(QSettings *settings, const QString &group, const QList<RolePreset> &presets) {
    settings->beginGroup(group);
    settings->remove(QString());
    settings->beginWriteArray(QStringLiteral("presets"), int(presets.size()));
    for (int i = 0; i < presets.size(); ++i) {
        const RolePreset &p = presets.at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("name"), p.name);
        settings->setValue(QStringLiteral("departmentId"), p.departmentId);
        settings->setValue(QStringLiteral("departmentName"), p.departmentName);
        settings->setValue(QStringLiteral("position"), p.position);
        settings->setValue(QStringLiteral("extranet"), p.extranet);
        QVariantList ids;
        for (const int id : p.groupIds)
            ids << id;
        settings->setValue(QStringLiteral("groupIds"), ids);
    }
    settings->endArray();
    settings->endGroup();
}
} // namespace

std::optional<RolePreset> RolePresets::preset(const QString &name) const {
    if (!m_settings)
        return std::nullopt;
    for (const RolePreset &p : readAll(m_settings, group()))
        if (p.name == name)
            return p;
    return std::nullopt;
}

bool RolePresets::save(const RolePreset &preset) {
    if (!m_settings || preset.name.trimmed().isEmpty())
        return false;
    QList<RolePreset> presets = readAll(m_settings, group());
    presets.removeIf([&preset](const RolePreset &p) { return p.name == preset.name; });
    presets << preset;
    writeAll(m_settings, group(), presets);
    return true;
}

void RolePresets::remove(const QString &name) {
    if (!m_settings)
        return;
    QList<RolePreset> presets = readAll(m_settings, group());
    presets.removeIf([&name](const RolePreset &p) { return p.name == name; });
    writeAll(m_settings, group(), presets);
}
