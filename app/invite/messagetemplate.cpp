#include "invite/messagetemplate.h"

#include "invite/personname.h"
#include "invite/recipient.h"

#include <QCoreApplication>

namespace {

bool isPlaceholderChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// Calls onText(text) for literal runs and onPlaceholder(name, pos, len) for each {name}.
template<typename Text, typename Placeholder>
void scan(const QString &s, Text onText, Placeholder onPlaceholder) {
    QString literal;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if ((c == u'{' || c == u'}') && i + 1 < s.size() && s[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == u'{') {
            qsizetype j = i + 1;
            while (j < s.size() && isPlaceholderChar(s[j]))
                ++j;
            if (j < s.size() && s[j] == u'}' && j > i + 1) {
                onText(literal);
                literal.clear();
                onPlaceholder(s.mid(i + 1, j - i - 1), i, j - i + 1);
                i = j;
                continue;
            }
        }
        literal += c;
    }
    onText(literal);
}

QString valueFor(const QString &name, const TemplateValues &v, bool *known) {
    *known = true;
    if (name == u"portal")
        return v.portal;
    if (name == u"inviter")
        return v.inviter;
    if (name == u"first_name")
        return v.firstName;
    if (name == u"last_name")
        return v.lastName;
    if (name == u"full_name")
        return v.fullName();
    if (name == u"email")
        return v.email;
    if (name == u"department")
        return v.department;
    if (name == u"position")
        return v.position;
    if (name == u"join_link")
        return v.joinLink;
    *known = false;
    return {};
}

// After an empty value: the spaces and the comma that only led up to the value go, so that
// "Здравствуйте, {first_name}!" becomes "Здравствуйте!" and "Hello {first_name}," becomes "Hello,"
// in every language. Returns what is left of the literal text that follows the value.
QString closeGapAfterEmptyValue(QString *out, const QString &next) {
    const auto isMark = [](QChar c) {
        return c == u',' || c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':';
    };
    const auto chopSpaces = [out] {
        while (out->endsWith(u' '))
            out->chop(1);
    };
    QString rest = next;
    const bool lineStart = out->isEmpty() || out->endsWith(u'\n');
    if (lineStart || out->endsWith(u' ')) {
        while (rest.startsWith(u' ')) // "{inviter} invites" or "Hello {first_name} {last_name}"
            rest.remove(0, 1);
    }
    if (next.isEmpty() || (!rest.isEmpty() && (rest.front() == u'\n' || isMark(rest.front())))) {
        chopSpaces();
        if (!rest.isEmpty() && isMark(rest.front()) && out->endsWith(u',')) {
            out->chop(1); // "Hola, {first_name}:" → "Hola:"
            chopSpaces();
        }
    }
    return rest;
}

} // namespace

QString TemplateValues::fullName() const {
    return PersonName::join(firstName, QString(), lastName);
}

TemplateValues TemplateValues::forRecipient(const Recipient &recipient, const QString &portal,
                                            const QString &inviter, const QString &department,
                                            const QString &joinLink) {
    TemplateValues v;
    v.portal = portal;
    v.inviter = inviter;
    v.firstName = recipient.firstName;
    v.lastName = recipient.lastName;
    v.email = recipient.check.isValid() ? recipient.check.address : recipient.email;
    v.department = recipient.department.isEmpty() ? department : recipient.department;
    v.position = recipient.position;
    v.joinLink = joinLink;
    return v;
}

QStringList MessageTemplate::knownPlaceholders() {
    return {QStringLiteral("portal"),     QStringLiteral("inviter"),   QStringLiteral("first_name"),
            QStringLiteral("last_name"),  QStringLiteral("full_name"), QStringLiteral("email"),
            QStringLiteral("department"), QStringLiteral("position"),  QStringLiteral("join_link")};
}

QStringList MessageTemplate::usedPlaceholders() const {
    QStringList used;
    const QStringList known = knownPlaceholders();
    scan(
        m_text, [](const QString &) {},
        [&](const QString &name, qsizetype, qsizetype) {
            if (known.contains(name) && !used.contains(name))
                used << name;
        });
    return used;
}

QList<UnknownPlaceholder> MessageTemplate::unknownPlaceholders() const {
    QList<UnknownPlaceholder> unknown;
    const QStringList known = knownPlaceholders();
    scan(
        m_text, [](const QString &) {},
        [&](const QString &name, qsizetype pos, qsizetype len) {
            if (!known.contains(name))
                unknown.append({name, pos, len});
        });
    return unknown;
}

QString MessageTemplate::problemText() const {
    const QList<UnknownPlaceholder> unknown = unknownPlaceholders();
    if (unknown.isEmpty())
        return {};
    QStringList names;
    for (const UnknownPlaceholder &u : unknown)
        names << u'{' + u.name + u'}';
    return QCoreApplication::translate("MessageTemplate", "Unknown placeholder(s): %1. Known: %2.", nullptr,
                                       int(unknown.size()))
        .arg(names.join(QStringLiteral(", ")),
             u'{' + knownPlaceholders().join(QStringLiteral("}, {")) + u'}');
}

QString MessageTemplate::fill(const TemplateValues &values) const {
    QString out;
    out.reserve(m_text.size() + 64);
    bool pendingTrim = false; // an empty value was just written
    scan(
        m_text,
        [&](const QString &text) {
            if (text.isEmpty())
                return; // between two placeholders, or the end: decided by what comes next
            QString rest = text;
            if (pendingTrim)
                rest = closeGapAfterEmptyValue(&out, rest);
            pendingTrim = false;
            out += rest;
        },
        [&](const QString &name, qsizetype pos, qsizetype len) {
            bool known = false;
            const QString value = valueFor(name, values, &known);
            if (!known) {
                out += m_text.mid(pos, len); // keep unknown placeholders visible
                return;
            }
            out += value;
            pendingTrim = value.isEmpty();
        });
    if (pendingTrim)
        (void)closeGapAfterEmptyValue(&out, QString());
    return out;
}

MessageTemplate MessageTemplate::defaultTemplate() {
    return MessageTemplate(QCoreApplication::translate(
        "MessageTemplate",
        "Hello {first_name},\n\n"
        "{inviter} invites you to join {portal}, our company's Bitrix24, where we chat, share files and "
        "plan our work together.\n\n"
        "Accept the invitation to set your password and sign in.\n\n"
        "See you there!"));
}

QString MessageTemplate::freePlanNote() {
    return QCoreApplication::translate(
        "MessageTemplate",
        "On free plans the portal may send its standard invitation text instead of this message.");
}
