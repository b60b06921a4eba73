#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct Recipient;

// The values one recipient's message is filled with.
struct TemplateValues {
    QString portal;
    QString inviter;
    QString firstName;
    QString lastName;
    QString email;
    QString department;
    QString position;
    QString joinLink;

    QString fullName() const;
    static TemplateValues forRecipient(const Recipient &recipient, const QString &portal,
                                       const QString &inviter, const QString &department,
                                       const QString &joinLink);
};

// A placeholder in the text that the template does not know, e.g. {frist_name}.
struct UnknownPlaceholder {
    QString name;
    qsizetype position = 0; // index of '{' in the text
    qsizetype length = 0;   // including the braces
};

// The editable invitation text with placeholders {portal}, {inviter}, {first_name}, {last_name},
// {full_name}, {email}, {department}, {position}, {join_link}. `{{` and `}}` write literal braces.
// Filling produces the plain text sent as MESSAGE_TEXT (the portal HTML-escapes it, spec §6.7).
class MessageTemplate {
public:
    MessageTemplate() = default;
    explicit MessageTemplate(const QString &text)
        : m_text(text) {}

    const QString &text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }

    static QStringList knownPlaceholders();
    QStringList usedPlaceholders() const;
    QList<UnknownPlaceholder> unknownPlaceholders() const;
    bool isValid() const { return unknownPlaceholders().isEmpty(); }
    // A translated sentence naming the unknown placeholders, empty when there are none.
    QString problemText() const;

    // The text for one recipient. An empty value takes the space before it along when a punctuation
    // mark or the line end follows, so "Hello {first_name}," becomes "Hello," rather than "Hello ,".
    QString fill(const TemplateValues &values) const;

    static MessageTemplate defaultTemplate();
    // The note shown beside the editor: the portal may ignore custom text on free plans.
    static QString freePlanNote();

private:
    QString m_text;
};
