#include "invite/invitationsendprogress.h"

#include <QCoreApplication>

void InvitationSendProgress::begin(const QList<Invitation> &queued, int skipped) {
    m_states.clear();
    m_sent = m_failed = m_waiting = m_discarded = 0;
    m_skipped = skipped;
    m_states.reserve(queued.size());
    for (const Invitation &row : queued) {
        m_states.insert(row.id, row.state);
        count(row.state, 1);
    }
}

bool InvitationSendProgress::update(const Invitation &row) {
    const auto it = m_states.find(row.id);
    if (it == m_states.end())
        return false;
    count(*it, -1);
    *it = row.state;
    count(row.state, 1);
    return true;
}

void InvitationSendProgress::track(const Invitation &row) {
    if (update(row))
        return;
    m_states.insert(row.id, row.state);
    count(row.state, 1);
}

void InvitationSendProgress::count(InvitationState state, int delta) {
    switch (state) {
    case InvitationState::Sent:
        m_sent += delta;
        break;
    case InvitationState::Failed:
    case InvitationState::NeedsReview:
        m_failed += delta;
        break;
    case InvitationState::Queued:
    case InvitationState::Sending:
        m_waiting += delta;
        break;
    case InvitationState::Discarded:
        m_discarded += delta;
        break;
    }
}

QString InvitationSendProgress::text() const {
    QString text = QCoreApplication::translate("InvitationSendProgress", "Sent %1 · skipped %2 · failed %3 · "
                                                                         "waiting %4")
                       .arg(m_sent)
                       .arg(m_skipped)
                       .arg(m_failed)
                       .arg(m_waiting);
    if (m_discarded > 0)
        text += QCoreApplication::translate("InvitationSendProgress", " · cancelled %1").arg(m_discarded);
    return text;
}
