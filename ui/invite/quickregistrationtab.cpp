#include "invite/quickregistrationtab.h"

#include "common/privatefiles.h"
#include "invite/messagecomposer.h"
#include "invite/portalsettingskey.h"
#include "invite/qrcodeimage.h"
#include "invite/registrationlink.h"
#include "sandbox/sandboxportal.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

#ifdef INVITEDESK_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace {
QPushButton *button(QWidget *parent, const QString &text, const QString &name, const QString &accessible) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}
} // namespace

QuickRegistrationTab::QuickRegistrationTab(const InviteDialogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_link(new QLineEdit(this))
    , m_linkProblem(new QLabel(this))
    , m_qrLabel(new QLabel(this))
    , m_copy(button(this, tr("&Copy"), QStringLiteral("quickCopy"), tr("Copy the link")))
    , m_savePng(button(this, tr("Save P&NG…"), QStringLiteral("quickSavePng"), tr("Save the QR code as PNG")))
    , m_saveSvg(button(this, tr("Save S&VG…"), QStringLiteral("quickSaveSvg"), tr("Save the QR code as SVG")))
    , m_modeSummary(new QLabel(this))
    , m_changeInPortal(button(this, tr("C&hange in portal…"), QStringLiteral("quickChangeInPortal"),
                              tr("Change the registration settings in the portal")))
    , m_message(new MessageComposer(QStringLiteral("quick"), context.templates, this))
    , m_share(button(this, tr("&Share by e-mail…"), QStringLiteral("quickShare"), tr("Share by e-mail")))
    , m_status(new QLabel(this)) {
    nameControls();
    layOut();
    m_message->setText(tr("Hello,\n\n{inviter} invites you to join {portal}, our company's Bitrix24. "
                          "Register with this link:\n{join_link}\n\nSee you there!"));
    // Sent from the user's mail client: the recipient gets the text (with the link) and nothing else.
    m_message->setPreviewInput({m_context.portalName,
                                m_context.inviterName,
                                m_context.inviterEmail,
                                {},
                                InvitationMail::MailClient});
    // No recipient here: only what the link message can be filled with.
    m_message->setOfferedPlaceholders(
        {QStringLiteral("portal"), QStringLiteral("inviter"), QStringLiteral("join_link")});

    connectControls();
    m_changeInPortal->setEnabled(context.portalUrl.isValid());

    restoreSettings();
    onLinkChanged();
}

void QuickRegistrationTab::nameControls() {
    setObjectName(QStringLiteral("quickRegistrationTab"));
    m_link->setObjectName(QStringLiteral("quickLink"));
    m_link->setAccessibleName(tr("Registration link"));
    m_link->setPlaceholderText(tr("https://%1/…").arg(m_context.portalUrl.host()));
    m_link->setClearButtonEnabled(true);
    m_linkProblem->setObjectName(QStringLiteral("quickLinkProblem"));
    m_qrLabel->setObjectName(QStringLiteral("quickQr"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setAccessibleName(tr("QR code of the registration link"));
    m_qrLabel->setMinimumSize(fontMetrics().height() * 8, fontMetrics().height() * 8);
    m_modeSummary->setObjectName(QStringLiteral("quickModeSummary"));
    m_modeSummary->setAccessibleName(tr("Who may join, as last seen in the portal"));
    m_modeSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("quickStatus"));
    for (QLabel *label : {m_linkProblem, m_status, m_modeSummary}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
}

void QuickRegistrationTab::layOut() {
    auto *linkLabel = new QLabel(tr("Registration &link:"), this);
    linkLabel->setBuddy(m_link);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    if (m_context.registrationInfoUrl.isValid()) {
        m_fetch = button(this, tr("&Fetch from sandbox"), QStringLiteral("quickFetch"),
                         tr("Fetch the link from the training portal"));
        linkRow->addWidget(m_fetch);
        connect(m_fetch, &QPushButton::clicked, this, &QuickRegistrationTab::fetchFromSandbox);
    }

    auto *qrButtons = new QVBoxLayout;
    qrButtons->addWidget(m_savePng);
    qrButtons->addWidget(m_saveSvg);
#ifdef INVITEDESK_HAVE_PRINTSUPPORT
    m_print = button(this, tr("P&rint…"), QStringLiteral("quickPrint"), tr("Print the QR code"));
    qrButtons->addWidget(m_print);
    connect(m_print, &QPushButton::clicked, this, &QuickRegistrationTab::print);
#endif
    qrButtons->addStretch(1);

    auto *modeBox = new QGroupBox(tr("Who may join (as last seen in the portal)"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_modeSummary);
    // Said where it matters, on the way to the portal's settings, without a wrapped paragraph that
    // would make the tab too tall for a small screen.
    const QString warning = tr("Regenerating the link in the portal breaks every link already shared, "
                               "including printed QR codes.");
    m_changeInPortal->setToolTip(warning);
    m_changeInPortal->setAccessibleDescription(warning);
    modeLayout->addWidget(m_changeInPortal, 0, Qt::AlignLeft);
    modeLayout->addStretch(1);

    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(m_qrLabel);
    qrRow->addLayout(qrButtons);
    qrRow->addWidget(modeBox, 1);

    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(m_status, 1);
    shareRow->addWidget(m_share);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(linkLabel);
    layout->addLayout(linkRow);
    layout->addWidget(m_linkProblem);
    layout->addLayout(qrRow);
    layout->addWidget(m_message, 1);
    layout->addLayout(shareRow);
}

void QuickRegistrationTab::connectControls() {
    connect(m_link, &QLineEdit::textChanged, this, &QuickRegistrationTab::onLinkChanged);
    connect(m_link, &QLineEdit::editingFinished, this, &QuickRegistrationTab::saveSettings);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(link());
        m_status->setText(tr("The link is on the clipboard."));
    });
    connect(m_savePng, &QPushButton::clicked, this,
            [this] { chooseFile(tr("PNG images (*.png)"), QStringLiteral("png")); });
    connect(m_saveSvg, &QPushButton::clicked, this,
            [this] { chooseFile(tr("SVG images (*.svg)"), QStringLiteral("svg")); });
    connect(m_changeInPortal, &QPushButton::clicked, this, [this] {
        QUrl url = m_context.portalUrl;
        url.setPath(QStringLiteral("/settings/configs/"));
        openExternal(url);
    });
    connect(m_share, &QPushButton::clicked, this, [this] { openExternal(shareUrl()); });
}

QString QuickRegistrationTab::link() const {
    return m_link->text().trimmed();
}

void QuickRegistrationTab::setLink(const QString &text) {
    m_link->setText(text);
    saveSettings();
}

QString QuickRegistrationTab::linkProblem() const {
    return RegistrationLink::problem(link(), m_context.portalUrl);
}

void QuickRegistrationTab::onLinkChanged() {
    const QString problem = linkProblem();
    const bool usable = problem.isEmpty();
    m_linkProblem->setText(problem);
    m_qr = usable ? QrCodeImage(link()).image(6) : QImage();
    if (m_qr.isNull()) {
        m_qrLabel->setPixmap({});
        m_qrLabel->setText(tr("The QR code appears here once the link is valid."));
        m_qrLabel->setWordWrap(true);
    } else {
        // Whole modules only (a scaled QR blurs); about twelve lines of text high.
        const QrCodeImage code(link());
        const int scale = std::max(2, fontMetrics().height() * 12 / (code.modules() + 8));
        const QImage shown = code.image(scale);
        m_qrLabel->setMinimumSize(shown.size());
        m_qrLabel->setPixmap(QPixmap::fromImage(shown));
    }
    for (QPushButton *b : {m_copy, m_savePng, m_saveSvg, m_share})
        b->setEnabled(usable);
    if (m_print)
        m_print->setEnabled(usable);
    TemplateValues values;
    values.portal = m_context.portalName;
    values.inviter = m_context.inviterName;
    values.joinLink = usable ? link() : QString();
    m_message->setPreviewValues(values);
}

// The image carries the registration link, with which anyone may join: owner-only, as every file
// InviteDesk writes, before the first byte is in it.
bool QuickRegistrationTab::saveQrPng(const QString &path) const {
    if (m_qr.isNull())
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && PrivateFiles::restrictOpenFile(file) &&
           QrCodeImage(link()).image(16).save(&file, "PNG") && file.commit();
}

bool QuickRegistrationTab::saveQrSvg(const QString &path) const {
    const QString svg = QrCodeImage(link()).svg();
    QSaveFile file(path);
    if (svg.isEmpty() || !file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictOpenFile(file))
        return false;
    return file.write(svg.toUtf8()) > 0 && file.commit();
}

QUrl QuickRegistrationTab::shareUrl() const {
    TemplateValues values;
    values.portal = m_context.portalName;
    values.inviter = m_context.inviterName;
    values.joinLink = link();
    QString body = m_message->messageTemplate().fill(values);
    body.replace(u'\n', QStringLiteral("\r\n")); // RFC 6068 line breaks
    const QString subject =
        InvitationPreview::subject({m_context.portalName, m_context.inviterName, m_context.inviterEmail, body,
                                    InvitationMail::MailClient});
    // Percent-encode everything but unreserved characters: '&', '+', '=' and '#' in the text must not
    // end the field or turn into spaces in some mail clients.
    const QByteArray query =
        "subject=" + QUrl::toPercentEncoding(subject) + "&body=" + QUrl::toPercentEncoding(body);
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void QuickRegistrationTab::openExternal(const QUrl &url) {
    const bool opened = m_context.openUrl ? m_context.openUrl(url) : QDesktopServices::openUrl(url);
    m_status->setText(
        opened ? QString()
               : tr("Could not open %1.")
                     .arg(url.scheme() == u"mailto" ? tr("your mail program") : url.toDisplayString()));
}

void QuickRegistrationTab::chooseFile(const QString &filter, const QString &suffix) {
    auto *dialog =
        new QFileDialog(this, tr("Save QR code"), QStringLiteral("registration-qr.") + suffix, filter);
    dialog->setObjectName(QStringLiteral("qrFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, suffix](const QString &path) {
        const bool ok = suffix == u"svg" ? saveQrSvg(path) : saveQrPng(path);
        m_status->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                             : tr("Could not save %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void QuickRegistrationTab::print() {
#ifdef INVITEDESK_HAVE_PRINTSUPPORT
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setObjectName(QStringLiteral("qrPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [printer](int) { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        QPainter painter(printer);
        const QRect page = painter.viewport();
        const int side = std::min(page.width(), page.height()) / 2;
        const QImage image = QrCodeImage(link()).image(16);
        painter.drawImage(QRect(page.center().x() - side / 2, page.top(), side, side), image);
        painter.drawText(QRect(page.left(), page.top() + side, page.width(), page.height() / 4),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, link());
    });
    dialog->open();
#endif
}

QString QuickRegistrationTab::settingsKey(const QString &name) const {
    return portalSettingsKey(m_context.portal, name);
}

void QuickRegistrationTab::saveSettings() {
    if (!m_context.settings)
        return;
    m_context.settings->setValue(settingsKey(QStringLiteral("registrationLink")), link());
    // Only what the portal said; earlier versions kept a mode typed here under other keys.
    if (!m_mode.isEmpty()) {
        m_context.settings->setValue(settingsKey(QStringLiteral("portalRegistrationMode")), m_mode);
        m_context.settings->setValue(settingsKey(QStringLiteral("portalTrustedDomains")), m_trustedDomains);
    }
}

void QuickRegistrationTab::restoreSettings() {
    if (!m_context.settings)
        return;
    const QSignalBlocker blockLink(m_link);
    m_link->setText(m_context.settings->value(settingsKey(QStringLiteral("registrationLink"))).toString());
    m_mode = m_context.settings->value(settingsKey(QStringLiteral("portalRegistrationMode"))).toString();
    m_trustedDomains =
        m_context.settings->value(settingsKey(QStringLiteral("portalTrustedDomains"))).toStringList();
    showMode();
}

void QuickRegistrationTab::showMode() {
    if (m_mode.isEmpty()) {
        m_modeSummary->setText(tr("Not known here: a portal does not tell other programs whether its link "
                                  "is public or moderated. See it in the portal."));
        return;
    }
    const QString mode = m_mode == u"moderated" ? tr("Moderated: an administrator approves each person.")
                                                : tr("Public: anyone with the link joins.");
    const QString domains = m_trustedDomains.isEmpty()
                                ? tr("No trusted domains.")
                                : tr("Trusted domains, whose people join without approval: %1.")
                                      .arg(m_trustedDomains.join(QStringLiteral(", ")));
    m_modeSummary->setText(mode + u'\n' + domains);
}

void QuickRegistrationTab::fetchFromSandbox() {
    if (!m_context.registrationInfoUrl.isValid())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(m_context.registrationInfoUrl);
    request.setTransferTimeout(10000);
    request.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader),
                         m_context.registrationInfoToken.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    if (m_fetch)
        m_fetch->setEnabled(false);
    m_status->setText(tr("Asking the training portal…"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_fetch)
            m_fetch->setEnabled(true);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || !body.contains(u"link")) {
            m_status->setText(tr("The training portal did not answer: %1").arg(reply->errorString()));
            Q_EMIT fetched(false);
            return;
        }
        m_mode = body.value(u"mode").toString() == u"moderated" ? QStringLiteral("moderated")
                                                                : QStringLiteral("public");
        m_trustedDomains.clear();
        for (const QJsonValue &domain : body.value(u"trustedDomains").toArray())
            m_trustedDomains << domain.toString();
        showMode();
        setLink(body.value(u"link").toString());
        m_status->setText(tr("Fetched the registration link from the training portal."));
        Q_EMIT fetched(true);
    });
}
