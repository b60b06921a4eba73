#pragma once

#include "invite/departmentmatcher.h"
#include "invite/invitation.h"
#include "invite/recipientclassifier.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

#include <functional>

// The review grid of the Invite by Email tab: every recipient with the fields that will reach the
// portal (address, first, middle and last name, position, department) and its state. Rows come from
// the typed text and from imported files; the user edits any field inline, and an edit of a typed row
// stays while the text around it changes. A row's department is matched against the directory (by
// name or ID); one that does not match is a problem on that row. A row without a department shows
// the tab's target, which is where it goes. Once sent, a row shows its result from the outbox.
class RecipientReviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        AddressColumn,
        FirstNameColumn,
        MiddleNameColumn,
        LastNameColumn,
        PositionColumn,
        DepartmentColumn,
        StateColumn,
        ColumnCount
    };
    enum Roles {
        StateRole = Qt::UserRole + 1, // RecipientState as int
        ComparisonKeyRole,
        ResultRole,     // the outbox result text, empty before sending
        HasProblemRole, // bool: the row will not be sent as it is
        InvalidRole,    // bool: the address or another field is invalid (what "remove invalid" removes)
        InheritedRole,  // bool, department column: the row takes the tab's target
        SourceFileRole, // file name, empty for typed rows
        SourceLineRole, // 1-based line in the file
        SourceTextRole, // the row's original text (CSV line or typed entry)
    };
    using Classify = std::function<QList<ClassifiedRecipient>(const QList<Recipient> &)>;

    explicit RecipientReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What decides each row's state (directory, outbox); by default only the list itself.
    void setClassifier(Classify classify);
    // How a sent row's result reads (with the portal out of reach or not); by default the outbox
    // state's name.
    using ResultText = std::function<QString(const Invitation &, bool portalWaiting)>;
    void setResultText(ResultText text) { m_resultText = std::move(text); }
    void setDepartments(const DepartmentMatcher &departments);
    // The tab's target: shown for rows without a department; extranet rows may not name one.
    void setTarget(const QString &name, bool extranet);

    // The recipients parsed from the typed text (RecipientListParser), in order.
    void setTypedRecipients(const QList<Recipient> &recipients);
    void addImported(const QList<Recipient> &recipients);
    // Removes the rows with an invalid address or field. Returns the typed entries that are left
    // (their source text), for the tab to rewrite its text without the removed ones.
    QStringList removeInvalid();
    void clear();
    // Classifies again (after the directory or the outbox changed).
    void refresh();

    // The rows as they will be sent: departments resolved, classified.
    const QList<ClassifiedRecipient> &recipients() const { return m_rows; }
    int typedCount() const { return int(m_typed.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    int invalidCount() const { return m_invalidCount; } // rows "remove invalid" would remove

    // Imported rows and edits, for the tab's draft; restoreState() takes them back.
    QJsonObject state() const;
    void restoreState(const QJsonObject &state);

    // Results override the state of rows with the same mailbox (EmailAddress::comparisonKey). One
    // dataChanged per call, however many rows it touches: a send answers for many rows at once.
    void setResult(const Invitation &invitation) { setResults({invitation}); }
    void setResults(const QList<Invitation> &invitations);
    void clearResults();
    bool hasResults() const { return !m_results.isEmpty(); }
    bool hasResult(const QString &comparisonKey) const { return m_results.contains(comparisonKey); }
    // While the portal is out of reach, rows on their way read "Waiting for the portal".
    void setPortalWaiting(bool waiting);

Q_SIGNALS:
    // The user changed the rows (an inline edit, "remove invalid"): what the tab's draft keeps.
    void editedByUser();

private:
    Recipient stored(int row) const; // the row as entered and edited, before resolving
    Recipient resolved(Recipient recipient) const;
    QVariant display(const ClassifiedRecipient &entry, int column, bool hasResult,
                     const Invitation &result) const;

    QList<Recipient> m_typed;
    QHash<QString, Recipient> m_typedEdits; // by the typed entry's source text
    QList<Recipient> m_imported;
    QList<ClassifiedRecipient> m_rows;
    Classify m_classify;
    ResultText m_resultText;
    DepartmentMatcher m_departments;
    QString m_targetName;
    bool m_extranet = false;
    int m_invalidCount = 0;
    QHash<QString, Invitation> m_results; // by comparison key
    QMultiHash<QString, int> m_rowsByKey; // rows of each comparison key
    bool m_portalWaiting = false;
};
