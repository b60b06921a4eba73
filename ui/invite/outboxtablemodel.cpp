#include "invite/outboxtablemodel.h"

#include "common/plaintooltip.h"
#include "invite/invitationoutbox.h"
#include "invite/invitetexts.h"

#include <QLocale>

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

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
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
            return InviteTexts::resultText(row);
        }
    }
    if (role == InvitationIdRole)
        return row.id;
    if (role == StateRole)
        return int(row.state);
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

bool OutboxTableModel::refresh() {
    QList<Invitation> rows;
    const bool ok = m_outbox && m_outbox->invitations(m_portal, std::nullopt, &rows);
    beginResetModel();
    if (ok)
        m_rows = rows;
    endResetModel();
    return ok;
}

const Invitation *OutboxTableModel::invitationAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}
