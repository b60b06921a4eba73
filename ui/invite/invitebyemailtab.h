#pragma once

#include "invite/invitationsendprogress.h"
#include "invite/invitedialogcontext.h"
#include "invite/inviteerror.h"
#include "invite/recipientclassifier.h"

#include <QList>
#include <QWidget>

class CsvImportDialog;
class DirectoryReader;
class DraftKeeper;
class DraftTargetChoice;
class InvitationBuilder;
class InvitationQueueJob;
struct InvitationDraft;
class InviteTargetPicker;
class MessageComposer;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class RecipientReviewGrid;
class RecipientReviewModel;

// The Invite by Email tab: recipients typed, pasted or imported from CSV, reviewed in a grid that
// shows (and lets the user edit) every field that will be sent, each row classified before sending;
// the department or extranet groups for rows that name no department; the message beside its live
// preview. "Invite" writes the ready rows to the outbox exactly as the grid shows them (each with its
// own filled MESSAGE_TEXT), starts the sender and then shows each recipient's result as it arrives.
// Keeps a draft of the composition, imported rows and edits included, as it changes.
class InviteByEmailTab : public QWidget {
    Q_OBJECT
public:
    static constexpr auto DraftTab = "email";

    InviteByEmailTab(const InviteDialogContext &context, const KnownPeopleLookup *knownPeople,
                     const DirectoryReader *directory, QWidget *parent = nullptr);
    ~InviteByEmailTab() override;

    QPushButton *primaryButton() const { return m_invite; }
    RecipientReviewModel *recipientModel() const { return m_model; }
    RecipientReviewGrid *reviewGrid() const { return m_grid; }
    ClassificationSummary summary() const { return m_summary; }
    const InvitationSendProgress &sendProgress() const { return m_progress; }

    // Reads a CSV file and shows its rows in a preview dialog (non-modal); accepting adds them.
    CsvImportDialog *importCsvFile(const QString &path);
    // Writes a CSV file to fill in (the columns the import recognises). False with the reason shown.
    bool saveTemplate(const QString &path);
    // Classifies now instead of after the typing pause.
    void classifyNow();
    // Writes the draft now (also done after a pause in editing and when the dialog closes).
    void saveDraftNow();
    void discardDraft();
    // Enqueues the ready recipients and starts the sender. False (with the reason shown) when nothing
    // was queued. More than a chunk of recipients are queued chunk by chunk while the event loop runs
    // (isQueuing(); the Stop button cancels the rest); fewer are queued before this returns.
    bool invite();
    bool isQueuing() const { return m_queueJob != nullptr; }
    // Stops queuing a large send; the invitations not sent yet are cancelled.
    void stopQueuing();

Q_SIGNALS:
    void rightsRefused(); // the portal answered access_denied

private:
    void nameControls(); // object names, accessible names, tooltips
    void layOut(QLabel *recipientsLabel);
    void connectControls(); // the controls' own signals, the classify pause, the send shortcuts
    void setUpReview();     // the grid's model (classifier, departments, target) and its signals
    void connectSender();
    void settleDraft();
    void startMessage(); // a fresh composition's message: the default template from Preferences
    bool restoreDraft(); // the stored draft, if any (run quietly: not an edit); false when none
    bool fillDraft(InvitationDraft &draft) const;
    void updateActions();
    void updatePreviewValues();
    void chooseCsvFile();
    void chooseTemplateFile();
    void selectTypedEntry(const QString &source);
    void showSummary();
    bool queueAtOnce(const InvitationBuilder &builder, const QList<Recipient> &ready);
    void queueInChunks(const InvitationBuilder &builder, const QList<Recipient> &ready);
    void showQueuingStatus();
    void queuingFinished(const InviteResult<void> &result);
    void onInvitationsChanged(const QList<qint64> &ids);
    // The counts of the last send, with a note (why it stopped) when given.
    void showSendingStatus(const QString &note = {});
    void setStatus(const QString &text);

    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    const KnownPeopleLookup *m_knownPeople;
    QPlainTextEdit *m_recipients;
    QPushButton *m_import;
    QPushButton *m_saveTemplate;
    RecipientReviewModel *m_model;
    RecipientReviewGrid *m_grid;
    QLabel *m_summaryLabel;
    InviteTargetPicker *m_target;
    DraftTargetChoice *m_targetChoice;
    MessageComposer *m_composer;
    QLabel *m_status;
    QPushButton *m_discard;
    QPushButton *m_stopQueuing; // shown while a large send is being queued
    QPushButton *m_invite;
    QTimer *m_classifyTimer;
    DraftKeeper *m_draft;
    QString m_startText; // the message a fresh composition starts with: edited when it differs
    ClassificationSummary m_summary;
    InvitationSendProgress m_progress;        // the last press of Invite
    bool m_rightsRefused = false;             // the portal refused part of it with access_denied
    bool m_sendConfirmed = false;             // the user confirmed this (large) send
    InvitationQueueJob *m_queueJob = nullptr; // while a large send is being queued
};
