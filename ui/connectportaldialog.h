#pragma once

#include "portal/portalcredentials.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class WebhookAddressEdit;

// "Connect a portal": an inbound webhook URL or an OAuth application. Checks what is typed as it is
// typed and says precisely what is wrong; the caller does the actual connection and reports back
// through setBusy()/showError(), so the dialog stays open until the portal has answered.
class ConnectPortalDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectPortalDialog(QWidget *parent = nullptr);

    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void connectRequested(const PortalCredentials &credentials);

private:
    QWidget *createWebhookPage();
    QWidget *createOAuthPage();
    void revalidate();
    Result<PortalCredentials> currentCredentials() const;

    QTabWidget *m_tabs = nullptr;
    WebhookAddressEdit *m_webhookEdit = nullptr;
    QLineEdit *m_portalEdit = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QLineEdit *m_oauthServerEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};
