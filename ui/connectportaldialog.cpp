#include "connectportaldialog.h"

#include "webhookaddressedit.h"
#include "windowsizing.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QLineEdit *makeEdit(QWidget *parent, const char *objectName, const QString &accessibleName,
                    const QString &placeholder) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

ConnectPortalDialog::ConnectPortalDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("connectPortalDialog"));
    setWindowTitle(tr("Connect a Bitrix24 portal"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("connectMethodTabs"));
    m_tabs->setAccessibleName(tr("Connection method"));
    m_tabs->addTab(createWebhookPage(), tr("&Webhook"));
    m_tabs->addTab(createOAuthPage(), tr("&OAuth application"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConnectPortalDialog::revalidate);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("connectProblem"));
    m_problemLabel->setAccessibleName(tr("Problem with the address"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("connectButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectPortalDialog::requestConnect);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problemLabel);
    layout->addWidget(createCertificatePanel());
    layout->addWidget(m_buttons);
    revalidate();
    // A whole webhook address (portal, user and secret) stays readable while it is checked.
    WindowSizing::resizeWithin(this, QSize(WindowSizing::textSize(this, 90, 0).width(), sizeHint().height()));
}

void ConnectPortalDialog::requestConnect() {
    const Result<PortalCredentials> credentials = currentCredentials();
    if (!credentials) {
        showError(credentials.error().userMessage());
        return;
    }
    setBusy(true);
    emit connectRequested(credentials.value());
}

QWidget *ConnectPortalDialog::createCertificatePanel() {
    m_certificatePanel = new QWidget(this);
    m_certificatePanel->setObjectName(QStringLiteral("connectCertificatePanel"));
    auto *form = new QFormLayout(m_certificatePanel);
    form->setContentsMargins(0, 0, 0, 0);
    auto makeValue = [this](const char *name, const QString &accessible) {
        auto *value = new QLabel(m_certificatePanel);
        value->setObjectName(QString::fromLatin1(name));
        value->setAccessibleName(accessible);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        // Selectable and reachable with Tab, so that it can be copied and read aloud.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::TabFocus);
        return value;
    };
    m_certificateSubject = makeValue("connectCertificateSubject", tr("Certificate issued to"));
    m_certificateFingerprint = makeValue("connectCertificateFingerprint", tr("SHA-256 fingerprint"));
    m_certificateFingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("Issued to:"), m_certificateSubject);
    form->addRow(tr("SHA-256 fingerprint:"), m_certificateFingerprint);
    auto *trust = new QPushButton(tr("&Trust this certificate for this portal"), m_certificatePanel);
    trust->setObjectName(QStringLiteral("connectTrustCertificate"));
    trust->setAccessibleName(tr("Trust this certificate for this portal"));
    trust->setAutoDefault(false);
    form->addRow(QString(), trust);
    connect(trust, &QPushButton::clicked, this, [this] {
        const Result<PortalCredentials> credentials = currentCredentials();
        if (!credentials || m_untrusted.isNull())
            return;
        emit trustCertificateRequested(credentials.value().host(), m_untrusted);
        requestConnect();
    });
    m_certificatePanel->hide();
    return m_certificatePanel;
}

QWidget *ConnectPortalDialog::createWebhookPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *help = new QLabel(tr("In your portal open Developer resources → Other → Inbound webhook, tick the "
                               "scopes <i>user</i>, <i>department</i> and <i>sonet_group</i>, and paste the "
                               "webhook address here. It is kept in your system's keychain."),
                            page);
    help->setWordWrap(true);
    help->setAlignment(Qt::AlignLeft | Qt::AlignTop); // any spare line below the text, not above
    form->addRow(help);
    m_webhookEdit = new WebhookAddressEdit(page);
    m_webhookEdit->setObjectName(QStringLiteral("webhookEdit"));
    m_webhookEdit->setAccessibleName(tr("Webhook address"));
    m_webhookEdit->setAccessibleDescription(tr("The secret part is hidden while you are not editing it."));
    m_webhookEdit->setPlaceholderText(tr("https://company.bitrix24.com/rest/1/abc123xyz/"));
    m_webhookEdit->setClearButtonEnabled(true);
    connect(m_webhookEdit, &WebhookAddressEdit::addressChanged, this, &ConnectPortalDialog::revalidate);
    auto *label = new QLabel(tr("Webhook &address:"), page);
    label->setBuddy(m_webhookEdit);
    form->addRow(label, m_webhookEdit);
    auto *reveal = new QCheckBox(tr("S&how the secret"), page);
    reveal->setObjectName(QStringLiteral("webhookReveal"));
    reveal->setAccessibleName(tr("Show the secret part of the webhook address"));
    connect(reveal, &QCheckBox::toggled, m_webhookEdit, &WebhookAddressEdit::setRevealed);
    form->addRow(QString(), reveal);
    return page;
}

QWidget *ConnectPortalDialog::createOAuthPage() {
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *help =
        new QLabel(tr("Use a local application created in your portal. InviteDesk opens your browser "
                      "to sign in; the tokens are kept in your system's keychain."),
                   page);
    help->setWordWrap(true);
    help->setAlignment(Qt::AlignLeft | Qt::AlignTop); // any spare line below the text, not above
    form->addRow(help);
    m_portalEdit = makeEdit(page, "oauthPortalEdit", tr("Portal address"), tr("company.bitrix24.com"));
    m_clientIdEdit = makeEdit(page, "oauthClientIdEdit", tr("Application ID (client_id)"), {});
    m_clientSecretEdit = makeEdit(page, "oauthClientSecretEdit", tr("Application key (client_secret)"), {});
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_oauthServerEdit = makeEdit(page, "oauthServerEdit", tr("Authorization server"),
                                 OAuthClient::defaultServerUrl().toString());
    const std::pair<QLineEdit *, QString> rows[] = {
        {m_portalEdit, tr("&Portal:")},
        {m_clientIdEdit, tr("Application &ID:")},
        {m_clientSecretEdit, tr("Application &key:")},
        {m_oauthServerEdit, tr("Authorization &server:")},
    };
    for (const auto &[edit, text] : rows) {
        auto *label = new QLabel(text, page);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &ConnectPortalDialog::revalidate);
    }
    return page;
}

Result<PortalCredentials> ConnectPortalDialog::currentCredentials() const {
    if (m_tabs->currentIndex() == 0)
        return PortalCredentials::fromWebhookUrl(m_webhookEdit->address());
    OAuthClient client;
    client.clientId = m_clientIdEdit->text().trimmed();
    client.clientSecret = m_clientSecretEdit->text().trimmed();
    if (!m_oauthServerEdit->text().trimmed().isEmpty()) {
        const Result<QUrl> server = PortalCredentials::portalAddress(m_oauthServerEdit->text());
        if (!server)
            return server.error();
        client.serverUrl = server.value();
    }
    if (client.clientId.isEmpty() || client.clientSecret.isEmpty())
        return PortalError(
            PortalError::Kind::InvalidAddress, QStringLiteral("no_client"),
            tr("Enter the application ID and key shown in the application's card in your portal."));
    return PortalCredentials::forOAuth(m_portalEdit->text(), client);
}

void ConnectPortalDialog::revalidate() {
    // The certificate on show belongs to the address it came from.
    m_certificatePanel->hide();
    m_untrusted = QSslCertificate();
    const Result<PortalCredentials> credentials = currentCredentials();
    const bool empty = m_tabs->currentIndex() == 0 ? m_webhookEdit->address().trimmed().isEmpty()
                                                   : m_portalEdit->text().trimmed().isEmpty();
    m_problemLabel->setText(credentials || empty ? QString() : credentials.error().userMessage());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && credentials.ok());
}

void ConnectPortalDialog::setBusy(bool busy) {
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    if (busy)
        m_problemLabel->setText(tr("Connecting…"));
    revalidate();
    if (busy)
        m_problemLabel->setText(tr("Connecting…"));
}

void ConnectPortalDialog::showError(const QString &message) {
    setBusy(false);
    m_problemLabel->setText(message);
}

void ConnectPortalDialog::showUntrustedCertificate(const QSslCertificate &certificate) {
    setBusy(false);
    const Result<PortalCredentials> credentials = currentCredentials();
    const QString host = credentials ? PortalCredentials::displayHost(credentials.value().host()) : QString();
    m_problemLabel->setText(
        tr("This computer does not trust the certificate of %1: it is self-signed or issued by your "
           "company's "
           "own certificate authority, as is usual for Bitrix24 on your own server. Nothing was sent. Ask "
           "your "
           "administrator for the portal's SHA-256 fingerprint and trust the certificate only if it is the "
           "same as below.")
            .arg(host));
    m_untrusted = certificate;
    m_certificateSubject->setText(PortalError::subjectText(certificate));
    // Two lines of 16 bytes: a whole line of 95 characters would widen the dialog past a small screen.
    const QString fingerprint = PortalError::fingerprint(certificate);
    m_certificateFingerprint->setText(fingerprint.left(47) + u'\n' + fingerprint.mid(48));
    m_certificateFingerprint->setAccessibleDescription(fingerprint);
    m_certificatePanel->setVisible(credentials.ok());
    // Taller now: wrapped texts keep all their lines (within the screen, WindowSizing).
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        WindowSizing::resizeWithin(this, QSize(width(), needed));
}
