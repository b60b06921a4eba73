#include "invite/invitebyemailtab.h"

#include "invite/csvimportdialog.h"
#include "invite/csvrecipientreader.h"
#include "invite/departmentcombo.h"
#include "invite/draftkeeper.h"
#include "invite/drafttargetchoice.h"
#include "invite/inmemoryknownpeople.h"
#include "invite/invitationbuilder.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationqueuejob.h"
#include "invite/invitationsender.h"
#include "invite/invitedefaults.h"
#include "invite/invitetargetpicker.h"
#include "invite/invitetexts.h"
#include "invite/largesendconfirmation.h"
#include "invite/messagecomposer.h"
#include "invite/recipientlistparser.h"
#include "invite/recipientreviewgrid.h"
#include "invite/recipientreviewmodel.h"
#include "invite/templatelibrary.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const InMemoryKnownPeople &nobodyKnown() {
    static const InMemoryKnownPeople nobody;
    return nobody;
}

const QString ReviewField = QStringLiteral("review"); // the grid's part of the draft's fields
} // namespace

InviteByEmailTab::InviteByEmailTab(const InviteDialogContext &context, const KnownPeopleLookup *knownPeople,
                                   const DirectoryReader *directory, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_knownPeople(knownPeople ? knownPeople : &nobodyKnown())
    , m_recipients(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("Import &CSV…"), this))
    , m_saveTemplate(new QPushButton(tr("Save a &template…"), this))
    , m_model(new RecipientReviewModel(this))
    , m_grid(new RecipientReviewGrid(m_model, this))
    , m_summaryLabel(new QLabel(this))
    , m_target(new InviteTargetPicker(QStringLiteral("email"), context.groups, this))
    , m_targetChoice(new DraftTargetChoice(QStringLiteral("email"), m_target, this))
    , m_composer(new MessageComposer(QStringLiteral("email"), context.templates, this))
    , m_status(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard draft"), this))
    , m_stopQueuing(new QPushButton(tr("&Stop sending"), this))
    , m_invite(new QPushButton(this))
    , m_classifyTimer(new QTimer(this))
    , m_draft(new DraftKeeper(
          context, QString::fromLatin1(DraftTab), [this](InvitationDraft &draft) { return fillDraft(draft); },
          this)) {
    setObjectName(QStringLiteral("inviteByEmailTab"));

    auto *recipientsLabel = new QLabel(tr("&Recipients:"), this);
    recipientsLabel->setBuddy(m_recipients);
    nameControls();
    layOut(recipientsLabel);
    connectControls();
    connectSender();
    m_target->reloadDepartments(directory);
    setUpReview();
    settleDraft();
    classifyNow();
}

void InviteByEmailTab::nameControls() {
    m_recipients->setObjectName(QStringLiteral("emailRecipients"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_recipients->setAccessibleDescription(tr(
        "E-mail addresses separated by commas, semicolons, spaces or new lines; Name <address> works too."));
    m_recipients->setPlaceholderText(tr("anna@example.com, Boris Petrov <boris@example.com>; …"));
    m_recipients->setTabChangesFocus(true);
    m_recipients->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_import->setObjectName(QStringLiteral("emailImportCsv"));
    m_import->setAccessibleName(tr("Import CSV"));
    m_import->setAutoDefault(false);
    m_saveTemplate->setObjectName(
        QStringLiteral("emailSaveCsvTemplate")); // the composer has emailSaveTemplate
    m_saveTemplate->setAccessibleName(tr("Save a template CSV file"));
    m_saveTemplate->setToolTip(tr("A CSV file with the columns the import recognises, to fill in"));
    m_saveTemplate->setAutoDefault(false);

    m_summaryLabel->setObjectName(QStringLiteral("emailSummary"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("emailStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_discard->setObjectName(QStringLiteral("emailDiscard"));
    m_discard->setAccessibleName(tr("Discard draft"));
    m_discard->setAutoDefault(false);
    m_stopQueuing->setObjectName(QStringLiteral("emailStopQueuing"));
    m_stopQueuing->setAccessibleName(tr("Stop sending"));
    m_stopQueuing->setToolTip(tr("Queue no more and cancel the invitations not sent yet"));
    m_stopQueuing->setAutoDefault(false);
    m_stopQueuing->hide();
    m_invite->setObjectName(QStringLiteral("emailInvite"));
    m_invite->setToolTip(tr("Ctrl+Enter"));
}

void InviteByEmailTab::connectControls() {
    m_classifyTimer->setSingleShot(true);
    m_classifyTimer->setInterval(150);
    connect(m_classifyTimer, &QTimer::timeout, this, &InviteByEmailTab::classifyNow);
    connect(m_draft, &DraftKeeper::saveFailed, this, [this](const InviteError &error) {
        setStatus(tr("The draft could not be saved: %1").arg(error.userMessage()));
    });
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
    connect(m_target, &InviteTargetPicker::changed, this, [this] {
        m_model->setTarget(m_target->targetName(), m_target->isExtranet());
        showSummary();
        updatePreviewValues();
        m_draft->edited();
    });
    connect(m_import, &QPushButton::clicked, this, &InviteByEmailTab::chooseCsvFile);
    connect(m_discard, &QPushButton::clicked, this, &InviteByEmailTab::discardDraft);
    connect(m_stopQueuing, &QPushButton::clicked, this, &InviteByEmailTab::stopQueuing);
    connect(m_invite, &QPushButton::clicked, this, [this] { invite(); });
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        classifyNow(); // typed just now: do not wait for the pause
        if (m_invite->isEnabled())
            invite();
    });
    auto *sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(sendEnter, &QShortcut::activated, send, &QShortcut::activated);
}

InviteByEmailTab::~InviteByEmailTab() = default;

void InviteByEmailTab::layOut(QLabel *recipientsLabel) {
    // One row of buttons above the text and the grid (the grid's tools on the right), so that the
    // grid takes the width and the recipients take no more height than the grid itself.
    auto *topButtons = new QHBoxLayout;
    topButtons->addWidget(recipientsLabel);
    topButtons->addWidget(m_import);
    topButtons->addWidget(m_saveTemplate);
    topButtons->addStretch(1);
    topButtons->addWidget(m_grid->tools());
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("emailRecipientsSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(m_recipients);
    top->addWidget(m_grid);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_stopQueuing);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_invite);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topButtons);
    layout->addWidget(top, 3);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_targetChoice);
    layout->addWidget(m_target);
    layout->addWidget(m_composer, 3);
    layout->addLayout(buttons);

    setTabOrder(m_recipients, m_import);
    setTabOrder(m_import, m_saveTemplate);
    setTabOrder(m_saveTemplate,
                m_grid->tools()->findChild<QCheckBox *>()); // then the table, as the grid orders
}

void InviteByEmailTab::setUpReview() {
    m_model->setResultText(&InviteTexts::resultText);
    // The preview follows the selected recipient.
    connect(m_grid->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InviteByEmailTab::updatePreviewValues);
    m_model->setClassifier([this](const QList<Recipient> &recipients) {
        RecipientClassifier classifier(*m_knownPeople);
        if (m_context.outbox) {
            if (const InviteResult<QSet<QString>> pending = m_context.outbox->pendingKeys(m_context.portal))
                classifier.setQueuedKeys(pending.value());
        }
        classifier.setFreeSeats(m_context.freeSeats);
        return classifier.classify(recipients);
    });
    m_model->setDepartments(DepartmentMatcher(m_target->departmentCombo()->departments()));
    m_model->setTarget(m_target->targetName(), m_target->isExtranet());
    connect(m_saveTemplate, &QPushButton::clicked, this, &InviteByEmailTab::chooseTemplateFile);
    connect(m_model, &RecipientReviewModel::editedByUser, m_draft, &DraftKeeper::edited);
    connect(m_grid, &RecipientReviewGrid::typedEntriesKept, this, [this](const QStringList &kept) {
        m_recipients->setPlainText(kept.join(u'\n'));
        classifyNow();
    });
    connect(m_grid, &RecipientReviewGrid::typedEntryRequested, this, &InviteByEmailTab::selectTypedEntry);
}

void InviteByEmailTab::connectSender() {
    if (!m_context.sender)
        return;
    connect(m_context.sender, &InvitationSender::invitationsChanged, this,
            &InviteByEmailTab::onInvitationsChanged);
    connect(m_context.sender, &InvitationSender::drained, this, [this] { showSendingStatus(); });
    connect(m_context.sender, &InvitationSender::stateChanged, this, [this](InvitationSender::State state) {
        m_model->setPortalWaiting(state == InvitationSender::State::WaitingForPortal);
    });
    connect(m_context.sender, &InvitationSender::portalUnreachable, this, [this](const InviteError &error) {
        m_model->setPortalWaiting(true);
        showSendingStatus(error.userMessage());
    });
    connect(m_context.sender, &InvitationSender::storageFailed, this,
            [this](const InviteError &error) { setStatus(error.userMessage()); });
    connect(m_context.sender, &InvitationSender::blocked, this,
            [this](const InviteError &error) { showSendingStatus(error.userMessage()); });
}

// The stored draft comes back with its own target; the department the dialog was opened for is applied
// or asked about (DraftTargetChoice).
void InviteByEmailTab::settleDraft() {
    m_draft->quietly([this] {
        startMessage();
        // Rows without a department join the default one from Preferences, while the directory still
        // has it; the department the dialog was opened for, or a restored draft's target, comes first.
        const std::optional<DepartmentEntry> preferred =
            InviteDefaults(m_context.settings, m_context.portal)
                .department(m_target->departmentCombo()->departments());
        if (preferred && !m_context.department)
            m_target->setDepartment(preferred->id, preferred->name);
        // A draft keeps its own target: opened for another, the user chooses (keep, use new, fresh).
        m_targetChoice->settle(m_context.department, restoreDraft());
    });
    connect(m_targetChoice, &DraftTargetChoice::answered, this, &InviteByEmailTab::updateActions);
    connect(m_targetChoice, &DraftTargetChoice::startFresh, this, [this] {
        m_draft->forget();
        m_draft->quietly([this] {
            m_model->clear();
            m_recipients->clear();
            startMessage();
            m_target->setExtranet(false);
            m_target->setDepartment(m_context.department->id, m_context.department->name);
        });
        classifyNow();
        setStatus(tr("The draft was discarded."));
    });
}

void InviteByEmailTab::classifyNow() {
    m_classifyTimer->stop();
    m_model->setTypedRecipients(RecipientListParser().parse(m_recipients->toPlainText()));
    showSummary();
}

void InviteByEmailTab::showSummary() {
    m_summary = ClassificationSummary::of(m_model->recipients());
    // Rows this dialog already sent (or that failed) are not offered again: Invite counts what is left.
    for (const ClassifiedRecipient &entry : m_model->recipients())
        if (entry.state == RecipientState::Ready && m_model->hasResult(entry.recipient.check.comparisonKey))
            --m_summary.ready;
    m_summaryLabel->setText(m_model->isEmpty()
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
    m_invite->setEnabled(m_context.outbox && !m_queueJob && m_summary.toSend() > 0 &&
                         m_target->isComplete() && !m_targetChoice->isPending() &&
                         m_composer->messageTemplate().isValid());
}

void InviteByEmailTab::updatePreviewValues() {
    // The selected recipient, else the first one ready.
    Recipient first;
    const QModelIndex current = m_grid->sourceIndex(m_grid->table()->currentIndex());
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
    // user.add: the portal sends its own invitation around the message (InvitationMail::Portal).
    m_composer->setPreviewInput(
        {m_context.portalName, m_context.inviterName, m_context.inviterEmail, {}, InvitationMail::Portal});
    m_composer->setPreviewValues(TemplateValues::forRecipient(
        first, m_context.portalName, m_context.inviterName, m_target->targetName(), QString()));
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
    auto *dialog = new CsvImportDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_model->addImported(dialog->recipients());
        showSummary();
        m_draft->edited();
    });
    dialog->open();
    return dialog;
}

void InviteByEmailTab::chooseTemplateFile() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save a template"), folder + QStringLiteral("/recipients.csv"),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("templateFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveTemplate(path); });
    dialog->open();
}

bool InviteByEmailTab::saveTemplate(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(CsvRecipientReader::templateFile()) < 0 || !file.flush()) {
        setStatus(tr("The template could not be saved: %1").arg(file.errorString()));
        return false;
    }
    setStatus(tr("Saved a template to %1. Fill it in and import it.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void InviteByEmailTab::selectTypedEntry(const QString &source) {
    const qsizetype at = source.isEmpty() ? -1 : m_recipients->toPlainText().indexOf(source);
    if (at < 0)
        return;
    QTextCursor cursor(m_recipients->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + source.size()), QTextCursor::KeepAnchor);
    m_recipients->setTextCursor(cursor);
    m_recipients->setFocus(Qt::OtherFocusReason);
}

void InviteByEmailTab::saveDraftNow() {
    m_draft->saveNow();
}

bool InviteByEmailTab::fillDraft(InvitationDraft &draft) const {
    const QJsonObject review = m_model->state();
    const bool noRows = review.value(QStringLiteral("imported")).toArray().isEmpty() &&
                        review.value(QStringLiteral("edits")).toArray().isEmpty();
    if (noRows && m_recipients->toPlainText().trimmed().isEmpty() && m_composer->text() == m_startText)
        return false; // untouched
    draft.recipients = m_recipients->toPlainText();
    draft.fields.insert(ReviewField, review);
    draft.message = m_composer->text();
    draft.templateName = m_composer->templateName();
    m_target->saveTo(&draft);
    return true;
}

bool InviteByEmailTab::restoreDraft() {
    const std::optional<InvitationDraft> draft = m_draft->stored();
    if (!draft)
        return false;
    m_model->restoreState(draft->fields.value(ReviewField).toObject());
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
        m_model->clear();
        m_recipients->clear();
        startMessage();
    });
    classifyNow();
    setStatus(tr("The draft was discarded."));
}

// The message a fresh composition starts with: the default template from Preferences, or the
// built-in text when none is chosen or the library no longer has it.
void InviteByEmailTab::startMessage() {
    const InviteDefaults defaults(m_context.settings, m_context.portal);
    const QString name = defaults.templateName();
    std::optional<MessageTemplate> chosen;
    if (!name.isEmpty() && m_context.templates)
        chosen = m_context.templates->load(name);
    m_startText = chosen ? chosen->text() : MessageTemplate::defaultTemplate().text();
    m_composer->setText(m_startText);
    m_composer->setTemplateName(chosen ? name : QString());
}
