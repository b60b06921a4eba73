#pragma once

#include "invite/invitedialogcontext.h"

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

// The question before a large send: how many invitations, to which target, and what they do to the
// plan's seats (used and free as far as the directory copy knows, the plan's limit from Preferences
// when entered). Window-modal and asynchronous (QMessageBox::open): no nested event loop.
namespace LargeSendConfirmation {

// True when a send of `count` invitations is asked about first (Preferences: confirm above).
bool isNeeded(const InviteDialogContext &context, int count);
// The question's text.
QString text(const InviteDialogContext &context, int count, const QString &target);
// Opens the question; `confirmed` runs when the user chooses to send.
QMessageBox *ask(QWidget *parent, const InviteDialogContext &context, int count, const QString &target,
                 const std::function<void()> &confirmed);

} // namespace LargeSendConfirmation
