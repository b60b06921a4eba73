#pragma once

#include <QString>
#include <QStringList>

// Text shaping shared by the writer (what goes into the FTS index and the sort keys) and the readers
// (what a typed search becomes). Both sides must fold the same way, so it lives in one place.
//
// SQLite's unicode61 tokenizer with remove_diacritics 2 folds ü→u, é→e, š→s, but not letters that have
// no Unicode decomposition (ł, ø, đ, ß, æ) nor Cyrillic ё/й; fold() does all of them before SQLite
// sees the text, and the tokenizer's own folding stays on as a second net.
namespace SearchText {
// Lower-case, diacritics removed, special letters spelled out: "Łukasz Müller" -> "lukasz muller".
QString fold(const QString &text);

// Words of the folded text as the tokenizer would cut them (letters and digits only).
QStringList words(const QString &text);

// The FTS5 MATCH expression for what the user typed: every word is a prefix and all must match, each
// in any of its spellings (SpellingVariants): "anna be" -> "(\"anna\"* OR \"анна\"*) AND \"be\"*".
// Empty when nothing searchable was typed.
QString matchExpression(const QString &typed);

// Marks tokens that only InviteDesk writes (the state tokens); a token character of the search index.
inline constexpr QChar TokenMark = QChar(0xE000);

// fold() for the search index: the token mark removed, so indexed text cannot forge a state token.
QString indexText(const QString &text);

// The search-index token for a stored user state, and the MATCH term that selects it.
QString stateToken(int state);
QString stateTerm(int state);

// The e-mail key used for duplicate checks: trimmed and case-folded.
QString normalizedEmail(const QString &email);

// Phones as indexed: each as written plus its digits alone, so both "+7 495" and "7495123" find it.
QString phoneIndexText(const QStringList &phones);
} // namespace SearchText

namespace SearchText {
// The key the Name column sorts by: "berg anna" (last name first, folded), the e-mail when unnamed.
QString nameSortKey(const QString &firstName, const QString &lastName, const QString &secondName,
                    const QString &email);
} // namespace SearchText
