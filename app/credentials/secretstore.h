#pragma once

#include "credentials/secretjob.h"
#include "credentials/secretkey.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QSettings;

// The one place secrets are kept: the OS keychain through QtKeychain (Secret Service on Linux),
// under keys "invitedesk:<portal-host>:<user-id>:<name>". An index in the settings lists the key
// names of each account (never a value), so signOut() can remove every one of them.
// With no keychain backend, operations fail with SecretError::NoKeychain; the caller may then
// choose useSessionOnlyStorage(): secrets are kept in memory until the process ends. Nothing is
// ever written as plain text (QtKeychain's insecure fallback stays off).
// All operations are asynchronous jobs; no nested event loops.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Storage { Keychain, SessionOnly };

    // `settings` holds the index (group "accounts"); it must outlive the store.
    explicit SecretStore(QSettings *settings, QObject *parent = nullptr);

    Storage storage() const { return m_storage; }
    // The caller's explicit choice after NoKeychain: keep secrets for this session only.
    void useSessionOnlyStorage();

    SecretJob *write(const SecretKey &key, const QByteArray &secret);
    SecretJob *read(const SecretKey &key);
    SecretJob *remove(const SecretKey &key);
    // Replaces a rotating secret (OAuth refresh token): the new value is written under a new key
    // name and made current before the old entry is deleted, so a crash never loses both.
    SecretJob *rotate(const SecretKey &key, const QByteArray &newSecret);
    // Removes every secret of the account listed in the index, then the index entry itself.
    SecretJob *signOut(const QString &host, qint64 userId);
    // Is a keychain usable? Ends ok, or with NoKeychain / AccessDenied.
    SecretJob *probe();

    // Key names (keychain keys) the index lists for an account.
    QStringList indexedKeys(const QString &host, qint64 userId) const;

    static QString serviceName();

private:
    using Done = std::function<void(SecretJob::Outcome)>;
    void keychainWrite(const QString &key, const QByteArray &data, Done done);
    void keychainRead(const QString &key, Done done);
    void keychainDelete(const QString &key, Done done);
    void deleteKeys(QStringList keys, SecretJob *job, const QString &host, qint64 userId);

    QString accountGroup(const QString &host, qint64 userId) const;
    QString currentKey(const SecretKey &key) const; // physical key the index points to
    void indexAdd(const SecretKey &key, const QString &physicalKey);
    void indexRemove(const SecretKey &key, const QString &physicalKey);

    QPointer<QSettings> m_settings;
    Storage m_storage = Storage::Keychain;
    QHash<QString, QByteArray> m_sessionSecrets;            // SessionOnly storage
    QHash<QString, QHash<QString, QString>> m_sessionIndex; // account -> name -> physical key
};
