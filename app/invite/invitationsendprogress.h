#pragma once

#include "invite/invitation.h"

#include <QHash>
#include <QList>
#include <QString>

// What one press of "Invite" became: the rows it queued and the state each has reached, counted per
// state, plus how many recipients it skipped. Counts belong to this send only (a new send starts from
// zero). Updated row by row as the sender reports changes, without reading the whole outbox again.
class InvitationSendProgress {
public:
    void begin(const QList<Invitation> &queued, int skipped);
    void clear() { begin({}, 0); }
    // Recipients of this send that were not queued after all (a send queued in parts learns it late).
    void addSkipped(int count) { m_skipped += count; }
    // Takes the row's new state; false when the row is not part of this send.
    bool update(const Invitation &row);
    // Like update(), but a row not seen before joins the send (for a watcher that did not start it).
    void track(const Invitation &row);
    bool contains(qint64 id) const { return m_states.contains(id); }
    QList<qint64> ids() const { return m_states.keys(); }
    bool isEmpty() const { return m_states.isEmpty(); }

    int sent() const { return m_sent; }
    int failed() const { return m_failed; }   // failed or held for review
    int waiting() const { return m_waiting; } // queued or sending
    int discarded() const { return m_discarded; }
    int skipped() const { return m_skipped; }
    int total() const { return int(m_states.size()); }
    bool isFinished() const { return !isEmpty() && m_waiting == 0; }

    // "Sent 3 · skipped 1 · failed 1 · waiting 0", translated.
    QString text() const;

private:
    void count(InvitationState state, int delta);

    QHash<qint64, InvitationState> m_states;
    int m_sent = 0;
    int m_failed = 0;
    int m_waiting = 0;
    int m_discarded = 0;
    int m_skipped = 0;
};
