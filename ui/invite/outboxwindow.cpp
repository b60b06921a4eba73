#include "invite/outboxwindow.h"

#include "invite/outboxview.h"
#include "windowsizing.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

OutboxWindow::OutboxWindow(const InviteDialogContext &context, QWidget *parent)
    : QDialog(parent)
    , m_view(new OutboxView(context, this)) {
    setObjectName(QStringLiteral("outboxWindow"));
    setWindowTitle(tr("Outbox"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("outboxClose"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    WindowSizing::resizeWithin(this, WindowSizing::textSize(this, 120, 30));
}
