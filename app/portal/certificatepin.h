#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>

// A certificate the user chose to trust for one portal (Bitrix24 on the company's own server with a
// self-signed or private-CA certificate). It is public data, kept in settings as PEM. It vouches for
// exactly that certificate on exactly that host: a handshake is let through only when the server
// shows this very certificate and every complaint is "no trusted authority vouches for it"; an
// expired certificate, a host name it does not name, or any other certificate still fails.
class CertificatePin {
public:
    CertificatePin() = default;
    CertificatePin(QString host, QSslCertificate certificate);

    bool isNull() const { return m_certificate.isNull(); }
    QString host() const { return m_host; }
    QSslCertificate certificate() const { return m_certificate; }

    // Whether the errors of a handshake with `host` that showed `peer` may be ignored.
    bool accepts(const QString &host, const QSslCertificate &peer, const QList<QSslError> &errors) const;
    // True when every error only says that no trusted authority vouches for the certificate: the
    // one case where pinning it is offered.
    static bool onlyUntrusted(const QList<QSslError> &errors);

private:
    QString m_host;
    QSslCertificate m_certificate;
};
