#include "invite/outboxview.h"

#include "invite/invitationauditlog.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxtablemodel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

OutboxView::OutboxView(const InviteDialogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OutboxTableModel(context.outbox, context.portal, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_export(new QPushButton(tr("&Export audit log…"), this)) {
    setObjectName(QStringLiteral("outboxView"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Invitations and their results"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_discard->setAccessibleName(tr("Discard"));
    m_export->setObjectName(QStringLiteral("outboxExport"));
    m_export->setAccessibleName(tr("Export audit log"));
    m_export->setEnabled(context.auditLog != nullptr);
    for (QPushButton *b : {m_retry, m_discard, m_export})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discardSelected(); });
    connect(m_export, &QPushButton::clicked, this, &OutboxView::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxView::updateActions);
    if (context.sender)
        connect(context.sender, &InvitationSender::invitationsChanged, this, &OutboxView::refresh);
    refresh();
}

void OutboxView::refresh() {
    if (!m_model->refresh())
        m_status->setText(tr("The outbox could not be read: %1")
                              .arg(m_context.outbox ? m_context.outbox->lastError() : tr("no outbox")));
    m_table->resizeColumnsToContents();
    updateActions();
}

void OutboxView::updateActions() {
    bool canRetry = false, canDiscard = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const Invitation *row = m_model->invitationAt(index.row());
        if (!row)
            continue;
        canRetry =
            canRetry || row->state == InvitationState::Failed || row->state == InvitationState::NeedsReview;
        canDiscard = canDiscard || row->state == InvitationState::Failed ||
                     row->state == InvitationState::NeedsReview || row->state == InvitationState::Queued;
    }
    m_retry->setEnabled(canRetry);
    m_discard->setEnabled(canDiscard);
}

bool OutboxView::retrySelected() {
    int retried = 0, refused = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const Invitation *row = m_model->invitationAt(index.row());
        if (row && (row->state == InvitationState::Failed || row->state == InvitationState::NeedsReview))
            (m_context.outbox->retry(row->id) ? retried : refused) += 1;
    }
    refresh();
    m_status->setText(refused == 0 ? tr("%n invitation(s) will be sent again.", nullptr, retried)
                                   : tr("%n invitation(s) could not be retried: the address is pending in "
                                        "another invitation.",
                                        nullptr, refused));
    if (retried > 0 && m_context.sender)
        m_context.sender->start();
    return retried > 0;
}

bool OutboxView::discardSelected() {
    int discarded = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const Invitation *row = m_model->invitationAt(index.row()))
            discarded += m_context.outbox->discard(row->id) ? 1 : 0;
    refresh();
    m_status->setText(tr("%n invitation(s) discarded; they will not be sent.", nullptr, discarded));
    return discarded > 0;
}

bool OutboxView::exportAuditLog(const QString &path) {
    if (!m_context.auditLog)
        return false;
    const bool ok = m_context.auditLog->exportCsv(m_context.portal, path);
    m_status->setText(ok ? tr("Audit log saved to %1.").arg(QDir::toNativeSeparators(path))
                         : tr("The audit log could not be saved: %1").arg(m_context.auditLog->lastError()));
    return ok;
}

void OutboxView::chooseExportFile() {
    auto *dialog = new QFileDialog(this, tr("Export audit log"), QStringLiteral("invitations-audit.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportAuditLog(path); });
    dialog->open();
}
