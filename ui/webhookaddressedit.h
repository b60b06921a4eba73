#pragma once

#include <QLineEdit>

// The webhook address field of the connect dialog. While it is not being edited it shows the address
// with only the secret masked (https://company.bitrix24.com/rest/1/••••••••/), so the portal and the
// user stay readable on a shared screen; while it has focus, or when revealed, it shows the address
// as typed, so a typo can be fixed without retyping (a password field would wipe it on the first key).
class WebhookAddressEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit WebhookAddressEdit(QWidget *parent = nullptr);

    // The address as typed, whatever is shown.
    QString address() const;
    void setRevealed(bool revealed);
    bool isMasked() const { return m_masked; }
    // `address` with its secret segment (after /rest/<user id>/) replaced by bullets.
    static QString masked(const QString &address);

signals:
    void addressChanged(const QString &address);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showMasked(bool masked);

    QString m_address;
    bool m_masked = false;
    bool m_revealed = false;
};
