#pragma once

#include "invite/invitation.h"
#include "invite/inviteerror.h"

#include <QAbstractTableModel>
#include <QHash>

class InvitationOutbox;

// The outbox of one portal for the outbox view: each invitation with its state and result in the
// user's words, failures marked. Read whole on refresh(); while a send runs, update() re-reads only the
// rows the sender names, so an answer costs the same with 10 rows or 10 000. Keeps the count per
// state group for the view's filter.
class OutboxTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EmailColumn, NameColumn, TabColumn, UpdatedColumn, ResultColumn, ColumnCount };
    enum Roles {
        InvitationIdRole = Qt::UserRole + 1,
        StateRole,
        GroupRole, // the Group as int, for the state filter
    };
    // What the filter offers: rows on their way, sent, failed (or held for review), discarded.
    enum class Group { Waiting, Sent, Failed, Discarded };
    Q_ENUM(Group)

    OutboxTableModel(InvitationOutbox *outbox, const QString &portal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    InviteResult<void> refresh(); // the rows stay as they were when the outbox could not be read
    // Re-reads these rows (new ones are appended): one dataChanged and at most one insertion.
    void update(const QList<qint64> &ids);
    const Invitation *invitationAt(int row) const;
    int count(Group group) const { return m_counts.value(group); }
    // While the portal is out of reach, rows on their way read "Waiting for the portal".
    void setPortalWaiting(bool waiting);

    static Group groupOf(InvitationState state);

Q_SIGNALS:
    void countsChanged();

private:
    void recount();

    InvitationOutbox *m_outbox;
    QString m_portal;
    QList<Invitation> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<Group, int> m_counts;
    bool m_portalWaiting = false;
};
