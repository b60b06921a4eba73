#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

// One portal the app remembers, as the settings hold it: never a secret. The secrets (webhook URL,
// client secret, tokens) live in the keychain under keys made of `host` and `userId` (SecretKey).
struct RememberedPortal {
    QString id; // stable and not secret: see RememberedPortals::idOf()
    QString host;
    qint64 userId = 0;
    QString name;   // what the Switch portal menu shows (the portal's address without "https://")
    QString method; // "webhook" or "oauth"
    QString address;
    QString oauthClientId;
    QString oauthServer;
    QDateTime lastUsed;

    bool isOAuth() const { return method == QLatin1String("oauth"); }
};

// The list of remembered portals in the settings (a helpdesk serves several), in the order they were
// first remembered, and which one is current. The old single-portal settings ("portal/…") are moved
// into the list the first time it is read; their keychain entries keep their keys.
class RememberedPortals {
public:
    explicit RememberedPortals(QSettings *settings);

    // "<host>/<user id>": the same person on the same portal is the same entry.
    static QString idOf(const QString &host, qint64 userId);

    QList<RememberedPortal> all() const;
    std::optional<RememberedPortal> find(const QString &id) const;
    QString currentId() const;
    std::optional<RememberedPortal> current() const;
    // The most recently used portal, the one a start without a current portal opens.
    std::optional<RememberedPortal> mostRecent() const;

    // Adds the portal, or updates it in place when its id is known.
    void put(const RememberedPortal &portal);
    void remove(const QString &id);
    // Makes the portal current and notes when it was used last.
    void setCurrent(const QString &id);
    void clearCurrent();

private:
    void migrateSinglePortal();
    void write(const QList<RememberedPortal> &portals);

    QSettings *m_settings;
};
