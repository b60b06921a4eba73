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

const QString kHost = u"portal/host"_s;
const QString kUserId = u"portal/userId"_s;
const QString kMethod = u"portal/method"_s;
const QString kAddress = u"portal/address"_s;
const QString kClientId = u"portal/oauthClientId"_s;
const QString kServer = u"portal/oauthServer"_s;
const QString kPinned = u"pinnedCertificates"_s; // a map host -> PEM

const QString kWebhook = u"webhook"_s;
const QString kClientSecret = u"client_secret"_s;
const QString kAccessToken = u"access_token"_s;
const QString kRefreshToken = u"refresh_token"_s;
} // namespace

PortalAccount::PortalAccount(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets) {}

bool PortalAccount::hasStoredPortal() const {
    return !storedHost().isEmpty() && storedUserId() > 0;
}

QString PortalAccount::storedHost() const {
    return m_settings->value(kHost).toString();
}

qint64 PortalAccount::storedUserId() const {
    return m_settings->value(kUserId).toLongLong();
}

void PortalAccount::load(QObject *context, Loaded done) {
    const QString host = storedHost();
    const qint64 userId = storedUserId();
    const bool oauth = m_settings->value(kMethod).toString() == u"oauth";
    if (!oauth) {
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
    client.clientId = m_settings->value(kClientId).toString();
    client.serverUrl =
        QUrl(m_settings->value(kServer, OAuthClient::defaultServerUrl().toString()).toString());
    const QString address = m_settings->value(kAddress).toString();
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
        m_settings->setValue(kHost, host);
        m_settings->setValue(kUserId, userId);
        m_settings->setValue(kAddress, credentials.portalUrl().toString());
        if (credentials.method() == PortalCredentials::Method::OAuth) {
            m_settings->setValue(kMethod, u"oauth"_s);
            m_settings->setValue(kClientId, credentials.oauthClient().clientId);
            m_settings->setValue(kServer, credentials.oauthClient().serverUrl.toString());
        } else {
            m_settings->setValue(kMethod, u"webhook"_s);
        }
        m_settings->sync();
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
    m_settings->setValue(kAddress, portalUrl.toString());
    m_settings->sync();
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

void PortalAccount::signOut(QObject *context, Done done) {
    const QString host = storedHost();
    const qint64 userId = storedUserId();
    SecretJob *job = m_secrets->signOut(host, userId);
    connect(job, &SecretJob::finished, context, [this, job, done] {
        for (const QString &key : {kHost, kUserId, kMethod, kAddress, kClientId, kServer})
            m_settings->remove(key);
        m_settings->sync();
        done(keychainOutcome(job));
    });
}
