#include "invite/recipienttablemodel.h"

#include "common/plaintooltip.h"
#include "invite/invitetexts.h"

#include <QBrush>
#include <QPalette>

RecipientTableModel::RecipientTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int RecipientTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_recipients.size());
}

int RecipientTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassifiedRecipient &entry = m_recipients.at(index.row());
    const QString key = entry.recipient.check.comparisonKey;
    const auto result = key.isEmpty() ? m_results.cend() : m_results.constFind(key);
    const bool hasResult = result != m_results.cend();
    switch (role) {
    case Qt::ToolTipRole:
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn:
            return entry.recipient.email.isEmpty() ? entry.recipient.source : entry.recipient.email;
        case NameColumn:
            return entry.recipient.fullName();
        case StateColumn:
            return hasResult ? InviteTexts::resultText(*result) : entry.reason();
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn)
            return hasResult ? InviteTexts::resultText(*result) : entry.reason();
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && !hasResult && entry.state == RecipientState::InvalidAddress)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (index.column() == StateColumn && !hasResult && entry.state != RecipientState::Ready)
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        break;
    case StateRole:
        return int(entry.state);
    case ComparisonKeyRole:
        return key;
    case ResultRole:
        return hasResult ? InviteTexts::resultText(*result) : QString();
    default:
        break;
    }
    return {};
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void RecipientTableModel::setRecipients(const QList<ClassifiedRecipient> &recipients) {
    beginResetModel();
    m_recipients = recipients;
    endResetModel();
}

void RecipientTableModel::setResult(const Invitation &invitation) {
    m_results.insert(invitation.emailKey, invitation);
    for (int row = 0; row < m_recipients.size(); ++row) {
        if (m_recipients.at(row).recipient.check.comparisonKey == invitation.emailKey) {
            const QModelIndex cell = index(row, StateColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

void RecipientTableModel::clearResults() {
    if (m_results.isEmpty())
        return;
    m_results.clear();
    if (!m_recipients.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
