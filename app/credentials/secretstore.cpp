#include "credentials/secretstore.h"

#include "common/logging.h"

#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// A finished QKeychain job's outcome: `data` when it succeeded, else the kind of failure.
SecretJob::Outcome classify(QKeychain::Error error, const QString &text, const QByteArray &data = {}) {
    switch (error) {
    case QKeychain::NoError:
        return data;
    case QKeychain::EntryNotFound:
        return SecretError(SecretError::Kind::NotFound, text);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError(SecretError::Kind::AccessDenied, text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError(SecretError::Kind::NoKeychain, text);
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // Without a session bus every job fails with OtherError "Cannot autolaunch D-Bus without X11
    // $DISPLAY"; a bus without a Secret Service says org.freedesktop.secrets is not provided.
    for (const char *marker : {"D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "autolaunch",
                               "ServiceUnknown", "secret service"}) {
        if (text.contains(QLatin1StringView(marker), Qt::CaseInsensitive))
            return SecretError(SecretError::Kind::NoKeychain, text);
    }
    return SecretError(SecretError::Kind::Failed, text);
}

} // namespace

SecretStore::SecretStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

QString SecretStore::serviceName() {
    return u"InviteDesk"_s;
}

void SecretStore::useSessionOnlyStorage() {
    qCInfo(lcCredentials) << "secrets kept in memory for this session only (no keychain)";
    m_storage = Storage::SessionOnly;
}

QString SecretStore::accountGroup(const QString &host, qint64 userId) const {
    QString safeHost = host.toLower();
    safeHost.replace(u'/', u'_');
    return u"accounts/"_s + safeHost + u'/' + QString::number(userId);
}

QStringList SecretStore::indexedKeys(const QString &host, qint64 userId) const {
    if (m_storage == Storage::SessionOnly) {
        QStringList keys;
        const auto names = m_sessionIndex.value(accountGroup(host, userId));
        for (const QString &physical : names)
            keys.append(physical);
        return keys;
    }
    if (!m_settings)
        return {};
    return m_settings->value(accountGroup(host, userId) + u"/keys"_s).toStringList();
}

QString SecretStore::currentKey(const SecretKey &key) const {
    const QString group = accountGroup(key.host, key.userId);
    if (m_storage == Storage::SessionOnly)
        return m_sessionIndex.value(group).value(key.name, key.keychainKey());
    if (!m_settings)
        return key.keychainKey();
    return m_settings->value(group + u"/current/"_s + key.name, key.keychainKey()).toString();
}

void SecretStore::indexAdd(const SecretKey &key, const QString &physicalKey) {
    const QString group = accountGroup(key.host, key.userId);
    if (m_storage == Storage::SessionOnly) {
        m_sessionIndex[group].insert(key.name, physicalKey);
        return;
    }
    if (!m_settings)
        return;
    QStringList keys = m_settings->value(group + u"/keys"_s).toStringList();
    if (!keys.contains(physicalKey))
        keys.append(physicalKey);
    m_settings->setValue(group + u"/host"_s, key.host);
    m_settings->setValue(group + u"/userId"_s, key.userId);
    m_settings->setValue(group + u"/keys"_s, keys);
    m_settings->setValue(group + u"/current/"_s + key.name, physicalKey);
    m_settings->sync();
}

void SecretStore::indexRemove(const SecretKey &key, const QString &physicalKey) {
    const QString group = accountGroup(key.host, key.userId);
    if (m_storage == Storage::SessionOnly) {
        auto &names = m_sessionIndex[group];
        if (names.value(key.name) == physicalKey)
            names.remove(key.name);
        return;
    }
    if (!m_settings)
        return;
    QStringList keys = m_settings->value(group + u"/keys"_s).toStringList();
    keys.removeAll(physicalKey);
    m_settings->setValue(group + u"/keys"_s, keys);
    if (m_settings->value(group + u"/current/"_s + key.name).toString() == physicalKey)
        m_settings->remove(group + u"/current/"_s + key.name);
    m_settings->sync();
}

void SecretStore::keychainWrite(const QString &key, const QByteArray &data, Done done) {
    if (m_storage == Storage::SessionOnly) {
        m_sessionSecrets.insert(key, data);
        QTimer::singleShot(0, this, [done] { done(QByteArray()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(classify(finished->error(), finished->errorString())); });
    job->start();
}

void SecretStore::keychainRead(const QString &key, Done done) {
    if (m_storage == Storage::SessionOnly) {
        const auto it = m_sessionSecrets.constFind(key);
        const SecretJob::Outcome outcome = it == m_sessionSecrets.cend()
                                               ? SecretJob::Outcome(SecretError(SecretError::Kind::NotFound))
                                               : SecretJob::Outcome(*it);
        QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done, job](QKeychain::Job *finished) {
        done(classify(finished->error(), finished->errorString(), job->binaryData()));
    });
    job->start();
}

void SecretStore::keychainDelete(const QString &key, Done done) {
    if (m_storage == Storage::SessionOnly) {
        m_sessionSecrets.remove(key);
        QTimer::singleShot(0, this, [done] { done(QByteArray()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        SecretJob::Outcome outcome = classify(finished->error(), finished->errorString());
        if (!outcome.ok() && outcome.error().kind() == SecretError::Kind::NotFound)
            outcome = QByteArray(); // already gone is what we wanted
        done(outcome);
    });
    job->start();
}

SecretJob *SecretStore::write(const SecretKey &key, const QByteArray &secret) {
    auto *job = new SecretJob(this);
    const QString physical = currentKey(key);
    keychainWrite(physical, secret, [this, job, key, physical](SecretJob::Outcome outcome) {
        if (outcome.ok())
            indexAdd(key, physical);
        else
            qCWarning(lcCredentials) << "keychain write failed for" << key.name << "at" << key.host
                                     << int(outcome.error().kind()) << outcome.error().logText();
        job->finish(std::move(outcome));
    });
    return job;
}

SecretJob *SecretStore::read(const SecretKey &key) {
    auto *job = new SecretJob(this);
    keychainRead(currentKey(key), [job](SecretJob::Outcome outcome) { job->finish(std::move(outcome)); });
    return job;
}

SecretJob *SecretStore::remove(const SecretKey &key) {
    auto *job = new SecretJob(this);
    const QString physical = currentKey(key);
    keychainDelete(physical, [this, job, key, physical](SecretJob::Outcome outcome) {
        if (outcome.ok())
            indexRemove(key, physical);
        job->finish(std::move(outcome));
    });
    return job;
}

SecretJob *SecretStore::rotate(const SecretKey &key, const QByteArray &newSecret) {
    auto *job = new SecretJob(this);
    const QString oldPhysical = currentKey(key);
    const int generation = oldPhysical.section(u'~', 1, 1).toInt() + 1;
    const QString newPhysical = key.keychainKey() + u'~' + QString::number(generation);
    keychainWrite(newPhysical, newSecret, [=, this](SecretJob::Outcome written) {
        if (!written.ok()) {
            job->finish(std::move(written)); // the old secret is untouched
            return;
        }
        indexAdd(key, newPhysical); // the new one is current from here on
        keychainDelete(oldPhysical, [=, this](const SecretJob::Outcome &deleted) {
            if (deleted.ok())
                indexRemove(key, oldPhysical);
            else
                qCWarning(lcCredentials) << "old" << key.name << "could not be removed; it stays indexed";
            job->finish(QByteArray());
        });
    });
    return job;
}

SecretJob *SecretStore::signOut(const QString &host, qint64 userId) {
    auto *job = new SecretJob(this);
    QStringList keys = indexedKeys(host, userId);
    qCInfo(lcCredentials) << "signing out of" << host << "user" << userId << "removing" << keys.size()
                          << "secrets";
    QTimer::singleShot(0, this, [this, keys, job, host, userId] { deleteKeys(keys, job, host, userId); });
    return job;
}

void SecretStore::deleteKeys(QStringList keys, SecretJob *job, const QString &host, qint64 userId) {
    if (keys.isEmpty()) {
        const QString group = accountGroup(host, userId);
        if (m_storage == Storage::SessionOnly) {
            m_sessionIndex.remove(group);
        } else if (m_settings) {
            m_settings->remove(group);
            m_settings->sync();
        }
        job->finish(QByteArray());
        return;
    }
    const QString key = keys.takeFirst();
    keychainDelete(key, [=, this](SecretJob::Outcome outcome) {
        if (!outcome.ok()) {
            job->finish(std::move(outcome)); // the index keeps what is left, so sign-out can be repeated
            return;
        }
        if (m_storage == Storage::Keychain && m_settings) {
            const QString group = accountGroup(host, userId);
            QStringList remaining = m_settings->value(group + u"/keys"_s).toStringList();
            remaining.removeAll(key);
            m_settings->setValue(group + u"/keys"_s, remaining);
        }
        deleteKeys(keys, job, host, userId);
    });
}

SecretJob *SecretStore::probe() {
    auto *job = new SecretJob(this);
    keychainRead(u"invitedesk:probe"_s, [job](SecretJob::Outcome outcome) {
        const bool usable = outcome.ok() || outcome.error().kind() == SecretError::Kind::NotFound;
        job->finish(usable ? SecretJob::Outcome(QByteArray()) : std::move(outcome));
    });
    return job;
}
