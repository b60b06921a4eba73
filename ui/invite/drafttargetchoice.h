#pragma once

#include "invite/invitedialogcontext.h"

#include <QWidget>

#include <optional>

class InviteTargetPicker;
class QLabel;
class QPushButton;

// Asks, inside the tab and without a modal window, what to do when the dialog was opened for one
// target (a department) while the restored draft was composed for another: keep the draft's target,
// use the new one, or start a fresh composition. Until the user chooses, nothing is sent.
class DraftTargetChoice : public QWidget {
    Q_OBJECT
public:
    // `prefix` makes object names unique per tab ("email" → emailDraftTarget, emailKeepDraftTarget, …).
    // `target` is the tab's picker, set to the opened department when the user chooses the new one.
    DraftTargetChoice(const QString &prefix, InviteTargetPicker *target, QWidget *parent = nullptr);

    // After the tab restored its draft (`restored`) or found none: the department the dialog was opened
    // for is applied when nothing else was chosen, and asked about when the draft has another target.
    void settle(const std::optional<InviteDepartment> &opened, bool restored);
    void ask(const QString &draftTarget, const QString &newTarget);
    bool isPending() const { return m_pending; }

Q_SIGNALS:
    void answered();   // kept the draft's target or took the new one (already applied)
    void startFresh(); // the tab discards its draft

private:
    void dismiss();

    InviteTargetPicker *m_target;
    std::optional<InviteDepartment> m_opened;
    QLabel *m_text;
    QPushButton *m_keep;
    QPushButton *m_useNew;
    QPushButton *m_fresh;
    bool m_pending = false;
};
