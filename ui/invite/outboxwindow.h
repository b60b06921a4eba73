#pragma once

#include "invite/invitedialogcontext.h"

#include <QDialog>

class OutboxView;

// The Outbox as a window of its own, the same whether the invite dialog or the main window opened it:
// the outbox view and a Close button.
class OutboxWindow : public QDialog {
    Q_OBJECT
public:
    explicit OutboxWindow(const InviteDialogContext &context, QWidget *parent = nullptr);

    OutboxView *view() const { return m_view; }

private:
    OutboxView *m_view;
};
