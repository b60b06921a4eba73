#pragma once

#include "invite/invitedialogcontext.h"

#include <QWidget>

class OutboxTableModel;
class QLabel;
class QPushButton;
class QTableView;

// Every invitation of the portal with its state and result in the user's words; failed ones can be
// retried or discarded, and the audit log exported as CSV.
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

private:
    void updateActions();
    void chooseExportFile();

    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    OutboxTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_export;
};
