#include "workspace/rememberedportals.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString kList = u"portals"_s;
const QString kCurrent = u"currentPortal"_s;

// The single portal of earlier versions, moved into the list on first read.
const QString kOldHost = u"portal/host"_s;
const QString kOldUserId = u"portal/userId"_s;
const QString kOldMethod = u"portal/method"_s;
const QString kOldAddress = u"portal/address"_s;
const QString kOldClientId = u"portal/oauthClientId"_s;
const QString kOldServer = u"portal/oauthServer"_s;

QString displayName(const QString &host, const QString &address) {
    if (!address.isEmpty()) {
        const QUrl url(address);
        if (!url.host().isEmpty())
            return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    }
    return host;
}
} // namespace

RememberedPortals::RememberedPortals(QSettings *settings)
    : m_settings(settings) {
    migrateSinglePortal();
}

QString RememberedPortals::idOf(const QString &host, qint64 userId) {
    return host.toLower() + u'/' + QString::number(userId);
}

void RememberedPortals::migrateSinglePortal() {
    if (!m_settings || !m_settings->contains(kOldHost))
        return;
    RememberedPortal portal;
    portal.host = m_settings->value(kOldHost).toString();
    portal.userId = m_settings->value(kOldUserId).toLongLong();
    portal.method = m_settings->value(kOldMethod, u"webhook"_s).toString();
    portal.address = m_settings->value(kOldAddress).toString();
    portal.oauthClientId = m_settings->value(kOldClientId).toString();
    portal.oauthServer = m_settings->value(kOldServer).toString();
    if (!portal.host.isEmpty() && portal.userId > 0) {
        portal.id = idOf(portal.host, portal.userId);
        portal.name = displayName(portal.host, portal.address);
        put(portal);
        setCurrent(portal.id);
    }
    for (const QString &key : {kOldHost, kOldUserId, kOldMethod, kOldAddress, kOldClientId, kOldServer})
        m_settings->remove(key);
    m_settings->sync();
}

QList<RememberedPortal> RememberedPortals::all() const {
    QList<RememberedPortal> portals;
    if (!m_settings)
        return portals;
    const int size = m_settings->beginReadArray(kList);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        RememberedPortal portal;
        portal.host = m_settings->value(u"host"_s).toString();
        portal.userId = m_settings->value(u"userId"_s).toLongLong();
        portal.id = idOf(portal.host, portal.userId);
        portal.method = m_settings->value(u"method"_s, u"webhook"_s).toString();
        portal.address = m_settings->value(u"address"_s).toString();
        portal.oauthClientId = m_settings->value(u"oauthClientId"_s).toString();
        portal.oauthServer = m_settings->value(u"oauthServer"_s).toString();
        portal.lastUsed = m_settings->value(u"lastUsed"_s).toDateTime();
        portal.name = m_settings->value(u"name"_s).toString();
        if (portal.name.isEmpty())
            portal.name = displayName(portal.host, portal.address);
        if (!portal.host.isEmpty() && portal.userId > 0)
            portals.append(portal);
    }
    m_settings->endArray();
    return portals;
}

void RememberedPortals::write(const QList<RememberedPortal> &portals) {
    m_settings->remove(kList); // a shorter list leaves no stale entries behind
    m_settings->beginWriteArray(kList, int(portals.size()));
    for (int i = 0; i < portals.size(); ++i) {
        const RememberedPortal &portal = portals.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"host"_s, portal.host);
        m_settings->setValue(u"userId"_s, portal.userId);
        m_settings->setValue(u"name"_s, portal.name);
        m_settings->setValue(u"method"_s, portal.method);
        m_settings->setValue(u"address"_s, portal.address);
        if (portal.isOAuth()) {
            m_settings->setValue(u"oauthClientId"_s, portal.oauthClientId);
            m_settings->setValue(u"oauthServer"_s, portal.oauthServer);
        }
        if (portal.lastUsed.isValid())
            m_settings->setValue(u"lastUsed"_s, portal.lastUsed);
    }
    m_settings->endArray();
    m_settings->sync();
}

std::optional<RememberedPortal> RememberedPortals::find(const QString &id) const {
    for (const RememberedPortal &portal : all()) {
        if (portal.id == id)
            return portal;
    }
    return std::nullopt;
}

QString RememberedPortals::currentId() const {
    return m_settings ? m_settings->value(kCurrent).toString() : QString();
}

std::optional<RememberedPortal> RememberedPortals::current() const {
    const QString id = currentId();
    return id.isEmpty() ? std::nullopt : find(id);
}

std::optional<RememberedPortal> RememberedPortals::mostRecent() const {
    std::optional<RememberedPortal> recent;
    for (const RememberedPortal &portal : all()) {
        if (!recent || portal.lastUsed > recent->lastUsed)
            recent = portal;
    }
    return recent;
}

void RememberedPortals::put(const RememberedPortal &portal) {
    if (!m_settings)
        return;
    RememberedPortal entry = portal;
    entry.id = idOf(entry.host, entry.userId);
    if (entry.name.isEmpty())
        entry.name = displayName(entry.host, entry.address);
    QList<RememberedPortal> portals = all();
    for (RememberedPortal &known : portals) {
        if (known.id == entry.id) {
            if (!entry.lastUsed.isValid())
                entry.lastUsed = known.lastUsed;
            known = entry;
            write(portals);
            return;
        }
    }
    portals.append(entry);
    write(portals);
}

void RememberedPortals::remove(const QString &id) {
    if (!m_settings)
        return;
    QList<RememberedPortal> portals = all();
    portals.removeIf([&id](const RememberedPortal &portal) { return portal.id == id; });
    write(portals);
    if (currentId() == id)
        clearCurrent();
}

void RememberedPortals::setCurrent(const QString &id) {
    if (!m_settings)
        return;
    QList<RememberedPortal> portals = all();
    for (RememberedPortal &portal : portals) {
        if (portal.id == id)
            portal.lastUsed = QDateTime::currentDateTimeUtc();
    }
    write(portals);
    m_settings->setValue(kCurrent, id);
    m_settings->sync();
}

void RememberedPortals::clearCurrent() {
    if (!m_settings)
        return;
    m_settings->remove(kCurrent);
    m_settings->sync();
}
