#include "invite/invitebyemailtab.h"

#include "invite/csvimportdialog.h"
#include "invite/csvrecipientreader.h"
#include "invite/departmentcombo.h"
#include "invite/draftkeeper.h"
#include "invite/drafttargetchoice.h"
#include "invite/inmemoryknownpeople.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/invitetargetpicker.h"
#include "invite/invitetexts.h"
#include "invite/largesendconfirmation.h"
#include "invite/messagecomposer.h"
#include "invite/recipientlistparser.h"
#include "invite/recipienttablemodel.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const InMemoryKnownPeople &nobodyKnown() {
    static const InMemoryKnownPeople nobody;
    return nobody;
}
} // namespace

InviteByEmailTab::InviteByEmailTab(const InviteDialogContext &context, const KnownPeopleLookup *knownPeople,
                                   const DirectoryReader *directory, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_knownPeople(knownPeople ? knownPeople : &nobodyKnown())
    , m_recipients(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("Import &CSV…"), this))
    , m_table(new QTableView(this))
    , m_model(new RecipientTableModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_target(new InviteTargetPicker(QStringLiteral("email"), context.groups, this))
    , m_targetChoice(new DraftTargetChoice(QStringLiteral("email"), m_target, this))
    , m_composer(new MessageComposer(QStringLiteral("email"), context.templates, this))
    , m_status(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard draft"), this))
    , m_invite(new QPushButton(this))
    , m_classifyTimer(new QTimer(this))
    , m_draft(new DraftKeeper(
          context, QString::fromLatin1(DraftTab), [this](InvitationDraft &draft) { return fillDraft(draft); },
          this)) {
    setObjectName(QStringLiteral("inviteByEmailTab"));

    auto *recipientsLabel = new QLabel(tr("&Recipients:"), this);
    recipientsLabel->setBuddy(m_recipients);
    m_recipients->setObjectName(QStringLiteral("emailRecipients"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setAccessibleDescription(tr(
        "E-mail addresses separated by commas, semicolons, spaces or new lines; Name <address> works too."));
    m_recipients->setPlaceholderText(tr("anna@example.com, Boris Petrov <boris@example.com>; …"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_import->setObjectName(QStringLiteral("emailImportCsv"));
    m_import->setAccessibleName(tr("Import CSV"));
    m_import->setAutoDefault(false);

    m_table->setObjectName(QStringLiteral("emailRecipientTable"));
    m_table->setAccessibleName(tr("Recipients and their state"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RecipientTableModel::AddressColumn,
                                                      QHeaderView::ResizeToContents);

    m_summaryLabel->setObjectName(QStringLiteral("emailSummary"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("emailStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_discard->setObjectName(QStringLiteral("emailDiscard"));
    m_discard->setAccessibleName(tr("Discard draft"));
    m_discard->setAutoDefault(false);
    m_invite->setObjectName(QStringLiteral("emailInvite"));
    m_invite->setToolTip(tr("Ctrl+Enter"));

    auto *recipientsBox = new QWidget(this);
    auto *recipientsLayout = new QGridLayout(recipientsBox);
    recipientsLayout->setContentsMargins(0, 0, 0, 0);
    recipientsLayout->addWidget(recipientsLabel, 0, 0);
    recipientsLayout->addWidget(m_import, 0, 1, Qt::AlignRight);
    recipientsLayout->addWidget(m_recipients, 1, 0, 1, 2);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("emailRecipientsSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(recipientsBox);
    top->addWidget(m_table);
    top->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_invite);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top, 3);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_targetChoice);
    layout->addWidget(m_target);
    layout->addWidget(m_composer, 3);
    layout->addLayout(buttons);

    setTabOrder(m_recipients, m_import);
    setTabOrder(m_import, m_table);

    m_classifyTimer->setSingleShot(true);
    m_classifyTimer->setInterval(150);
    connect(m_classifyTimer, &QTimer::timeout, this, &InviteByEmailTab::classifyNow);
    connect(m_draft, &DraftKeeper::saveFailed, this,
            [this](const QString &reason) { setStatus(tr("The draft could not be saved: %1").arg(reason)); });
    connect(m_recipients, &QPlainTextEdit::textChanged, this, [this] {
        m_classifyTimer->start();
        m_draft->edited();
    });
    connect(m_composer, &MessageComposer::textChanged, m_draft, &DraftKeeper::edited);
    connect(m_composer, &MessageComposer::textChanged, this, &InviteByEmailTab::updateActions);
    // E-mail invitations carry no join link: the portal sends its own.
    QStringList offered = MessageTemplate::knownPlaceholders();
    offered.removeAll(QStringLiteral("join_link"));
    m_composer->setOfferedPlaceholders(offered);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InviteByEmailTab::updatePreviewValues);
    connect(m_target, &InviteTargetPicker::changed, this, [this] {
        updateActions();
        updatePreviewValues();
        m_draft->edited();
    });
    connect(m_import, &QPushButton::clicked, this, &InviteByEmailTab::chooseCsvFile);
    connect(m_discard, &QPushButton::clicked, this, &InviteByEmailTab::discardDraft);
    connect(m_invite, &QPushButton::clicked, this, [this] { invite(); });
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        classifyNow(); // typed just now: do not wait for the pause
        if (m_invite->isEnabled())
            invite();
    });
    auto *sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(sendEnter, &QShortcut::activated, send, &QShortcut::activated);

    connectSender();
    m_target->reloadDepartments(directory);
    settleDraft();
    classifyNow();
}

InviteByEmailTab::~InviteByEmailTab() = default;

void InviteByEmailTab::connectSender() {
    if (!m_context.sender)
        return;
    connect(m_context.sender, &InvitationSender::invitationsChanged, this,
            &InviteByEmailTab::onInvitationsChanged);
    connect(m_context.sender, &InvitationSender::drained, this, [this] { showSendingStatus(); });
    connect(m_context.sender, &InvitationSender::stateChanged, this, [this](InvitationSender::State state) {
        m_model->setPortalWaiting(state == InvitationSender::State::WaitingForPortal);
    });
    connect(m_context.sender, &InvitationSender::portalUnreachable, this, [this](const QString &message) {
        m_model->setPortalWaiting(true);
        showSendingStatus(message);
    });
    connect(m_context.sender, &InvitationSender::storageFailed, this, &InviteByEmailTab::setStatus);
    connect(m_context.sender, &InvitationSender::blocked, this,
            [this](const QString &message) { showSendingStatus(message); });
}

// The stored draft comes back with its own target; the department the dialog was opened for is applied
// or asked about (DraftTargetChoice).
void InviteByEmailTab::settleDraft() {
    m_draft->quietly([this] {
        // A draft keeps its own target: opened for another, the user chooses (keep, use new, fresh).
        m_targetChoice->settle(m_context.department, restoreDraft());
    });
    connect(m_targetChoice, &DraftTargetChoice::answered, this, &InviteByEmailTab::updateActions);
    connect(m_targetChoice, &DraftTargetChoice::startFresh, this, [this] {
        m_draft->forget();
        m_draft->quietly([this] {
            m_recipients->clear();
            m_composer->setText(MessageTemplate::defaultTemplate().text());
            m_target->setExtranet(false);
            m_target->setDepartment(m_context.department->id, m_context.department->name);
        });
        classifyNow();
        setStatus(tr("The draft was discarded."));
    });
}

void InviteByEmailTab::classifyNow() {
    m_classifyTimer->stop();
    const QList<Recipient> parsed = RecipientListParser().parse(m_recipients->toPlainText());
    RecipientClassifier classifier(*m_knownPeople);
    if (m_context.outbox) {
        QSet<QString> pending;
        if (m_context.outbox->pendingKeys(m_context.portal, &pending))
            classifier.setQueuedKeys(pending);
    }
    classifier.setFreeSeats(m_context.freeSeats);
    const QList<ClassifiedRecipient> classified = classifier.classify(parsed);
    m_model->setRecipients(classified);
    m_summary = ClassificationSummary::of(classified);
    // Rows this dialog already sent (or that failed) are not offered again: Invite counts what is left.
    for (const ClassifiedRecipient &entry : classified)
        if (entry.state == RecipientState::Ready && m_model->hasResult(entry.recipient.check.comparisonKey))
            --m_summary.ready;
    m_summaryLabel->setText(parsed.isEmpty()
                                ? tr("Type, paste or import the addresses of the people to invite.")
                                : m_summary.text());
    updateActions();
    updatePreviewValues();
}

void InviteByEmailTab::updateActions() {
    const QString label = m_summary.inviteButtonText();
    m_invite->setText(u'&' + label);
    m_invite->setAccessibleName(label);
    // An unknown placeholder is named once, below the editor; Invite waits until it is fixed.
    m_invite->setEnabled(m_context.outbox && m_summary.toSend() > 0 && m_target->isComplete() &&
                         !m_targetChoice->isPending() && m_composer->messageTemplate().isValid());
}

void InviteByEmailTab::updatePreviewValues() {
    // The selected recipient, else the first one ready.
    Recipient first;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && current.row() < m_model->recipients().size()) {
        first = m_model->recipients().at(current.row()).recipient;
    } else {
        for (const ClassifiedRecipient &entry : m_model->recipients()) {
            if (entry.state == RecipientState::Ready) {
                first = entry.recipient;
                break;
            }
        }
    }
    m_composer->setPreviewInput(
        {m_context.portalName, m_context.inviterName, m_context.inviterEmail, {}, {}});
    m_composer->setPreviewValues(TemplateValues::forRecipient(
        first, m_context.portalName, m_context.inviterName, m_target->targetName(), QString()));
}

bool InviteByEmailTab::invite() {
    classifyNow();
    if (!m_context.outbox) {
        setStatus(tr("Nothing can be sent: the outbox is not available."));
        return false;
    }
    if (const QString problem = m_target->problem(); !problem.isEmpty()) {
        setStatus(problem);
        return false;
    }
    const MessageTemplate message = m_composer->messageTemplate();
    if (!message.isValid())
        return false; // the composer names the unknown placeholder, once
    QList<NewInvitation> invitations;
    const QString target = m_target->targetName();
    for (const ClassifiedRecipient &entry : m_model->recipients()) {
        if (entry.state != RecipientState::Ready || m_model->hasResult(entry.recipient.check.comparisonKey))
            continue;
        invitations << newInvitation(entry.recipient, message, target);
    }
    if (invitations.isEmpty()) {
        setStatus(tr("Nobody in the list is ready to be invited."));
        return false;
    }
    if (!m_sendConfirmed && LargeSendConfirmation::isNeeded(m_context, int(invitations.size()))) {
        setStatus(tr("Waiting for you to confirm the send."));
        LargeSendConfirmation::ask(this, m_context, int(invitations.size()), target, [this] {
            m_sendConfirmed = true; // the list is built again: it may have changed meanwhile
            invite();
            m_sendConfirmed = false;
        });
        return false;
    }
    EnqueueReport report;
    if (!m_context.outbox->enqueue(invitations, &report)) {
        setStatus(tr("The invitations could not be written to the outbox, so nothing was sent: %1")
                      .arg(m_context.outbox->lastError()));
        return false;
    }
    // One read of the queued rows, not one per row: a send may hold thousands.
    const QSet<qint64> queuedIds(report.queuedIds.cbegin(), report.queuedIds.cend());
    QList<Invitation> queued;
    QList<Invitation> rows;
    if (m_context.outbox->invitations(m_context.portal, InvitationState::Queued, &rows))
        for (const Invitation &row : std::as_const(rows))
            if (queuedIds.contains(row.id))
                queued << row;
    m_progress.begin(queued, int(m_model->recipients().size()) - int(queued.size()));
    m_rightsRefused = false;
    m_model->setResults(queued);
    discardDraft();
    classifyNow();
    if (m_context.sender)
        m_context.sender->start();
    showSendingStatus();
    return true;
}

NewInvitation InviteByEmailTab::newInvitation(const Recipient &r, const MessageTemplate &message,
                                              const QString &target) const {
    NewInvitation invitation;
    invitation.portal = m_context.portal;
    invitation.email = r.email;
    invitation.firstName = r.firstName;
    invitation.middleName = r.middleName;
    invitation.lastName = r.lastName;
    invitation.position = r.position;
    if (const qint64 id = m_target->departmentId(); id != 0)
        invitation.departmentIds << int(id);
    invitation.departmentName = target;
    invitation.extranet = m_target->isExtranet();
    invitation.groupIds = m_target->groupIds();
    invitation.message = message.fill(
        TemplateValues::forRecipient(r, m_context.portalName, m_context.inviterName, target, QString()));
    invitation.tab = QString::fromLatin1(DraftTab);
    invitation.inviter = m_context.inviterName;
    return invitation;
}

void InviteByEmailTab::onInvitationsChanged(const QList<qint64> &ids) {
    if (!m_context.outbox)
        return;
    // One model update per answer of the sender, touching only the rows it names.
    QList<qint64> ours;
    for (const qint64 id : ids)
        if (m_progress.contains(id))
            ours << id;
    QList<Invitation> changed;
    if (ours.isEmpty() || !m_context.outbox->invitations(ours, &changed) || changed.isEmpty())
        return;
    bool rights = false;
    for (const Invitation &row : std::as_const(changed)) {
        m_progress.update(row);
        rights = rights || row.failure.kind == InvitationFailureKind::Rights;
    }
    m_model->setResults(changed);
    m_rightsRefused = m_rightsRefused || rights;
    showSendingStatus();
    if (rights)
        Q_EMIT rightsRefused();
}

void InviteByEmailTab::showSendingStatus(const QString &note) {
    if (m_progress.isEmpty())
        return;
    QString text = note.isEmpty() ? m_progress.text() : tr("%1 — %2").arg(m_progress.text(), note);
    if (m_rightsRefused)
        text += u'\n' + InviteTexts::rightsExplanation();
    setStatus(text);
}

void InviteByEmailTab::setStatus(const QString &text) {
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void InviteByEmailTab::chooseCsvFile() {
    auto *dialog = new QFileDialog(this, tr("Import recipients"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { importCsvFile(path); });
    dialog->open();
}

CsvImportDialog *InviteByEmailTab::importCsvFile(const QString &path) {
    const CsvRecipientImport import = CsvRecipientReader().readFile(path);
    auto *dialog = new CsvImportDialog(path, import, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString text = m_recipients->toPlainText();
        if (!text.isEmpty() && !text.endsWith(u'\n'))
            text += u'\n';
        text += dialog->recipientLines().join(u'\n');
        m_recipients->setPlainText(text);
        classifyNow();
    });
    dialog->open();
    return dialog;
}

void InviteByEmailTab::saveDraftNow() {
    m_draft->saveNow();
}

bool InviteByEmailTab::fillDraft(InvitationDraft &draft) const {
    if (m_recipients->toPlainText().trimmed().isEmpty() &&
        m_composer->text() == MessageTemplate::defaultTemplate().text())
        return false; // untouched
    draft.recipients = m_recipients->toPlainText();
    draft.message = m_composer->text();
    draft.templateName = m_composer->templateName();
    m_target->saveTo(&draft);
    return true;
}

bool InviteByEmailTab::restoreDraft() {
    const std::optional<InvitationDraft> draft = m_draft->stored();
    if (!draft)
        return false;
    m_recipients->setPlainText(draft->recipients);
    m_composer->setText(draft->message);
    m_composer->setTemplateName(draft->templateName);
    m_target->restoreFrom(*draft);
    setStatus(tr("Restored the draft saved %1.")
                  .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void InviteByEmailTab::discardDraft() {
    m_draft->forget();
    if (!m_progress.isEmpty())
        return; // after sending, keep the list visible with its results
    m_draft->quietly([this] {
        m_recipients->clear();
        m_composer->setText(MessageTemplate::defaultTemplate().text());
    });
    classifyNow();
    setStatus(tr("The draft was discarded."));
}
