#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class RecipientProblemFilter;
class RecipientReviewModel;

// The review grid of the Invite by Email tab: the recipients with every field that will be sent,
// editable in place, with "show problems only", "remove invalid" and a way back from a row to where
// it came from (the line of the imported file, or the entry in the typed text).
class RecipientReviewGrid : public QWidget {
    Q_OBJECT
public:
    RecipientReviewGrid(RecipientReviewModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // "Show problems only", "Show source" and "Remove invalid" in a row: above the table unless the
    // tab places the row elsewhere (on the row of its own buttons, so the grid takes less height).
    QWidget *tools() const { return m_tools; }
    // The review model's index of a cell of the table (which may show problems only).
    QModelIndex sourceIndex(const QModelIndex &tableIndex) const;
    // Shows where the current row came from; a typed row asks the tab to select it in the text.
    void showSource();

Q_SIGNALS:
    // "Remove invalid" removed typed entries: these are the entries left, in order.
    void typedEntriesKept(const QStringList &sources);
    void typedEntryRequested(const QString &source);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTable(); // names, editing, selection, header sizing and the hidden columns
    void updateActions();
    void fitColumns();

    RecipientReviewModel *m_model;
    RecipientProblemFilter *m_filter;
    QCheckBox *m_problemsOnly;
    QPushButton *m_removeInvalid;
    QPushButton *m_showSource;
    QTableView *m_table;
    QLabel *m_source;
    QWidget *m_tools;
};
