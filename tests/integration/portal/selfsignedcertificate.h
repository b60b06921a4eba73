#pragma once

// A self-signed certificate and key made at test time with the openssl command (Qt 6.4 cannot make
// certificates), for TLS loopback servers that no authority vouches for.

#include "sandbox/sandboxportal.h"

#include <QByteArray>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <memory>

struct SelfSignedCertificate {
    QByteArray certificatePem;
    QByteArray keyPem;
    QString error; // why none was made (no openssl, it failed)

    bool isNull() const { return certificatePem.isEmpty(); }
    QSslCertificate certificate() const { return QSslCertificate(certificatePem, QSsl::Pem); }

    // `subjectAltName` as openssl takes it, e.g. "IP:127.0.0.1" or "DNS:portal.example".
    static SelfSignedCertificate make(const QString &commonName, const QString &subjectAltName) {
        SelfSignedCertificate made;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QTemporaryDir dir;
        if (openssl.isEmpty() || !dir.isValid()) {
            made.error = QStringLiteral("no openssl command");
            return made;
        }
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                QStringLiteral("/CN=%1/O=InviteDesk test").arg(commonName),
                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName,
                                QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                                QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            made.error = QString::fromLocal8Bit(process.readAllStandardError());
            return made;
        }
        QFile cert(dir.filePath(QStringLiteral("cert.pem")));
        QFile key(dir.filePath(QStringLiteral("key.pem")));
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            made.certificatePem = cert.readAll();
            made.keyPem = key.readAll();
        }
        return made;
    }
};

// A small sandbox portal over TLS showing `made` (on `port`, 0: any free one); null if it did not start.
inline std::unique_ptr<SandboxPortal> startTlsSandbox(const SelfSignedCertificate &made, quint16 port = 0) {
    SandboxOptions options;
    options.users = 20;
    options.rateLimit = false;
    options.https = true;
    options.port = port;
    options.tlsCertificatePem = made.certificatePem;
    options.tlsKeyPem = made.keyPem;
    auto sandbox = std::make_unique<SandboxPortal>(options);
    return sandbox->start() ? std::move(sandbox) : nullptr;
}
