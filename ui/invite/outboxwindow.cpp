#include "invite/outboxwindow.h"

#include "invite/outboxview.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

QDialog *createOutboxWindow(const InviteDialogContext &context, QWidget *parent) {
    auto *window = new QDialog(parent);
    window->setObjectName(QStringLiteral("outboxWindow"));
    window->setWindowTitle(QCoreApplication::translate("InviteDialog", "Outbox"));
    auto *view = new OutboxView(context, window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("outboxClose"));
    buttons->button(QDialogButtonBox::Close)
        ->setAccessibleName(QCoreApplication::translate("InviteDialog", "Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    const QFontMetrics metrics = window->fontMetrics();
    window->resize(metrics.averageCharWidth() * 120, metrics.height() * 30);
    return window;
}
