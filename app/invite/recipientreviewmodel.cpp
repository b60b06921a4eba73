#include "invite/recipientreviewmodel.h"

#include "common/plaintooltip.h"
#include "invite/inmemoryknownpeople.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QJsonObject toJson(const Recipient &r) {
    QJsonObject o{{QStringLiteral("source"), r.source},         {QStringLiteral("email"), r.email},
                  {QStringLiteral("firstName"), r.firstName},   {QStringLiteral("middleName"), r.middleName},
                  {QStringLiteral("lastName"), r.lastName},     {QStringLiteral("position"), r.position},
                  {QStringLiteral("department"), r.department}, {QStringLiteral("file"), r.sourceFile},
                  {QStringLiteral("line"), r.sourceLine}};
    if (!r.problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(r.problems));
    return o;
}

Recipient fromJson(const QJsonObject &o) {
    Recipient r;
    r.source = o.value(QStringLiteral("source")).toString();
    r.email = o.value(QStringLiteral("email")).toString();
    r.firstName = o.value(QStringLiteral("firstName")).toString();
    r.middleName = o.value(QStringLiteral("middleName")).toString();
    r.lastName = o.value(QStringLiteral("lastName")).toString();
    r.position = o.value(QStringLiteral("position")).toString();
    r.department = o.value(QStringLiteral("department")).toString();
    r.sourceFile = o.value(QStringLiteral("file")).toString();
    r.sourceLine = o.value(QStringLiteral("line")).toInt();
    for (const QJsonValue &p : o.value(QStringLiteral("problems")).toArray())
        r.problems << p.toString();
    r.check = EmailAddress::check(r.email);
    return r;
}

bool isInvalid(RecipientState state) {
    return state == RecipientState::InvalidAddress || state == RecipientState::InvalidDetails;
}

} // namespace

RecipientReviewModel::RecipientReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_classify([](const QList<Recipient> &recipients) {
        static const InMemoryKnownPeople nobody;
        return RecipientClassifier(nobody).classify(recipients);
    })
    , m_resultText([](const Invitation &invitation, bool) { return invitationStateText(invitation.state); }) {
}

int RecipientReviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientReviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientReviewModel::display(const ClassifiedRecipient &entry, int column, bool hasResult,
                                       const Invitation &result) const {
    const Recipient &r = entry.recipient;
    switch (column) {
    case SourceColumn:
        return r.sourceFile.isEmpty() ? tr("typed") : tr("%1, line %2").arg(r.sourceFile).arg(r.sourceLine);
    case AddressColumn:
        return r.email.isEmpty() ? r.source : r.email;
    case FirstNameColumn:
        return r.firstName;
    case MiddleNameColumn:
        return r.middleName;
    case LastNameColumn:
        return r.lastName;
    case PositionColumn:
        return r.position;
    case DepartmentColumn:
        return r.department.isEmpty() ? m_targetName : r.department;
    case StateColumn:
        return hasResult ? m_resultText(result, m_portalWaiting) : entry.reason();
    }
    return {};
}

QVariant RecipientReviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassifiedRecipient &entry = m_rows.at(index.row());
    const QString key = entry.recipient.check.comparisonKey;
    const auto result = key.isEmpty() ? m_results.cend() : m_results.constFind(key);
    const bool hasResult = result != m_results.cend();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(entry, index.column(), hasResult, hasResult ? *result : Invitation());
    case Qt::ToolTipRole:
        if (index.column() == DepartmentColumn && entry.recipient.department.isEmpty() &&
            !m_targetName.isEmpty())
            return plainToolTip(tr("No department in this row: the one chosen below, %1.").arg(m_targetName));
        return plainToolTip(
            display(entry, index.column(), hasResult, hasResult ? *result : Invitation()).toString());
    case Qt::EditRole: {
        const Recipient r = stored(index.row());
        const QList<QString> fields{{},         r.email,    r.firstName, r.middleName,
                                    r.lastName, r.position, r.department};
        return index.column() < fields.size() ? QVariant(fields.at(index.column())) : QVariant();
    }
    case StateRole:
        return int(entry.state);
    case ComparisonKeyRole:
        return key;
    case ResultRole:
        return hasResult ? m_resultText(*result, m_portalWaiting) : QString();
    case HasProblemRole:
        return !hasResult && entry.state != RecipientState::Ready;
    case InvalidRole:
        return !hasResult && isInvalid(entry.state);
    case InheritedRole:
        return index.column() == DepartmentColumn && entry.recipient.department.isEmpty();
    case SourceFileRole:
        return entry.recipient.sourceFile;
    case SourceLineRole:
        return entry.recipient.sourceLine;
    case SourceTextRole:
        return entry.recipient.source;
    default:
        break;
    }
    return {};
}

QVariant RecipientReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case AddressColumn:
        return tr("Address");
    case FirstNameColumn:
        return tr("First name");
    case MiddleNameColumn:
        return tr("Middle name");
    case LastNameColumn:
        return tr("Last name");
    case PositionColumn:
        return tr("Position");
    case DepartmentColumn:
        return tr("Department");
    case StateColumn:
        return tr("State");
    }
    return {};
}

Qt::ItemFlags RecipientReviewModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == SourceColumn || index.column() == StateColumn)
        return f;
    const QString key = m_rows.at(index.row()).recipient.check.comparisonKey;
    if (!key.isEmpty() && m_results.contains(key))
        return f; // sent: what was sent is no longer editable
    return f | Qt::ItemIsEditable;
}

bool RecipientReviewModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Recipient r = stored(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case AddressColumn:
        r.email = text;
        r.check = EmailAddress::check(text);
        break;
    case FirstNameColumn:
        r.firstName = text;
        break;
    case MiddleNameColumn:
        r.middleName = text;
        break;
    case LastNameColumn:
        r.lastName = text;
        break;
    case PositionColumn:
        r.position = text;
        break;
    case DepartmentColumn:
        r.department = text;
        break;
    default:
        return false;
    }
    if (index.row() < m_typed.size())
        m_typedEdits.insert(m_typed.at(index.row()).source, r);
    else
        m_imported[index.row() - m_typed.size()] = r;
    refresh();
    Q_EMIT editedByUser();
    return true;
}

void RecipientReviewModel::setClassifier(Classify classify) {
    m_classify = std::move(classify);
}

void RecipientReviewModel::setDepartments(const DepartmentMatcher &departments) {
    m_departments = departments;
}

void RecipientReviewModel::setTarget(const QString &name, bool extranet) {
    if (name == m_targetName && extranet == m_extranet)
        return;
    m_targetName = name;
    m_extranet = extranet;
    refresh();
}

void RecipientReviewModel::setTypedRecipients(const QList<Recipient> &recipients) {
    m_typed = recipients;
    refresh();
}

void RecipientReviewModel::addImported(const QList<Recipient> &recipients) {
    m_imported << recipients;
    refresh();
}

QStringList RecipientReviewModel::removeInvalid() {
    QList<Recipient> typed;
    QList<Recipient> imported;
    QStringList typedLeft;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isInvalid(m_rows.at(row).state))
            continue;
        if (row < m_typed.size()) {
            typed << m_typed.at(row);
            typedLeft << m_typed.at(row).source;
        } else {
            imported << m_imported.at(row - m_typed.size());
        }
    }
    m_typed = typed;
    m_imported = imported;
    refresh();
    Q_EMIT editedByUser();
    return typedLeft;
}

void RecipientReviewModel::clear() {
    m_typed.clear();
    m_typedEdits.clear();
    m_imported.clear();
    refresh();
}

Recipient RecipientReviewModel::stored(int row) const {
    if (row < m_typed.size())
        return m_typedEdits.value(m_typed.at(row).source, m_typed.at(row));
    return m_imported.at(row - m_typed.size());
}

Recipient RecipientReviewModel::resolved(Recipient r) const {
    if (r.department.trimmed().isEmpty())
        return r;
    if (m_extranet) {
        r.problems << tr("This row names a department, but extranet users join workgroups, not departments.");
        return r;
    }
    const DepartmentMatcher::Match match = m_departments.match(r.department);
    if (!match.problem.isEmpty()) {
        r.problems << match.problem;
    } else {
        r.departmentId = match.id;
        r.department = match.name;
    }
    return r;
}

void RecipientReviewModel::refresh() {
    QList<Recipient> input;
    input.reserve(m_typed.size() + m_imported.size());
    for (int row = 0; row < m_typed.size() + m_imported.size(); ++row)
        input << resolved(stored(row));
    QList<ClassifiedRecipient> rows = m_classify(input);
    m_invalidCount = int(std::count_if(rows.cbegin(), rows.cend(),
                                       [](const ClassifiedRecipient &c) { return isInvalid(c.state); }));
    QMultiHash<QString, int> rowsByKey;
    for (int row = 0; row < rows.size(); ++row)
        if (const QString &key = rows.at(row).recipient.check.comparisonKey; !key.isEmpty())
            rowsByKey.insert(key, row);
    m_rowsByKey = std::move(rowsByKey);
    if (rows.size() == m_rows.size() && !rows.isEmpty()) {
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QJsonObject RecipientReviewModel::state() const {
    QJsonArray edits;
    for (const Recipient &typed : m_typed) {
        if (m_typedEdits.contains(typed.source))
            edits << toJson(m_typedEdits.value(typed.source));
    }
    QJsonArray imported;
    for (const Recipient &r : m_imported)
        imported << toJson(r);
    return {{QStringLiteral("edits"), edits}, {QStringLiteral("imported"), imported}};
}

void RecipientReviewModel::restoreState(const QJsonObject &state) {
    m_typedEdits.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("edits")).toArray()) {
        const Recipient r = fromJson(v.toObject());
        m_typedEdits.insert(r.source, r);
    }
    m_imported.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("imported")).toArray())
        m_imported << fromJson(v.toObject());
    refresh();
}

void RecipientReviewModel::setResults(const QList<Invitation> &invitations) {
    int first = int(m_rows.size());
    int last = -1;
    for (const Invitation &invitation : invitations) {
        m_results.insert(invitation.emailKey, invitation);
        for (auto it = m_rowsByKey.constFind(invitation.emailKey);
             it != m_rowsByKey.cend() && it.key() == invitation.emailKey; ++it) {
            first = std::min(first, *it);
            last = std::max(last, *it);
        }
    }
    // Every column: a sent row is no longer editable nor a problem.
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void RecipientReviewModel::setPortalWaiting(bool waiting) {
    if (m_portalWaiting == waiting)
        return;
    m_portalWaiting = waiting;
    if (!m_rows.isEmpty() && !m_results.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void RecipientReviewModel::clearResults() {
    if (m_results.isEmpty())
        return;
    m_results.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
