#pragma once

#include "invite/invitation.h"
#include "invite/recipientclassifier.h"

#include <QAbstractTableModel>
#include <QHash>

// The Invite by Email tab's recipients: each with its state before sending (ready, invalid and why,
// repeated, already an employee, …) and, once sent, its result from the outbox.
class RecipientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AddressColumn, NameColumn, StateColumn, ColumnCount };
    enum Roles {
        StateRole = Qt::UserRole + 1, // RecipientState as int
        ComparisonKeyRole,
        ResultRole, // the outbox result text, empty before sending
    };

    explicit RecipientTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecipients(const QList<ClassifiedRecipient> &recipients);
    const QList<ClassifiedRecipient> &recipients() const { return m_recipients; }
    // Results override the state of rows with the same mailbox (EmailAddress::comparisonKey). One
    // dataChanged per call, however many rows it touches.
    void setResult(const Invitation &invitation) { setResults({invitation}); }
    void setResults(const QList<Invitation> &invitations);
    void clearResults();
    bool hasResults() const { return !m_results.isEmpty(); }
    bool hasResult(const QString &comparisonKey) const { return m_results.contains(comparisonKey); }
    // While the portal is out of reach, rows on their way read "Waiting for the portal".
    void setPortalWaiting(bool waiting);

private:
    QString stateText(const ClassifiedRecipient &entry) const;

    QList<ClassifiedRecipient> m_recipients;
    QHash<QString, Invitation> m_results; // by comparison key
    QMultiHash<QString, int> m_rowsByKey; // rows of each comparison key
    bool m_portalWaiting = false;
};
