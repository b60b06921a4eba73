#pragma once

#include "invite/invitedialogcontext.h"

#include <QList>
#include <QWidget>

class DirectoryReader;
class InviteTargetPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class DraftKeeper;
class DraftTargetChoice;
struct InvitationDraft;

// The Register tab: one person at a time with name, e-mail, position and department, for helpdesk
// speed ("Register and add another" keeps department and position). The portal e-mails the access
// details itself: REST has no password parameter (spec §7.4). Role presets fill department, position
// and extranet groups in one click. Each registration goes through the outbox like an invitation.
// Keeps a draft of the person being typed (and the target) until it is queued or discarded.
class RegisterTab : public QWidget {
    Q_OBJECT
public:
    static constexpr auto DraftTab = "register";

    RegisterTab(const InviteDialogContext &context, const KnownPeopleLookup *knownPeople,
                const DirectoryReader *directory, QWidget *parent = nullptr);

    QPushButton *primaryButton() const { return m_register; }
    QStandardItemModel *resultModel() const { return m_results; }

    // Queues the person; with `addAnother` the person fields are cleared for the next one.
    bool registerPerson(bool addAnother);
    void applyPreset(const QString &name);
    bool savePreset(const QString &name);
    // Writes the draft now (also done after a pause in editing and when the dialog closes).
    void saveDraftNow();
    void discardDraft();

Q_SIGNALS:
    void rightsRefused();

private:
    void nameControls(); // object names, accessible names, tooltips
    void layOut();
    void connectControls();
    void setFormTabOrder();
    bool restoreDraft(); // the stored draft, if any (run quietly: not an edit); false when none
    bool fillDraft(InvitationDraft &draft) const;
    // Nothing typed and the target as a new dialog shows it: no draft worth keeping.
    bool isUntouched() const;
    void clearPerson(bool keepPosition);
    void updateActions();
    void reloadPresets(const QString &select);
    void askPresetName();
    void onInvitationsChanged(const QList<qint64> &ids);
    void setStatus(const QString &text);
    QLineEdit *addField(const QString &objectName, const QString &accessible,
                        const QString &placeholder = {});

    InviteDialogContext m_context; // a copy: whoever opened this may pass a temporary
    const KnownPeopleLookup *m_knownPeople;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_position;
    QLineEdit *m_phone;
    InviteTargetPicker *m_target;
    DraftTargetChoice *m_targetChoice;
    QComboBox *m_presets;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QLabel *m_problem;
    QLabel *m_status;
    QPushButton *m_mailbox;
    QPushButton *m_discard;
    QPushButton *m_register;
    QPushButton *m_registerAnother;
    QListView *m_resultView;
    QStandardItemModel *m_results;
    DraftKeeper *m_draft;
    QList<qint64> m_ids;
    InviteDepartment m_initialDepartment; // the context's preselection, the default, or none (id 0)
};
