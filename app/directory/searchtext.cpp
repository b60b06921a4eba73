#include "directory/searchtext.h"

#include <algorithm>

namespace {
// Letters without a canonical decomposition that people nevertheless type without the stroke.
QString spellOut(QChar c) {
    switch (c.unicode()) {
    case 0x0142: // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x00F8: // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0111: // đ
    case 0x0110:
        return QStringLiteral("d");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152:
        return QStringLiteral("oe");
    case 0x00FE: // þ
    case 0x00DE:
        return QStringLiteral("th");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default:
        return {};
    }
}
} // namespace

QString SearchText::fold(const QString &text) {
    // Plain ASCII has nothing to decompose, strip or spell out: case folding alone gives the same text.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        const QString spelled = spellOut(c);
        if (!spelled.isEmpty())
            out += spelled;
        else
            out += c;
    }
    return out.toCaseFolded();
}

QStringList SearchText::words(const QString &text) {
    const QString folded = fold(text);
    QStringList result;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    return result;
}

QString SearchText::matchExpression(const QString &typed) {
    QStringList terms;
    for (const QString &word : words(typed))
        terms << u'"' + word + u"\"*";
    return terms.join(u' ');
}

QString SearchText::normalizedEmail(const QString &email) {
    return email.trimmed().toCaseFolded();
}

QString SearchText::phoneIndexText(const QStringList &phones) {
    // Each phone as written, then its digits when they differ, all separated by one space.
    QString out;
    QString digits;
    for (const QString &phone : phones) {
        const QString written = phone.trimmed();
        if (written.isEmpty())
            continue;
        digits.clear();
        for (const QChar c : phone)
            if (c.isDigit())
                digits += c;
        if (!out.isEmpty())
            out += u' ';
        out += written;
        if (!digits.isEmpty() && digits != written) {
            out += u' ';
            out += digits;
        }
    }
    return out;
}

QString SearchText::nameSortKey(const QString &firstName, const QString &lastName, const QString &secondName,
                                const QString &email) {
    QStringList parts;
    for (const QString &part : {lastName, firstName, secondName})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    if (parts.isEmpty())
        return QString(QChar(0xfffd)) +
               fold(email); // unnamed (often just invited) people sort after named ones
    return fold(parts.join(u' '));
}

QString SearchText::indexText(const QString &text) {
    return fold(text).remove(TokenMark);
}

QString SearchText::stateToken(int state) {
    return TokenMark + QString::number(state);
}

QString SearchText::stateTerm(int state) {
    return u'"' + stateToken(state) + u'"';
}
