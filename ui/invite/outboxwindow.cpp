#include "invite/outboxwindow.h"

#include "invite/outboxview.h"
#include "windowsizing.h"

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
    // As large as its text wants, within the screen it opens on.
    WindowSizing::resizeWithin(window, WindowSizing::textSize(window, 120, 30));
    return window;
}
