#include "invite/draftkeeper.h"

#include "invite/invitedialogcontext.h"

DraftKeeper::DraftKeeper(const InviteDialogContext &context, const QString &tab, Fill fill, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_tab(tab)
    , m_fill(std::move(fill)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(SaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::saveNow);
}

void DraftKeeper::edited() {
    if (m_quiet)
        return;
    m_dirty = true;
    m_timer.start();
}

void DraftKeeper::saveNow() {
    m_timer.stop();
    if (!m_context.drafts || !m_dirty)
        return;
    m_dirty = false;
    InvitationDraft draft;
    draft.portal = m_context.portal;
    draft.tab = m_tab;
    if (!m_fill(draft)) {
        (void)m_context.drafts->discard(m_context.portal, m_tab);
        return;
    }
    if (const InviteResult<void> saved = m_context.drafts->save(draft); !saved)
        Q_EMIT saveFailed(saved.error());
}

void DraftKeeper::forget() {
    m_timer.stop();
    m_dirty = false;
    if (m_context.drafts)
        (void)m_context.drafts->discard(m_context.portal, m_tab);
}

std::optional<InvitationDraft> DraftKeeper::stored() const {
    if (!m_context.drafts)
        return std::nullopt;
    return m_context.drafts->restore(m_context.portal, m_tab);
}

void DraftKeeper::quietly(const std::function<void()> &change) {
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    change();
    m_quiet = wasQuiet;
}
