#include "invite/registertab.h"

#include "invite/departmentcombo.h"
#include "invite/draftkeeper.h"
#include "invite/drafttargetchoice.h"
#include "invite/emailaddress.h"
#include "invite/invitationbuilder.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/invitedefaults.h"
#include "invite/invitetargetpicker.h"
#include "invite/invitetexts.h"
#include "invite/knownpeoplelookup.h"
#include "invite/rolepresets.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
// Keys of the person in InvitationDraft::fields.
const QString FirstNameKey = QStringLiteral("firstName");
const QString LastNameKey = QStringLiteral("lastName");
const QString EmailKey = QStringLiteral("email");
const QString PositionKey = QStringLiteral("position");
const QString PhoneKey = QStringLiteral("phone");
} // namespace

RegisterTab::RegisterTab(const InviteDialogContext &context, const KnownPeopleLookup *knownPeople,
                         const DirectoryReader *directory, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_knownPeople(knownPeople)
    , m_firstName(addField(QStringLiteral("registerFirstName"), tr("First name")))
    , m_lastName(addField(QStringLiteral("registerLastName"), tr("Last name")))
    , m_email(addField(QStringLiteral("registerEmail"), tr("E-mail"), tr("name@example.com")))
    , m_position(addField(QStringLiteral("registerPosition"), tr("Position")))
    , m_phone(addField(QStringLiteral("registerPhone"), tr("Phone (optional)"), tr("optional")))
    , m_target(new InviteTargetPicker(QStringLiteral("register"), context.groups, this))
    , m_targetChoice(new DraftTargetChoice(QStringLiteral("register"), m_target, this))
    , m_presets(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("Sa&ve as preset…"), this))
    , m_deletePreset(new QPushButton(tr("Delete preset"), this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_mailbox(new QPushButton(tr("Create or attach a company mail&box in the portal…"), this))
    , m_discard(new QPushButton(tr("&Discard draft"), this))
    , m_register(new QPushButton(tr("Re&gister"), this))
    , m_registerAnother(new QPushButton(tr("Register and add &another"), this))
    , m_resultView(new QListView(this))
    , m_results(new QStandardItemModel(this))
    , m_draft(new DraftKeeper(
          context, QString::fromLatin1(DraftTab), [this](InvitationDraft &draft) { return fillDraft(draft); },
          this)) {
    nameControls();
    layOut();
    setFormTabOrder();
    connectControls();
    m_mailbox->setEnabled(m_context.portalUrl.isValid());
    m_savePreset->setEnabled(m_context.settings != nullptr);
    m_target->reloadDepartments(directory);
    // Opened for a department, the tab starts there; otherwise in the default department from
    // Preferences while the directory still has it.
    if (m_context.department)
        m_initialDepartment = *m_context.department;
    else if (const std::optional<DepartmentEntry> preferred =
                 InviteDefaults(m_context.settings, m_context.portal)
                     .department(m_target->departmentCombo()->departments()))
        m_initialDepartment = InviteDepartment{preferred->id, preferred->name};
    m_draft->quietly([this] {
        // A draft keeps its own target: opened for another, the user chooses (keep, use new, fresh).
        const bool restored = restoreDraft();
        m_targetChoice->settle(m_context.department, restored);
        if (!restored && !m_context.department && m_initialDepartment.id != 0)
            m_target->setDepartment(m_initialDepartment.id, m_initialDepartment.name);
    });
    connect(m_targetChoice, &DraftTargetChoice::answered, this, &RegisterTab::updateActions);
    connect(m_targetChoice, &DraftTargetChoice::startFresh, this, &RegisterTab::discardDraft);
    reloadPresets({});
    updateActions();
}

void RegisterTab::nameControls() {
    setObjectName(QStringLiteral("registerTab"));
    m_presets->setObjectName(QStringLiteral("registerPresets"));
    m_presets->setAccessibleName(tr("Role preset"));
    m_presets->view()->setAccessibleName(tr("Role presets"));
    m_savePreset->setObjectName(QStringLiteral("registerSavePreset"));
    m_savePreset->setAccessibleName(tr("Save as preset"));
    m_deletePreset->setObjectName(QStringLiteral("registerDeletePreset"));
    m_deletePreset->setAccessibleName(tr("Delete preset"));
    m_mailbox->setObjectName(QStringLiteral("registerMailbox"));
    m_mailbox->setAccessibleName(tr("Create or attach a company mailbox in the portal"));
    m_mailbox->setToolTip(tr("Opens the portal's mail settings in your browser; there is no REST method for "
                             "mailboxes."));
    m_discard->setObjectName(QStringLiteral("registerDiscard"));
    m_discard->setAccessibleName(tr("Discard draft"));
    m_register->setObjectName(QStringLiteral("registerSubmit"));
    m_register->setAccessibleName(tr("Register"));
    m_registerAnother->setObjectName(QStringLiteral("registerSubmitAnother"));
    m_registerAnother->setAccessibleName(tr("Register and add another"));
    for (QPushButton *button : {m_savePreset, m_deletePreset, m_mailbox, m_discard, m_registerAnother})
        button->setAutoDefault(false);
    m_resultView->setObjectName(QStringLiteral("registerResults"));
    m_resultView->setAccessibleName(tr("Registered people and their results"));
    m_resultView->setModel(m_results);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("registerProblem"));
    m_status->setObjectName(QStringLiteral("registerStatus"));
    for (QLabel *label : {m_problem, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_phone->setToolTip(tr("Saved in the portal as the person's mobile phone."));

    m_registerAnother->setToolTip(tr("Registers this person, then empties the name, e-mail and phone for "
                                     "the next one; the role preset, position and department stay."));
    m_registerAnother->setAccessibleDescription(m_registerAnother->toolTip());
}

void RegisterTab::layOut() {
    auto *note = new QLabel(tr("The portal e-mails the new person a link to set their password and sign in. "
                               "Passwords cannot be set from here: the portal's API has none."),
                            this);
    note->setObjectName(QStringLiteral("registerPasswordNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_deletePreset);

    auto *form = new QFormLayout;
    const auto addRow = [form, this](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    auto *presetLabel = new QLabel(tr("Role pre&set:"), this);
    presetLabel->setBuddy(m_presets);
    form->addRow(presetLabel, presetRow);
    addRow(tr("&First name:"), m_firstName);
    addRow(tr("&Last name:"), m_lastName);
    addRow(tr("E-ma&il:"), m_email);
    addRow(tr("&Position:"), m_position);
    form->addRow(QString(), m_targetChoice);
    form->addRow(tr("Department:"), m_target);
    addRow(tr("P&hone:"), m_phone);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mailbox);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_registerAnother);
    buttons->addWidget(m_register);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    // The list of registered people appears with the first of them, not as an empty box before.
    layout->addWidget(m_resultView, 100);
    layout->addStretch(1);
    m_resultView->setVisible(m_results->rowCount() > 0);
    connect(m_results, &QAbstractItemModel::rowsInserted, m_resultView, &QWidget::show);
}

void RegisterTab::connectControls() {
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(m_presets->itemText(index));
    });
    connect(m_savePreset, &QPushButton::clicked, this, &RegisterTab::askPresetName);
    connect(m_deletePreset, &QPushButton::clicked, this, [this] {
        if (m_presets->currentIndex() <= 0)
            return;
        RolePresets(m_context.settings, m_context.portal).remove(m_presets->currentText());
        reloadPresets({});
    });
    connect(m_mailbox, &QPushButton::clicked, this, [this] {
        QUrl url = m_context.portalUrl;
        url.setPath(QStringLiteral("/mail/config/"));
        if (m_context.openUrl)
            m_context.openUrl(url);
        else
            QDesktopServices::openUrl(url);
    });
    connect(m_register, &QPushButton::clicked, this, [this] { registerPerson(false); });
    connect(m_registerAnother, &QPushButton::clicked, this, [this] { registerPerson(true); });
    connect(m_discard, &QPushButton::clicked, this, &RegisterTab::discardDraft);
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_position})
        connect(edit, &QLineEdit::textChanged, this, &RegisterTab::updateActions);
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_position, m_phone})
        connect(edit, &QLineEdit::textChanged, m_draft, &DraftKeeper::edited);
    connect(m_target, &InviteTargetPicker::changed, this, [this] {
        updateActions();
        m_draft->edited();
    });
    connect(m_draft, &DraftKeeper::saveFailed, this, [this](const InviteError &error) {
        setStatus(tr("The draft could not be saved: %1").arg(error.userMessage()));
    });
    if (m_context.sender)
        connect(m_context.sender, &InvitationSender::invitationsChanged, this,
                &RegisterTab::onInvitationsChanged);
}

QLineEdit *RegisterTab::addField(const QString &objectName, const QString &accessible,
                                 const QString &placeholder) {
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void RegisterTab::updateActions() {
    QString problem;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty()) {
        const EmailCheck check = EmailAddress::check(email);
        if (!check.isValid()) {
            problem = tr("Invalid address: %1").arg(EmailAddress::problemText(check.problem));
        } else if (m_knownPeople) {
            const QHash<QString, KnownPerson> known = m_knownPeople->peopleFor({check.comparisonKey});
            switch (known.value(check.comparisonKey).state) {
            case KnownPersonState::Employee:
                problem = tr("This address already belongs to an employee.");
                break;
            case KnownPersonState::Invited:
                problem = tr("This address was already invited and has not joined yet.");
                break;
            case KnownPersonState::Dismissed:
                problem = tr("This address belongs to a dismissed user; the portal does not reuse it.");
                break;
            case KnownPersonState::Unknown:
                break;
            }
        }
    }
    // The target picker shows its own problem beside the target: this label speaks of the address only.
    const bool addressProblem = !problem.isEmpty();
    if (problem.isEmpty())
        problem = m_target->problem();
    m_problem->setText(problem);
    m_problem->setVisible(addressProblem);
    const bool ready =
        m_context.outbox && !email.isEmpty() && problem.isEmpty() && !m_targetChoice->isPending();
    m_register->setEnabled(ready);
    m_registerAnother->setEnabled(ready);
}

bool RegisterTab::registerPerson(bool addAnother) {
    updateActions();
    if (!m_register->isEnabled()) {
        setStatus(m_problem->text().isEmpty() ? tr("Enter the person's e-mail address.") : m_problem->text());
        return false;
    }
    Recipient person;
    person.email = m_email->text();
    person.firstName = m_firstName->text();
    person.lastName = m_lastName->text();
    person.position = m_position->text();
    const InvitationBuilder builder(
        {m_context.portal, m_context.portalName, m_context.inviterName, QStringLiteral("register")},
        {m_target->departmentId(), m_target->targetName(), m_target->isExtranet(), m_target->groupIds()});
    NewInvitation invitation = builder.build(person);
    invitation.phone = m_phone->text().trimmed();
    const InviteResult<EnqueueReport> report = m_context.outbox->enqueue({invitation});
    if (!report) {
        setStatus(tr("Could not queue the registration: %1").arg(report.error().userMessage()));
        return false;
    }
    if (report.value().queuedIds.isEmpty()) {
        // The Register button is off for an invalid address: a pending one or a missing target is left.
        setStatus(
            report.value().alreadyPending.isEmpty()
                ? tr("Could not queue the registration: %1").arg(InvitationOutbox::targetProblem(invitation))
                : tr("%1 is already waiting in the outbox.").arg(invitation.email));
        return false;
    }
    const qint64 id = report.value().queuedIds.constFirst();
    m_ids << id;
    auto *item = new QStandardItem;
    item->setData(id, Qt::UserRole);
    m_results->insertRow(0, item);
    onInvitationsChanged({id});
    setStatus(tr("%1 is queued; the portal will e-mail the access details.").arg(invitation.email));
    if (m_context.sender)
        m_context.sender->start();
    m_draft->quietly([this, addAnother] { clearPerson(addAnother); });
    // The person is in the outbox now. What is left for the next one (position and target after
    // "Register and add another") stays a draft; after "Register" nothing is left to keep.
    if (addAnother) {
        m_draft->edited();
        m_draft->saveNow();
    } else {
        m_draft->forget();
    }
    m_firstName->setFocus(Qt::OtherFocusReason);
    return true;
}

void RegisterTab::clearPerson(bool keepPosition) {
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone})
        edit->clear();
    if (!keepPosition)
        m_position->clear();
}

bool RegisterTab::isUntouched() const {
    for (const QLineEdit *edit : {m_firstName, m_lastName, m_email, m_position, m_phone})
        if (!edit->text().trimmed().isEmpty())
            return false;
    return !m_target->isExtranet() && m_target->departmentCombo()->departmentId() == m_initialDepartment.id;
}

void RegisterTab::saveDraftNow() {
    m_draft->saveNow();
}

bool RegisterTab::fillDraft(InvitationDraft &draft) const {
    if (isUntouched())
        return false;
    // As typed, untrimmed: the draft gives back exactly what was in the fields.
    draft.fields = QJsonObject{{FirstNameKey, m_firstName->text()},
                               {LastNameKey, m_lastName->text()},
                               {EmailKey, m_email->text()},
                               {PositionKey, m_position->text()},
                               {PhoneKey, m_phone->text()}};
    m_target->saveTo(&draft);
    return true;
}

bool RegisterTab::restoreDraft() {
    const std::optional<InvitationDraft> draft = m_draft->stored();
    if (!draft)
        return false;
    const QJsonObject &fields = draft->fields;
    m_firstName->setText(fields.value(FirstNameKey).toString());
    m_lastName->setText(fields.value(LastNameKey).toString());
    m_email->setText(fields.value(EmailKey).toString());
    m_position->setText(fields.value(PositionKey).toString());
    m_phone->setText(fields.value(PhoneKey).toString());
    m_target->restoreFrom(*draft);
    setStatus(tr("Restored the draft saved %1.")
                  .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

void RegisterTab::discardDraft() {
    m_draft->forget();
    m_draft->quietly([this] {
        clearPerson(false);
        m_target->setExtranet(false);
        m_target->setGroupIds({});
        m_target->setDepartment(m_initialDepartment.id, m_initialDepartment.name);
    });
    reloadPresets({});
    setStatus(tr("The draft was discarded."));
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void RegisterTab::onInvitationsChanged(const QList<qint64> &ids) {
    bool rights = false;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        QStandardItem *item = m_results->item(row);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (!ids.contains(id) || !m_context.outbox)
            continue;
        if (const std::optional<Invitation> invitation = m_context.outbox->invitation(id)) {
            const QString name =
                QStringList{invitation->firstName, invitation->lastName}.join(u' ').trimmed();
            item->setText(tr("%1 — %2").arg(
                name.isEmpty() ? invitation->email : name + QStringLiteral(" <") + invitation->email + u'>',
                InviteTexts::resultText(*invitation)));
            rights = rights || invitation->failure.kind == InvitationFailureKind::Rights;
        }
    }
    if (rights) {
        setStatus(InviteTexts::rightsExplanation());
        Q_EMIT rightsRefused();
    }
}

void RegisterTab::setStatus(const QString &text) {
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void RegisterTab::reloadPresets(const QString &select) {
    QSignalBlocker blocker(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("(no preset)"));
    m_presets->addItems(RolePresets(m_context.settings, m_context.portal).names());
    const int found = select.isEmpty() ? 0 : m_presets->findText(select);
    m_presets->setCurrentIndex(found > 0 ? found : 0);
    m_deletePreset->setEnabled(m_presets->count() > 1);
}

void RegisterTab::applyPreset(const QString &name) {
    const std::optional<RolePreset> preset = RolePresets(m_context.settings, m_context.portal).preset(name);
    if (!preset)
        return;
    m_position->setText(preset->position);
    m_target->setExtranet(preset->extranet);
    if (preset->departmentId != 0)
        m_target->setDepartment(preset->departmentId, preset->departmentName);
    m_target->setGroupIds(preset->groupIds);
    reloadPresets(name);
    setStatus(tr("Preset “%1” applied.").arg(name));
}

bool RegisterTab::savePreset(const QString &name) {
    RolePreset preset;
    preset.name = name.trimmed();
    preset.departmentId = m_target->isExtranet() ? 0 : m_target->departmentId();
    preset.departmentName = m_target->departmentName();
    preset.position = m_position->text().trimmed();
    preset.extranet = m_target->isExtranet();
    preset.groupIds = m_target->groupIds();
    if (!RolePresets(m_context.settings, m_context.portal).save(preset))
        return false;
    reloadPresets(preset.name);
    return true;
}

void RegisterTab::askPresetName() {
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("savePresetDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Save role preset"));
    ask->setLabelText(tr("Preset &name (department, position and groups are saved):"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &name) { savePreset(name); });
    ask->open();
}

void RegisterTab::setFormTabOrder() {
    // Top to bottom as the form reads: the department picker sits between the position and the phone.
    QList<QWidget *> chain{m_presets,  m_savePreset, m_deletePreset, m_firstName,
                           m_lastName, m_email,      m_position};
    for (QPushButton *button : m_targetChoice->findChildren<QPushButton *>())
        chain << button; // the draft target question, when shown, sits above the department
    for (const char *name : {"registerEmployee", "registerDepartment", "registerExtranet", "registerGroups"})
        if (auto *widget = m_target->findChild<QWidget *>(QString::fromLatin1(name)))
            chain << widget;
    chain << m_phone << m_mailbox << m_discard << m_registerAnother << m_register << m_resultView;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}
