#pragma once

#include "invite/invitationdrafts.h"
#include "invite/invitedialogcontext.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// Keeps one tab's draft in the outbox file (InvitationDrafts): saved a moment after the last edit and
// whenever asked, given back when the tab opens, forgotten once the tab sent it or the user discarded
// it. The tab says what its draft holds; changes the tab makes itself (restoring, clearing after a
// send) are not edits.
class DraftKeeper : public QObject {
    Q_OBJECT
public:
    // Fills the tab's part of the draft (portal and tab are set); false when nothing is worth keeping,
    // and the stored draft is removed instead.
    using Fill = std::function<bool(InvitationDraft &draft)>;

    DraftKeeper(const InviteDialogContext &context, const QString &tab, Fill fill, QObject *parent);

    void edited();  // saves after SaveDelayMs without further edits
    void saveNow(); // if edited since the last save
    void forget();  // nothing pending, and the stored draft removed
    std::optional<InvitationDraft> stored() const;
    // Runs the tab's own change without counting it as an edit.
    void quietly(const std::function<void()> &change);

    static constexpr int SaveDelayMs = 800;

Q_SIGNALS:
    void saveFailed(const InviteError &error);

private:
    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    QString m_tab;
    Fill m_fill;
    QTimer m_timer{this};
    bool m_dirty = false;
    bool m_quiet = false;
};
