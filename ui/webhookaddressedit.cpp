#include "webhookaddressedit.h"

#include <QRegularExpression>

WebhookAddressEdit::WebhookAddressEdit(QWidget *parent)
    : QLineEdit(parent) {
    // Our own masking is silent; a change while masked is the user's (the clear button, undo).
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_masked = false;
        m_address.clear();
        Q_EMIT addressChanged(text);
    });
}

QString WebhookAddressEdit::address() const {
    return m_masked ? m_address : text();
}

void WebhookAddressEdit::setRevealed(bool revealed) {
    m_revealed = revealed;
    showMasked(!revealed && !hasFocus());
}

QString WebhookAddressEdit::masked(const QString &address) {
    static const QRegularExpression secret(QStringLiteral("^(.*/rest/[0-9]+/)([^/?#\\s]+)(.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = secret.match(address);
    if (!match.hasMatch())
        return address;
    return match.captured(1) + QString(8, QChar(0x2022)) + match.captured(3);
}

void WebhookAddressEdit::focusInEvent(QFocusEvent *event) {
    showMasked(false);
    QLineEdit::focusInEvent(event);
}

void WebhookAddressEdit::focusOutEvent(QFocusEvent *event) {
    QLineEdit::focusOutEvent(event);
    showMasked(!m_revealed);
}

void WebhookAddressEdit::showMasked(bool masked) {
    if (masked == m_masked)
        return;
    const QString address = this->address();
    const QString shown = masked ? WebhookAddressEdit::masked(address) : address;
    if (masked && shown == address)
        return; // nothing secret in it
    const QSignalBlocker quiet(this);
    m_masked = masked;
    m_address = masked ? address : QString();
    setText(shown);
}
