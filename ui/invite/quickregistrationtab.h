#pragma once

#include "invite/invitedialogcontext.h"

#include <QImage>
#include <QWidget>

class MessageComposer;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

// The Quick Registration tab. The portal exposes no registration link over REST (spec §7.3), so the
// administrator pastes it once; it is checked against the portal's host, kept in the settings and
// shown with Copy, a QR code (PNG, SVG, print) and "Share by e-mail…" with an editable message. Who may
// join (public or moderated, trusted domains) is the portal's setting: shown read-only as last seen in
// the portal (the training portal tells it; a real one does not), changed through the portal.
class QuickRegistrationTab : public QWidget {
    Q_OBJECT
public:
    QuickRegistrationTab(const InviteDialogContext &context, QWidget *parent = nullptr);

    QPushButton *primaryButton() const { return m_share; }
    QString link() const;
    void setLink(const QString &link);
    QString linkProblem() const; // empty when the link is usable
    QImage qrImage() const { return m_qr; }
    bool saveQrPng(const QString &path) const;
    bool saveQrSvg(const QString &path) const;
    QUrl shareUrl() const; // the mailto: URL "Share by e-mail…" opens
    void fetchFromSandbox();

Q_SIGNALS:
    void fetched(bool ok);

private:
    void nameControls(); // object names and accessible names
    void layOut();       // also makes the Fetch and Print buttons where they apply
    void connectControls();
    void onLinkChanged();
    void saveSettings();
    void restoreSettings();
    void showMode();
    void openExternal(const QUrl &url);
    void chooseFile(const QString &filter, const QString &suffix);
    void print();
    QString settingsKey(const QString &name) const;

    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    QLineEdit *m_link;
    QLabel *m_linkProblem;
    QLabel *m_qrLabel;
    QPushButton *m_copy;
    QPushButton *m_savePng;
    QPushButton *m_saveSvg;
    QPushButton *m_print = nullptr;
    QPushButton *m_fetch = nullptr;
    QLabel *m_modeSummary;
    QString m_mode; // "public" or "moderated" as last seen in the portal; empty when not known
    QStringList m_trustedDomains;
    QPushButton *m_changeInPortal;
    MessageComposer *m_message;
    QPushButton *m_share;
    QLabel *m_status;
    QNetworkAccessManager *m_network = nullptr;
    QImage m_qr;
};
