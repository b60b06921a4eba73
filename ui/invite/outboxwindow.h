#pragma once

class QDialog;
class QWidget;
struct InviteDialogContext;

// The Outbox window, as the main window and the invite dialog open it: an OutboxView with a Close
// button, sized to the font, deleted when `parent` goes. Not shown yet.
QDialog *createOutboxWindow(const InviteDialogContext &context, QWidget *parent);
