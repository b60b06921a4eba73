#pragma once

#include "invite/invitationsendprogress.h"
#include "invite/invitedialogcontext.h"
#include "invite/recipientclassifier.h"

#include <QList>
#include <QWidget>

class CsvImportDialog;
class MessageTemplate;
struct NewInvitation;
struct Recipient;
class DirectoryReader;
class DraftKeeper;
class DraftTargetChoice;
struct InvitationDraft;
class InviteTargetPicker;
class MessageComposer;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class RecipientTableModel;

// The Invite by Email tab: recipients typed, pasted or imported from CSV, each classified before
// sending; the department or extranet groups; the message beside its live preview. "Invite" writes the
// ready recipients to the outbox (each with its own filled MESSAGE_TEXT), starts the sender and then
// shows each recipient's result as it arrives. Keeps a draft of the composition as it changes.
class InviteByEmailTab : public QWidget {
    Q_OBJECT
public:
    static constexpr auto DraftTab = "email";

    InviteByEmailTab(const InviteDialogContext &context, const KnownPeopleLookup *knownPeople,
                     const DirectoryReader *directory, QWidget *parent = nullptr);
    ~InviteByEmailTab() override;

    QPushButton *primaryButton() const { return m_invite; }
    RecipientTableModel *recipientModel() const { return m_model; }
    ClassificationSummary summary() const { return m_summary; }
    const InvitationSendProgress &sendProgress() const { return m_progress; }

    // Reads a CSV file and shows its rows in a preview dialog (non-modal); accepting adds them.
    CsvImportDialog *importCsvFile(const QString &path);
    // Classifies now instead of after the typing pause.
    void classifyNow();
    // Writes the draft now (also done after a pause in editing and when the dialog closes).
    void saveDraftNow();
    void discardDraft();
    // Enqueues the ready recipients and starts the sender. False (with the reason shown) when nothing
    // was queued.
    bool invite();

Q_SIGNALS:
    void rightsRefused(); // the portal answered access_denied

private:
    void connectSender();
    void settleDraft();
    bool restoreDraft(); // the stored draft, if any (run quietly: not an edit); false when none
    bool fillDraft(InvitationDraft &draft) const;
    void updateActions();
    void updatePreviewValues();
    void chooseCsvFile();
    NewInvitation newInvitation(const Recipient &recipient, const MessageTemplate &message,
                                const QString &target) const;
    void onInvitationsChanged(const QList<qint64> &ids);
    // The counts of the last send, with a note (why it stopped) when given.
    void showSendingStatus(const QString &note = {});
    void setStatus(const QString &text);

    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    const KnownPeopleLookup *m_knownPeople;
    QPlainTextEdit *m_recipients;
    QPushButton *m_import;
    QTableView *m_table;
    RecipientTableModel *m_model;
    QLabel *m_summaryLabel;
    InviteTargetPicker *m_target;
    DraftTargetChoice *m_targetChoice;
    MessageComposer *m_composer;
    QLabel *m_status;
    QPushButton *m_discard;
    QPushButton *m_invite;
    QTimer *m_classifyTimer;
    DraftKeeper *m_draft;
    ClassificationSummary m_summary;
    InvitationSendProgress m_progress; // the last press of Invite
    bool m_rightsRefused = false;      // the portal refused part of it with access_denied
    bool m_sendConfirmed = false;      // the user confirmed this (large) send
};
