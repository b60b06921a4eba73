#pragma once

#include "invite/invitationsender.h"
#include "invite/invitedialogcontext.h"

#include <QWidget>

class OutboxTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Every invitation of the portal with its state and result in the user's words, and control over the
// send in progress: pause, resume, cancel what is still queued. Filters by state with the count of
// each; failures are marked, and the selected row's whole result is shown below the table. Failed
// ones can be retried or discarded, and the audit log exported as CSV (to Documents by default).
class OutboxView : public QWidget {
    Q_OBJECT
public:
    explicit OutboxView(const InviteDialogContext &context, QWidget *parent = nullptr);

    OutboxTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool retrySelected();
    bool discardSelected();
    bool exportAuditLog(const QString &path);
    void refresh();
    void pause();
    void resume();
    // Discards every invitation still queued (those in flight finish).
    bool cancelRest();
    // Where "Export audit log…" proposes to save.
    static QString defaultExportPath();

private:
    void buildLayout();
    void connectSignals();
    void updateActions();
    void updateCounts();
    void updateDetails();
    void showSenderState();
    void chooseExportFile();
    QList<const Invitation *> selectedInvitations() const;

    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    OutboxTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancelRest;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_export;
    QString m_unreachableReason;
    bool m_paused = false;
};
