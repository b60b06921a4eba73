#pragma once

#include "invite/invitationpreview.h"
#include "invite/messagetemplate.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QToolButton;
class QVBoxLayout;
class TemplateLibrary;

// The message editor beside a live preview of the e-mail as the recipient will see it. The text is a
// MessageTemplate with placeholders; the preview fills it with the values given (the selected or first
// ready recipient) and renders it through InvitationPreview, which HTML-escapes everything and shows
// the subject once. An unknown placeholder is named once, below the editor.
// With a TemplateLibrary, named templates can be saved and loaded.
class MessageComposer : public QWidget {
    Q_OBJECT
public:
    // `prefix` makes object names unique per tab ("email" → emailMessage, emailPreview, …).
    MessageComposer(const QString &prefix, TemplateLibrary *library, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    MessageTemplate messageTemplate() const { return MessageTemplate(text()); }
    QString templateName() const;
    void setTemplateName(const QString &name);

    // Values for the preview (portal, inviter, the first ready recipient…) and what the e-mail shows.
    void setPreviewValues(const TemplateValues &values);
    void setPreviewInput(const InvitationPreviewInput &input); // message is ignored; comes from the editor

    // Only these placeholders are offered in the Insert menu: a tab leaves out those it always fills
    // with nothing (no join link for e-mail invitations, no recipient on Quick Registration).
    void setOfferedPlaceholders(const QStringList &names);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QString previewSubject() const;

Q_SIGNALS:
    void textChanged();

private:
    // The row above the editor: its label, Insert placeholder and, with a library, the templates.
    QHBoxLayout *makeToolRow(const QString &prefix);
    QVBoxLayout *makePreviewColumn(const QString &prefix, int labelHeight);
    void insertPlaceholder(const QString &name);
    void refreshPreview();
    void reloadTemplateNames(const QString &select);
    void saveTemplate();
    void loadTemplate(const QString &name);

    TemplateLibrary *m_library;
    QPlainTextEdit *m_editor;
    QToolButton *m_insert;
    QComboBox *m_templates = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_problem;
    QLabel *m_subject;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    TemplateValues m_values;
    InvitationPreviewInput m_input;
};
