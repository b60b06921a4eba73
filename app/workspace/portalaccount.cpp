#include "workspace/portalaccount.h"

#include "common/logging.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// The keychain part of a finished job's result.
PortalAccount::KeychainOutcome keychainOutcome(const SecretJob *job) {
    if (job->result().ok())
        return {};
    return job->result().error();
}

QString secretText(const SecretJob *job) {
    return job->result().ok() ? QString::fromUtf8(job->result().value()) : QString();
}

const QString kPinned = u"pinnedCertificates"_s; // a map host -> PEM

const QString kWebhook = u"webhook"_s;
const QString kClientSecret = u"client_secret"_s;
const QString kAccessToken = u"access_token"_s;
const QString kRefreshToken = u"refresh_token"_s;
} // namespace

PortalAccount::PortalAccount(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_portals(settings) {}

bool PortalAccount::hasStoredPortal() const {
    return m_portals.current().has_value();
}

QString PortalAccount::storedHost() const {
    const std::optional<RememberedPortal> current = m_portals.current();
    return current ? current->host : QString();
}

qint64 PortalAccount::storedUserId() const {
    const std::optional<RememberedPortal> current = m_portals.current();
    return current ? current->userId : 0;
}

QString PortalAccount::currentPortalId() const {
    return hasStoredPortal() ? m_portals.currentId() : QString();
}

QList<RememberedPortal> PortalAccount::rememberedPortals() const {
    return m_portals.all();
}

std::optional<RememberedPortal> PortalAccount::rememberedPortal(const QString &portalId) const {
    return m_portals.find(portalId);
}

std::optional<RememberedPortal> PortalAccount::mostRecentPortal() const {
    return m_portals.mostRecent();
}

bool PortalAccount::makeCurrent(const QString &portalId) {
    if (!m_portals.find(portalId))
        return false;
    m_portals.setCurrent(portalId);
    return true;
}

bool PortalAccount::chooseMostRecent() {
    if (hasStoredPortal())
        return true;
    const std::optional<RememberedPortal> recent = mostRecentPortal();
    return recent && makeCurrent(recent->id);
}

void PortalAccount::load(QObject *context, Loaded done) {
    const RememberedPortal current = m_portals.current().value_or(RememberedPortal{});
    const QString host = current.host;
    const qint64 userId = current.userId;
    if (!current.isOAuth()) {
        SecretJob *job = m_secrets->read({host, userId, kWebhook});
        connect(job, &SecretJob::finished, context, [job, done] {
            if (!job->result().ok()) {
                done(PortalError(PortalError::Kind::AuthInvalid, u"no_secret"_s), keychainOutcome(job));
                return;
            }
            done(PortalCredentials::fromWebhookUrl(secretText(job)), {});
        });
        return;
    }
    // OAuth: client secret, then the token pair; each read continues the chain.
    OAuthClient client;
    client.clientId = current.oauthClientId;
    client.serverUrl = QUrl(current.oauthServer.isEmpty() ? OAuthClient::defaultServerUrl().toString()
                                                          : current.oauthServer);
    const QString address = current.address;
    auto *secretJob = m_secrets->read({host, userId, kClientSecret});
    connect(secretJob, &SecretJob::finished, context, [=, this] {
        if (!secretJob->result().ok()) {
            done(PortalError(PortalError::Kind::AuthInvalid, u"no_secret"_s), keychainOutcome(secretJob));
            return;
        }
        OAuthClient withSecret = client;
        withSecret.clientSecret = secretText(secretJob);
        auto *refreshJob = m_secrets->read({host, userId, kRefreshToken});
        connect(refreshJob, &SecretJob::finished, context, [=, this] {
            OAuthTokens tokens;
            tokens.userId = userId;
            tokens.refreshToken = secretText(refreshJob);
            auto *accessJob = m_secrets->read({host, userId, kAccessToken});
            connect(accessJob, &SecretJob::finished, context, [=] {
                OAuthTokens all = tokens;
                all.accessToken = secretText(accessJob);
                done(PortalCredentials::forOAuth(address, withSecret, all), {});
            });
        });
    });
}

void PortalAccount::save(const PortalCredentials &credentials, qint64 userId, QObject *context, Done done) {
    const QString host = credentials.host();
    auto remember = [this, credentials, host, userId] {
        RememberedPortal portal;
        portal.host = host;
        portal.userId = userId;
        portal.address = credentials.portalUrl().toString();
        if (credentials.method() == PortalCredentials::Method::OAuth) {
            portal.method = u"oauth"_s;
            portal.oauthClientId = credentials.oauthClient().clientId;
            portal.oauthServer = credentials.oauthClient().serverUrl.toString();
        } else {
            portal.method = u"webhook"_s;
        }
        m_portals.put(portal);
        m_portals.setCurrent(RememberedPortals::idOf(host, userId));
    };
    if (credentials.method() == PortalCredentials::Method::Webhook) {
        QUrl webhook = credentials.restBase();
        SecretJob *job = m_secrets->write({host, userId, kWebhook}, webhook.toString().toUtf8());
        connect(job, &SecretJob::finished, context, [job, remember, done] {
            if (job->result().ok())
                remember();
            done(keychainOutcome(job));
        });
        return;
    }
    SecretJob *job =
        m_secrets->write({host, userId, kClientSecret}, credentials.oauthClient().clientSecret.toUtf8());
    connect(job, &SecretJob::finished, context, [this, job, remember, done, credentials] {
        if (!job->result().ok()) {
            done(keychainOutcome(job));
            return;
        }
        remember();
        storeTokens(credentials.tokens());
        done({});
    });
}

void PortalAccount::storeTokens(const OAuthTokens &tokens) {
    const QString host = storedHost();
    const qint64 userId = storedUserId();
    if (host.isEmpty())
        return;
    if (!tokens.refreshToken.isEmpty())
        m_secrets->rotate({host, userId, kRefreshToken}, tokens.refreshToken.toUtf8());
    if (!tokens.accessToken.isEmpty())
        m_secrets->write({host, userId, kAccessToken}, tokens.accessToken.toUtf8());
}

void PortalAccount::storeMovedAddress(const QUrl &portalUrl) {
    std::optional<RememberedPortal> current = m_portals.current();
    if (!current)
        return;
    current->address = portalUrl.toString();
    current->name.clear(); // named after the new address
    m_portals.put(*current);
    qCInfo(lcPortal) << "portal moved to" << portalUrl.host();
}

QSslCertificate PortalAccount::pinnedCertificate(const QString &host) const {
    const QVariantMap pins = m_settings->value(kPinned).toMap();
    const QByteArray pem = pins.value(host.toLower()).toByteArray();
    return pem.isEmpty() ? QSslCertificate() : QSslCertificate(pem, QSsl::Pem);
}

void PortalAccount::pinCertificate(const QString &host, const QSslCertificate &certificate) {
    QVariantMap pins = m_settings->value(kPinned).toMap();
    if (certificate.isNull())
        pins.remove(host.toLower());
    else
        pins.insert(host.toLower(), certificate.toPem());
    m_settings->setValue(kPinned, pins);
    m_settings->sync();
    qCInfo(lcPortal) << "certificate pinned for" << host << (certificate.isNull() ? "(removed)" : "");
}

void PortalAccount::forget(const QString &portalId, QObject *context, Done done) {
    const RememberedPortal portal = m_portals.find(portalId).value_or(RememberedPortal{});
    SecretJob *job = m_secrets->signOut(portal.host, portal.userId);
    connect(job, &SecretJob::finished, context, [this, job, done, portalId] {
        m_portals.remove(portalId);
        done(keychainOutcome(job));
    });
}
