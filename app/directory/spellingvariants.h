#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Other spellings of a typed search word that people use for the same name: German umlauts written
// out ("oeztuerk" for Öztürk, "mueller" for Müller), Cyrillic names in Latin letters by the common
// schemes (passport, BGN/PCGN, English, German, ISO 9: "Дмитрий" is "dmitrii", "dmitriy", "dmitry",
// "dmitrij") and Latin spellings back in Cyrillic ("ivanova" -> "иванова", "julia" -> "юлия").
//
// Works on folded words (SearchText::words): the search index holds folded text, where й is и, ё is е
// and ü is u, so the variants are folded too. The readers OR the variants into the search, nothing is
// added to the index. Every list is bounded, so a search never grows beyond a few dozen index terms.
namespace SpellingVariants {
// Spellings of one folded word: the word itself first, then at most MaxPerWord - 1 others, best
// first. Words shorter than MinLength, longer than MaxLength, mixing scripts or holding digits have
// no variants (a one- or two-letter prefix in another script would match half the company).
QStringList of(const QString &word);

// The words of what was typed, each with its variants; the whole query holds at most MaxPerQuery terms
// (words past the budget are searched as typed).
QList<QStringList> ofWords(const QStringList &words);

inline constexpr int MaxPerWord = 8;
inline constexpr int MaxPerQuery = 24;
inline constexpr int MinLength = 3;
inline constexpr int MaxLength = 32;
} // namespace SpellingVariants
