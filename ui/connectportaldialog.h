#pragma once

#include "portal/portalcredentials.h"

#include <QDialog>
#include <QSslCertificate>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class WebhookAddressEdit;

// "Connect a portal": an inbound webhook URL or an OAuth application. Checks what is typed as it is
// typed and says precisely what is wrong; the caller does the actual connection and reports back
// through setBusy()/showError(), so the dialog stays open until the portal has answered. A portal
// whose certificate nothing vouches for (on-premise, self-signed) is shown with its fingerprint and
// can be trusted for that portal only.
class ConnectPortalDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectPortalDialog(QWidget *parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString &message);
    // The portal's certificate is one no trusted authority vouches for: says so, shows its subject
    // and SHA-256 fingerprint, and offers to trust it for this portal.
    void showUntrustedCertificate(const QSslCertificate &certificate);

signals:
    void connectRequested(const PortalCredentials &credentials);
    // "Trust this certificate for this portal": pin it for `host`; connectRequested() follows.
    void trustCertificateRequested(const QString &host, const QSslCertificate &certificate);

private:
    QWidget *createWebhookPage();
    QWidget *createOAuthPage();
    QWidget *createCertificatePanel();
    void requestConnect();
    void revalidate();
    Result<PortalCredentials> currentCredentials() const;

    QTabWidget *m_tabs = nullptr;
    WebhookAddressEdit *m_webhookEdit = nullptr;
    QLineEdit *m_portalEdit = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QLineEdit *m_oauthServerEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QWidget *m_certificatePanel = nullptr;
    QLabel *m_certificateSubject = nullptr;
    QLabel *m_certificateFingerprint = nullptr;
    QSslCertificate m_untrusted; // the certificate on show in the panel
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};
