#include "portal/certificatepin.h"

CertificatePin::CertificatePin(QString host, QSslCertificate certificate)
    : m_host(std::move(host))
    , m_certificate(std::move(certificate)) {}

bool CertificatePin::onlyUntrusted(const QList<QSslError> &errors) {
    if (errors.isEmpty())
        return false;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    }
    return true;
}

bool CertificatePin::accepts(const QString &host, const QSslCertificate &peer,
                             const QList<QSslError> &errors) const {
    return !isNull() && !peer.isNull() && host.compare(m_host, Qt::CaseInsensitive) == 0 &&
           peer == m_certificate && onlyUntrusted(errors);
}
