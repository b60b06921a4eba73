#include "invite/messagecomposer.h"

#include "invite/templatelibrary.h"
#include "windowsizing.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MessageComposer::MessageComposer(const QString &prefix, TemplateLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_editor(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
    , m_problem(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this)) {
    m_editor->setObjectName(prefix + QStringLiteral("Message"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setAccessibleDescription(
        tr("The invitation text. Placeholders in braces, such as {first_name}, are filled per recipient."));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(MessageTemplate::defaultTemplate().text());

    m_problem->setObjectName(prefix + QStringLiteral("MessageProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *note = new QLabel(MessageTemplate::freePlanNote(), this);
    note->setObjectName(prefix + QStringLiteral("FreePlanNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    QFont small = note->font();
    small.setItalic(true);
    note->setFont(small);

    auto *left = new QVBoxLayout;
    QHBoxLayout *tools = makeToolRow(prefix);
    left->addLayout(tools);
    left->addWidget(m_editor, 1);
    left->addWidget(m_problem);
    left->addWidget(note);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    // "Preview:" on the line of "Message:", whose row is as tall as its buttons.
    layout->addLayout(makePreviewColumn(prefix, tools->sizeHint().height()), 1);

    // Typing stays fluid with long texts; the preview follows within a moment.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(80);
    connect(m_previewTimer, &QTimer::timeout, this, &MessageComposer::refreshPreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        Q_EMIT textChanged();
    });
    refreshPreview();
}

QHBoxLayout *MessageComposer::makeToolRow(const QString &prefix) {
    auto *editorLabel = new QLabel(tr("Messa&ge:"), this);
    editorLabel->setBuddy(m_editor);
    m_insert->setObjectName(prefix + QStringLiteral("InsertPlaceholder"));
    m_insert->setText(tr("Insert &placeholder"));
    m_insert->setAccessibleName(tr("Insert placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_insert);
    menu->setObjectName(prefix + QStringLiteral("PlaceholderMenu"));
    for (const QString &name : MessageTemplate::knownPlaceholders()) {
        QAction *action = menu->addAction(u'{' + name + u'}');
        action->setObjectName(prefix + QStringLiteral("Placeholder_") + name);
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    m_insert->setMenu(menu);

    auto *tools = new QHBoxLayout;
    tools->addWidget(editorLabel);
    tools->addStretch(1);
    tools->addWidget(m_insert);
    if (m_library) {
        m_templates = new QComboBox(this);
        m_templates->setObjectName(prefix + QStringLiteral("Templates"));
        m_templates->setAccessibleName(tr("Saved templates"));
        m_templates->view()->setAccessibleName(tr("Saved templates"));
        m_templates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_save = new QPushButton(tr("Save &as…"), this);
        m_save->setObjectName(prefix + QStringLiteral("SaveTemplate"));
        m_save->setAccessibleName(tr("Save template as"));
        m_save->setAutoDefault(false);
        tools->addWidget(m_templates);
        tools->addWidget(m_save);
        reloadTemplateNames({});
        connect(m_templates, &QComboBox::activated, this,
                [this](int index) { loadTemplate(index > 0 ? m_templates->itemText(index) : QString()); });
        connect(m_save, &QPushButton::clicked, this, &MessageComposer::saveTemplate);
    }

    return tools;
}

QVBoxLayout *MessageComposer::makePreviewColumn(const QString &prefix, int labelHeight) {
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    previewLabel->setMinimumHeight(labelHeight);
    m_subject->setObjectName(prefix + QStringLiteral("PreviewSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->hide(); // the preview itself shows the subject: once is enough
    m_preview->setObjectName(prefix + QStringLiteral("Preview"));
    m_preview->setAccessibleName(tr("Preview of the invitation e-mail"));
    m_preview->setOpenLinks(false);
    m_preview->setFocusPolicy(Qt::ClickFocus); // read-only: keep Tab moving between controls

    auto *right = new QVBoxLayout;
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    return right;
}

QString MessageComposer::text() const {
    return m_editor->toPlainText();
}

void MessageComposer::setText(const QString &text) {
    if (text == m_editor->toPlainText())
        return;
    m_editor->setPlainText(text);
    refreshPreview();
}

QString MessageComposer::templateName() const {
    return m_templates && m_templates->currentIndex() > 0 ? m_templates->currentText() : QString();
}

void MessageComposer::setTemplateName(const QString &name) {
    if (!m_templates)
        return;
    const int found = m_templates->findText(name);
    m_templates->setCurrentIndex(found > 0 ? found : 0);
}

void MessageComposer::setPreviewValues(const TemplateValues &values) {
    m_values = values;
    refreshPreview();
}

void MessageComposer::setPreviewInput(const InvitationPreviewInput &input) {
    m_input = input;
    refreshPreview();
}

QString MessageComposer::previewSubject() const {
    return m_subject->text();
}

void MessageComposer::setOfferedPlaceholders(const QStringList &names) {
    for (QAction *action : m_insert->menu()->actions())
        action->setVisible(names.contains(action->text().mid(1).chopped(1)));
}

void MessageComposer::insertPlaceholder(const QString &name) {
    m_editor->insertPlainText(u'{' + name + u'}');
    m_editor->setFocus(Qt::OtherFocusReason);
}

void MessageComposer::refreshPreview() {
    m_previewTimer->stop();
    const MessageTemplate message(text());
    const QString problem = message.problemText();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    InvitationPreviewInput input = m_input;
    input.message = message.fill(m_values);
    m_subject->setText(tr("Subject: %1").arg(InvitationPreview::subject(input)));
    m_preview->setHtml(InvitationPreview::html(input));
}

void MessageComposer::reloadTemplateNames(const QString &select) {
    if (!m_templates)
        return;
    QSignalBlocker blocker(m_templates);
    m_templates->clear();
    m_templates->addItem(tr("(unsaved text)"));
    m_templates->addItems(m_library->names());
    const int found = select.isEmpty() ? 0 : m_templates->findText(select);
    m_templates->setCurrentIndex(found > 0 ? found : 0);
}

void MessageComposer::saveTemplate() {
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("saveTemplateDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Save template"));
    ask->setLabelText(tr("Template &name:"));
    ask->setTextValue(templateName());
    // Wide enough for its title in a title bar and for a descriptive name.
    ask->resize(ask->sizeHint().expandedTo(WindowSizing::textSize(ask, 50, 0)));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString name = typed.trimmed();
        if (name.isEmpty())
            return;
        if (const InviteResult<void> saved = m_library->save(name, messageTemplate()); !saved) {
            m_problem->setText(tr("The template could not be saved: %1").arg(saved.error().userMessage()));
            m_problem->show();
            return;
        }
        reloadTemplateNames(name);
    });
    ask->open();
}

void MessageComposer::loadTemplate(const QString &name) {
    if (name.isEmpty())
        return;
    if (const std::optional<MessageTemplate> loaded = m_library->load(name))
        setText(loaded->text());
}
