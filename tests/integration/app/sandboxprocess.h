#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrl>

// An invitedesk-sandbox process for tests that need the portal outside the test's own process, with
// the control endpoints read over HTTP.
class SandboxProcess {
public:
    bool start(const QStringList &extraArgs = {}) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(SANDBOX_EXE),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
        if (!m_process.waitForStarted(10000))
            return false;
        // The sandbox prints its webhook URLs once it listens.
        static const QRegularExpression admin(
            QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/rest/1/[^/\\s]+/)"));
        QByteArray seen;
        for (int i = 0; i < 100 && m_webhook.isEmpty(); ++i) {
            m_process.waitForReadyRead(200);
            seen += m_process.readAllStandardOutput();
            const auto match = admin.match(QString::fromUtf8(seen));
            if (match.hasMatch())
                m_webhook = match.captured(1);
        }
        // The OAuth lines and the control token follow the webhook lines in the same banner.
        for (int i = 0; i < 50 && !seen.contains("Control token"); ++i) {
            m_process.waitForReadyRead(200);
            seen += m_process.readAllStandardOutput();
        }
        static const QRegularExpression oauth(
            QStringLiteral("OAuth client id: (\\S+)\\s+OAuth client secret: "
                           "(\\S+)\\s+OAuth server: (\\S+)"));
        const auto match = oauth.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_oauthClientId = match.captured(1);
            m_oauthClientSecret = match.captured(2);
            m_oauthServer = QUrl(match.captured(3));
        }
        static const QRegularExpression token(QStringLiteral("Control token [^:]*: ([0-9a-f]+)"));
        m_controlToken = token.match(QString::fromUtf8(seen)).captured(1).toUtf8();
        return !m_webhook.isEmpty() && !m_controlToken.isEmpty();
    }
    // The portal goes away at once, mid-request. (terminate() would not do on Windows: it asks a
    // window to close, and the sandbox is a console program; the destructor waits 5 s before killing.)
    void kill() {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    ~SandboxProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    QString webhook() const { return m_webhook; }
    QString oauthClientId() const { return m_oauthClientId; }
    QString oauthClientSecret() const { return m_oauthClientSecret; }
    QUrl oauthServer() const { return m_oauthServer; }
    QUrl base() const {
        QUrl url(m_webhook);
        url.setPath(QStringLiteral("/"));
        return url;
    }
    QJsonObject get(const QString &path) { return answer(m_network.get(request(path))); }
    QJsonObject post(const QString &path, const QJsonObject &body) {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return answer(m_network.post(r, QJsonDocument(body).toJson()));
    }
    QJsonObject remove(const QString &path) { return answer(m_network.deleteResource(request(path))); }

private:
    QNetworkRequest request(const QString &path) const {
        QNetworkRequest r(base().resolved(QUrl(path)));
        r.setRawHeader("X-Sandbox-Control-Token", m_controlToken);
        return r;
    }
    // Waits for a control call's answer (at most 10 s) and reads its JSON object.
    static QJsonObject answer(QNetworkReply *reply) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_webhook;
    QString m_oauthClientId;
    QString m_oauthClientSecret;
    QUrl m_oauthServer;
    QByteArray m_controlToken;
};
