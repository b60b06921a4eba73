#pragma once

#include "invite/invitation.h"

#include <QAbstractTableModel>

class InvitationOutbox;

// The outbox of one portal for the outbox view: each invitation with its state and result in the
// user's words. Read whole on refresh(); the outbox of a desktop holds hundreds of rows, not millions.
class OutboxTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { EmailColumn, NameColumn, TabColumn, UpdatedColumn, ResultColumn, ColumnCount };
    enum Roles { InvitationIdRole = Qt::UserRole + 1, StateRole };

    OutboxTableModel(InvitationOutbox *outbox, const QString &portal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool refresh(); // false with the outbox's error when it could not be read
    const Invitation *invitationAt(int row) const;

private:
    InvitationOutbox *m_outbox;
    QString m_portal;
    QList<Invitation> m_rows;
};
