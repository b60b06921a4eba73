#include "invite/outboxview.h"

#include "common/logging.h"
#include "invite/invitationauditlog.h"
#include "invite/invitationoutbox.h"
#include "invite/invitetexts.h"
#include "invite/outboxtablemodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QPushButton *button(const QString &text, const QString &name, const QString &accessible, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}
} // namespace

OutboxView::OutboxView(const InviteDialogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OutboxTableModel(context.outbox, context.portal, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
    , m_pause(button(tr("&Pause"), QStringLiteral("outboxPause"), tr("Pause sending"), this))
    , m_resume(button(tr("Res&ume"), QStringLiteral("outboxResume"), tr("Resume sending"), this))
    , m_cancelRest(button(tr("Cancel &the rest"), QStringLiteral("outboxCancelRest"),
                          tr("Cancel the invitations not sent yet"), this))
    , m_retry(button(tr("&Retry"), QStringLiteral("outboxRetry"), tr("Retry"), this))
    , m_discard(button(tr("&Discard"), QStringLiteral("outboxDiscard"), tr("Discard"), this))
    , m_export(
          button(tr("&Export audit log…"), QStringLiteral("outboxExport"), tr("Export audit log"), this)) {
    setObjectName(QStringLiteral("outboxView"));
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->setAccessibleName(tr("Show invitations"));
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(OutboxTableModel::GroupRole);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Invitations and their results"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("The selected invitation's result"));
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_export->setEnabled(context.auditLog != nullptr);

    buildLayout();
    connectSignals();
    refresh();
    showSenderState();
}

void OutboxView::buildLayout() {
    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_counts, 1);
    auto *sending = new QHBoxLayout;
    sending->addWidget(m_status, 1);
    for (QPushButton *b : {m_pause, m_resume, m_cancelRest})
        sending->addWidget(b);
    auto *rows = new QHBoxLayout;
    rows->addStretch(1);
    for (QPushButton *b : {m_retry, m_discard, m_export})
        rows->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the window around the view gives the margins
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(sending);
    layout->addLayout(rows);
}

void OutboxView::connectSignals() {
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant group = m_filter->currentData();
        m_proxy->setFilterFixedString(group.isValid() ? QString::number(group.toInt()) : QString());
        updateActions();
    });
    connect(m_pause, &QPushButton::clicked, this, &OutboxView::pause);
    connect(m_resume, &QPushButton::clicked, this, &OutboxView::resume);
    connect(m_cancelRest, &QPushButton::clicked, this, [this] { cancelRest(); });
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discardSelected(); });
    connect(m_export, &QPushButton::clicked, this, &OutboxView::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutboxView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxView::updateDetails);
    connect(m_model, &OutboxTableModel::countsChanged, this, &OutboxView::updateCounts);
    if (InvitationSender *sender = m_context.sender) {
        // One model update per answer of the sender, touching only the rows it names.
        connect(sender, &InvitationSender::invitationsChanged, m_model, &OutboxTableModel::update);
        connect(sender, &InvitationSender::stateChanged, this, &OutboxView::showSenderState);
        connect(sender, &InvitationSender::portalUnreachable, this, [this](const InviteError &reason) {
            m_unreachableReason = reason.userMessage();
            showSenderState();
        });
        connect(sender, &InvitationSender::blocked, this, &OutboxView::showSenderState);
        connect(sender, &InvitationSender::storageFailed, this, &OutboxView::showSenderState);
    }
}

void OutboxView::refresh() {
    if (const InviteResult<void> read = m_model->refresh(); !read)
        m_status->setText(tr("The outbox could not be read: %1").arg(read.error().userMessage()));
    m_table->resizeColumnsToContents();
    updateActions();
    updateDetails();
}

void OutboxView::updateCounts() {
    using G = OutboxTableModel::Group;
    const int waiting = m_model->count(G::Waiting), sent = m_model->count(G::Sent),
              failed = m_model->count(G::Failed), discarded = m_model->count(G::Discarded);
    const QList<std::pair<QString, QVariant>> items{{tr("All (%1)").arg(m_model->rowCount()), QVariant()},
                                                    {tr("Waiting (%1)").arg(waiting), int(G::Waiting)},
                                                    {tr("Sent (%1)").arg(sent), int(G::Sent)},
                                                    {tr("Failed (%1)").arg(failed), int(G::Failed)},
                                                    {tr("Discarded (%1)").arg(discarded), int(G::Discarded)}};
    if (m_filter->count() != items.size()) {
        for (const auto &[text, group] : items)
            m_filter->addItem(text, group);
    } else {
        for (int i = 0; i < items.size(); ++i)
            m_filter->setItemText(i, items.at(i).first);
    }
    const QString counts = tr("Waiting %1 · sent %2 · failed %3 · discarded %4")
                               .arg(waiting)
                               .arg(sent)
                               .arg(failed)
                               .arg(discarded);
    m_counts->setText(counts);
    m_counts->setAccessibleName(counts);
    updateActions();
}

void OutboxView::updateDetails() {
    const QModelIndex current = m_table->currentIndex();
    const Invitation *row =
        current.isValid() ? m_model->invitationAt(m_proxy->mapToSource(current).row()) : nullptr;
    const QString text = row ? tr("%1: %2").arg(row->email, m_model
                                                                ->index(m_proxy->mapToSource(current).row(),
                                                                        OutboxTableModel::ResultColumn)
                                                                .data()
                                                                .toString())
                             : tr("Select an invitation to read its whole result here.");
    m_details->setText(text);
    m_details->setAccessibleDescription(text);
}

QList<const Invitation *> OutboxView::selectedInvitations() const {
    QList<const Invitation *> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const Invitation *row = m_model->invitationAt(m_proxy->mapToSource(index).row()))
            rows << row;
    return rows;
}

void OutboxView::updateActions() {
    bool canRetry = false, canDiscard = false;
    for (const Invitation *row : selectedInvitations()) {
        canRetry =
            canRetry || row->state == InvitationState::Failed || row->state == InvitationState::NeedsReview;
        canDiscard = canDiscard || row->state == InvitationState::Failed ||
                     row->state == InvitationState::NeedsReview || row->state == InvitationState::Queued;
    }
    m_retry->setEnabled(canRetry);
    m_discard->setEnabled(canDiscard);
    const bool waiting = m_model->count(OutboxTableModel::Group::Waiting) > 0;
    const bool canSend = m_context.sender && m_context.outbox;
    using S = InvitationSender::State;
    const S state = canSend ? m_context.sender->state() : S::Idle;
    const bool stopped =
        state == S::Idle || state == S::WaitingForPortal || state == S::Blocked || state == S::StorageFailed;
    m_pause->setEnabled(canSend && waiting && !m_paused && !stopped);
    m_resume->setEnabled(canSend && waiting && (m_paused || stopped));
    m_cancelRest->setEnabled(canSend && waiting);
}

void OutboxView::showSenderState() {
    using S = InvitationSender::State;
    const S state = m_context.sender ? m_context.sender->state() : S::Idle;
    if (state != S::WaitingForPortal)
        m_unreachableReason.clear();
    m_model->setPortalWaiting(state == S::WaitingForPortal);
    QString text;
    switch (state) {
    case S::Idle:
        text = m_paused ? tr("Paused. Resume sends the invitations still waiting.") : QString();
        break;
    case S::Reconciling:
    case S::Sending:
        text = m_paused ? tr("Pausing after the invitations on their way…") : tr("Sending…");
        break;
    case S::WaitingForRateLimit:
        text = tr("The portal asked to slow down; sending continues shortly.");
        break;
    case S::WaitingForPortal:
        // Said once here; the rows only read "Waiting for the portal".
        text = m_unreachableReason.isEmpty()
                   ? InviteTexts::waitingForPortal()
                   : tr("%1: %2").arg(InviteTexts::waitingForPortal(), m_unreachableReason);
        break;
    case S::Blocked:
    case S::StorageFailed:
        text = m_context.sender->stopReason() ? m_context.sender->stopReason()->userMessage() : QString();
        break;
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
    updateActions();
}

void OutboxView::pause() {
    if (!m_context.sender)
        return;
    m_paused = true;
    m_context.sender->stop();
    showSenderState();
}

void OutboxView::resume() {
    if (!m_context.sender)
        return;
    m_paused = false;
    m_context.sender->resume();
    showSenderState();
}

bool OutboxView::cancelRest() {
    if (!m_context.outbox)
        return false;
    const InviteResult<QList<qint64>> cancelled = m_context.sender
                                                      ? m_context.sender->cancelQueued()
                                                      : m_context.outbox->discardQueued(m_context.portal);
    if (!cancelled) {
        m_status->setText(tr("The outbox could not be changed: %1").arg(cancelled.error().userMessage()));
        return false;
    }
    const QList<qint64> &discarded = cancelled.value();
    if (!m_context.sender)
        m_model->update(discarded);
    m_status->setText(tr("%n invitation(s) not sent yet were cancelled.", nullptr, int(discarded.size())));
    updateActions();
    return !discarded.isEmpty();
}

bool OutboxView::retrySelected() {
    int retried = 0, refused = 0;
    std::optional<InviteError> trouble; // a failure other than the row having changed
    for (const Invitation *row : selectedInvitations()) {
        if (row->state != InvitationState::Failed && row->state != InvitationState::NeedsReview)
            continue;
        const InviteResult<void> done = m_context.outbox->retry(row->id);
        (done ? retried : refused) += 1;
        if (!done && done.error().kind() != InviteError::Kind::NotChangeable)
            trouble = done.error();
    }
    refresh();
    if (trouble)
        m_status->setText(tr("The outbox could not be changed: %1").arg(trouble->userMessage()));
    else
        m_status->setText(refused == 0 ? tr("%n invitation(s) will be sent again.", nullptr, retried)
                                       : tr("%n invitation(s) could not be retried: the address is pending "
                                            "in another invitation.",
                                            nullptr, refused));
    if (retried > 0 && m_context.sender) {
        m_paused = false;
        m_context.sender->start();
    }
    return retried > 0;
}

bool OutboxView::discardSelected() {
    int discarded = 0;
    QList<qint64> ids;
    for (const Invitation *row : selectedInvitations())
        ids << row->id;
    std::optional<InviteError> trouble; // a failure other than the row having changed
    for (const qint64 id : std::as_const(ids)) {
        const InviteResult<void> done = m_context.outbox->discard(id);
        discarded += done ? 1 : 0;
        if (!done && done.error().kind() != InviteError::Kind::NotChangeable)
            trouble = done.error();
    }
    refresh();
    if (trouble)
        m_status->setText(tr("The outbox could not be changed: %1").arg(trouble->userMessage()));
    else
        m_status->setText(tr("%n invitation(s) discarded; they will not be sent.", nullptr, discarded));
    return discarded > 0;
}

bool OutboxView::exportAuditLog(const QString &path) {
    if (!m_context.auditLog)
        return false;
    const InviteResult<void> saved = m_context.auditLog->exportCsv(m_context.portal, path);
    if (!saved)
        qCWarning(lcUi).noquote() << "audit log export:" << saved.error().logText();
    m_status->setText(saved ? tr("Audit log saved to %1.").arg(QDir::toNativeSeparators(path))
                            : tr("The audit log could not be saved: %1").arg(saved.error().userMessage()));
    return saved.ok();
}

QString OutboxView::defaultExportPath() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("invitations-audit.csv"));
}

void OutboxView::chooseExportFile() {
    auto *dialog =
        new QFileDialog(this, tr("Export audit log"), defaultExportPath(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("auditFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportAuditLog(path); });
    dialog->open();
}
