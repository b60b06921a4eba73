#include "invite/outboxtablemodel.h"

#include "common/plaintooltip.h"
#include "invite/invitationoutbox.h"
#include "invite/invitetexts.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

OutboxTableModel::OutboxTableModel(InvitationOutbox *outbox, const QString &portal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_portal(portal) {}

int OutboxTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

OutboxTableModel::Group OutboxTableModel::groupOf(InvitationState state) {
    switch (state) {
    case InvitationState::Sent:
        return Group::Sent;
    case InvitationState::Failed:
    case InvitationState::NeedsReview:
        return Group::Failed;
    case InvitationState::Discarded:
        return Group::Discarded;
    case InvitationState::Queued:
    case InvitationState::Sending:
        break;
    }
    return Group::Waiting;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation &row = m_rows.at(index.row());
    const bool failed = groupOf(row.state) == Group::Failed;
    switch (role) {
    case Qt::ToolTipRole:
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case EmailColumn:
            return row.email;
        case NameColumn:
            return QStringList{row.firstName, row.lastName}.join(u' ').trimmed();
        case TabColumn:
            return row.tab == u"register" ? tr("Register") : tr("Invite by e-mail");
        case UpdatedColumn:
            return QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case ResultColumn:
            return InviteTexts::resultText(row, m_portalWaiting);
        }
        break;
    case Qt::DecorationRole:
        if (failed && index.column() == EmailColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (failed && index.column() == ResultColumn)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        break;
    case InvitationIdRole:
        return row.id;
    case StateRole:
        return int(row.state);
    case GroupRole:
        return int(groupOf(row.state));
    default:
        break;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmailColumn:
        return tr("E-mail");
    case NameColumn:
        return tr("Name");
    case TabColumn:
        return tr("From");
    case UpdatedColumn:
        return tr("Updated");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

InviteResult<void> OutboxTableModel::refresh() {
    InviteResult<QList<Invitation>> rows =
        m_outbox
            ? m_outbox->invitations(m_portal, std::nullopt)
            : InviteResult<QList<Invitation>>(InviteError(InviteError::Kind::CannotOpen, u"no outbox"_s));
    beginResetModel();
    if (rows)
        m_rows = rows.takeValue();
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
    endResetModel();
    recount();
    if (!rows)
        return rows.error();
    return {};
}

void OutboxTableModel::update(const QList<qint64> &ids) {
    if (!m_outbox)
        return;
    int first = int(m_rows.size()), last = -1;
    InviteResult<QList<Invitation>> read = m_outbox->invitations(ids);
    if (!read)
        return;
    QList<Invitation> rows = read.takeValue(), added;
    for (Invitation &row : rows) {
        if (row.portal.compare(m_portal.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        if (const auto at = m_rowById.constFind(row.id); at != m_rowById.cend()) {
            m_rows[*at] = std::move(row);
            first = std::min(first, *at);
            last = std::max(last, *at);
        } else {
            added << std::move(row);
        }
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        for (Invitation &row : added) {
            m_rowById.insert(row.id, int(m_rows.size()));
            m_rows << std::move(row);
        }
        endInsertRows();
    }
    if (last >= first || !added.isEmpty())
        recount();
}

void OutboxTableModel::setPortalWaiting(bool waiting) {
    if (m_portalWaiting == waiting)
        return;
    m_portalWaiting = waiting;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
}

void OutboxTableModel::recount() {
    m_counts.clear();
    for (const Invitation &row : std::as_const(m_rows))
        ++m_counts[groupOf(row.state)];
    Q_EMIT countsChanged();
}

const Invitation *OutboxTableModel::invitationAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}
