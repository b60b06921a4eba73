#include "invite/recipienttablemodel.h"

#include "common/plaintooltip.h"
#include "invite/invitetexts.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

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
    const bool hasResult = !key.isEmpty() && m_results.contains(key);
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
            return stateText(entry);
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn)
            return stateText(entry);
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
        return hasResult ? stateText(entry) : QString();
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

QString RecipientTableModel::stateText(const ClassifiedRecipient &entry) const {
    const QString key = entry.recipient.check.comparisonKey;
    const auto result = key.isEmpty() ? m_results.cend() : m_results.constFind(key);
    return result == m_results.cend() ? entry.reason() : InviteTexts::resultText(*result, m_portalWaiting);
}

void RecipientTableModel::setRecipients(const QList<ClassifiedRecipient> &recipients) {
    beginResetModel();
    m_recipients = recipients;
    m_rowsByKey.clear();
    for (int row = 0; row < m_recipients.size(); ++row)
        if (const QString &key = m_recipients.at(row).recipient.check.comparisonKey; !key.isEmpty())
            m_rowsByKey.insert(key, row);
    endResetModel();
}

void RecipientTableModel::setResults(const QList<Invitation> &invitations) {
    int first = int(m_recipients.size()), last = -1;
    for (const Invitation &invitation : invitations) {
        m_results.insert(invitation.emailKey, invitation);
        for (auto it = m_rowsByKey.constFind(invitation.emailKey);
             it != m_rowsByKey.cend() && it.key() == invitation.emailKey; ++it) {
            first = std::min(first, *it);
            last = std::max(last, *it);
        }
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, StateColumn), index(last, StateColumn));
}

void RecipientTableModel::setPortalWaiting(bool waiting) {
    if (m_portalWaiting == waiting)
        return;
    m_portalWaiting = waiting;
    if (!m_recipients.isEmpty() && !m_results.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void RecipientTableModel::clearResults() {
    if (m_results.isEmpty())
        return;
    m_results.clear();
    if (!m_recipients.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
