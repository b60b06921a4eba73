#include "directory/spellingvariants.h"

#include "directory/searchtext.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace {

// Cyrillic in Latin letters, one column per scheme: the Russian passport (ICAO 9303), BGN/PCGN, the
// popular English spelling, German (Duden), the international j-spelling and ISO 9 without its
// diacritics (ž -> z, ü -> u). Input is folded: й is и and ё is е, so "ии" at the end of a word stands
// for "ий" (Дмитрий) and ё reads as е. A pattern ending in '$' applies only at the end of a word.
constexpr int SchemeCount = 6;
struct SchemeRow {
    const char16_t *cyrillic;
    std::array<const char16_t *, SchemeCount> latin;
};
constexpr SchemeRow CyrillicToLatin[] = {
    {u"ии$", {u"ii", u"iy", u"y", u"ij", u"i", u"ij"}},
    {u"ия", {u"iia", u"iya", u"ia", u"ija", u"ia", u"ia"}},
    {u"ье", {u"e", u"ye", u"ie", u"je", u"ie", u"e"}},
    {u"кс", {u"ks", u"ks", u"x", u"ks", u"ks", u"ks"}},
    {u"а", {u"a", u"a", u"a", u"a", u"a", u"a"}},
    {u"б", {u"b", u"b", u"b", u"b", u"b", u"b"}},
    {u"в", {u"v", u"v", u"v", u"w", u"v", u"v"}},
    {u"г", {u"g", u"g", u"g", u"g", u"g", u"g"}},
    {u"ґ", {u"g", u"g", u"g", u"g", u"g", u"g"}},
    {u"д", {u"d", u"d", u"d", u"d", u"d", u"d"}},
    {u"е", {u"e", u"e", u"e", u"e", u"e", u"e"}},
    {u"є", {u"ie", u"ye", u"ye", u"je", u"je", u"e"}},
    {u"ж", {u"zh", u"zh", u"zh", u"sch", u"zh", u"z"}},
    {u"з", {u"z", u"z", u"z", u"s", u"z", u"z"}},
    {u"и", {u"i", u"i", u"i", u"i", u"i", u"i"}},
    {u"і", {u"i", u"i", u"i", u"i", u"i", u"i"}},
    {u"к", {u"k", u"k", u"k", u"k", u"k", u"k"}},
    {u"л", {u"l", u"l", u"l", u"l", u"l", u"l"}},
    {u"м", {u"m", u"m", u"m", u"m", u"m", u"m"}},
    {u"н", {u"n", u"n", u"n", u"n", u"n", u"n"}},
    {u"о", {u"o", u"o", u"o", u"o", u"o", u"o"}},
    {u"п", {u"p", u"p", u"p", u"p", u"p", u"p"}},
    {u"р", {u"r", u"r", u"r", u"r", u"r", u"r"}},
    {u"с", {u"s", u"s", u"s", u"s", u"s", u"s"}},
    {u"т", {u"t", u"t", u"t", u"t", u"t", u"t"}},
    {u"у", {u"u", u"u", u"u", u"u", u"u", u"u"}},
    {u"ф", {u"f", u"f", u"f", u"f", u"f", u"f"}},
    {u"х", {u"kh", u"kh", u"kh", u"ch", u"h", u"h"}},
    {u"ц", {u"ts", u"ts", u"ts", u"z", u"c", u"c"}},
    {u"ч", {u"ch", u"ch", u"ch", u"tsch", u"ch", u"c"}},
    {u"ш", {u"sh", u"sh", u"sh", u"sch", u"sh", u"s"}},
    {u"щ", {u"shch", u"shch", u"shch", u"schtsch", u"sch", u"s"}},
    {u"ъ", {u"ie", u"", u"", u"", u"", u""}},
    {u"ы", {u"y", u"y", u"y", u"y", u"y", u"y"}},
    {u"ь", {u"", u"", u"", u"", u"", u""}},
    {u"э", {u"e", u"e", u"e", u"e", u"e", u"e"}},
    {u"ю", {u"iu", u"yu", u"yu", u"ju", u"ju", u"u"}},
    {u"я", {u"ia", u"ya", u"ya", u"ja", u"ja", u"a"}},
};

// Latin back to Cyrillic. One Latin spelling has several readings ("ia" is ия in Юлия and я in Яков),
// so each pattern lists its readings, most likely first; the output is folded (й becomes и) to meet
// the index. Longer patterns are tried beside the letters they are made of.
struct ReadingRow {
    const char16_t *latin;
    std::array<const char16_t *, 3> cyrillic; // unused slots are nullptr
};
constexpr ReadingRow LatinToCyrillic[] = {
    {u"shch", {u"щ"}},      {u"tsch", {u"ч"}},    {u"sch", {u"ш", u"щ"}},
    {u"tch", {u"ч"}},       {u"zh", {u"ж"}},      {u"kh", {u"х"}},
    {u"ts", {u"ц", u"тс"}}, {u"tz", {u"ц"}},      {u"ch", {u"ч", u"х"}},
    {u"sh", {u"ш"}},        {u"yu", {u"ю"}},      {u"ju", {u"ю"}},
    {u"iu", {u"ю", u"иу"}}, {u"ya", {u"я"}},      {u"ja", {u"я"}},
    {u"ia", {u"ия", u"я"}}, {u"iya", {u"ия"}},    {u"ija", {u"ия"}},
    {u"ye", {u"е", u"ье"}}, {u"je", {u"е"}},      {u"ie", {u"ие", u"ье"}},
    {u"yo", {u"ё"}},        {u"jo", {u"ё"}},      {u"iy", {u"ий"}},
    {u"ij", {u"ий"}},       {u"yy", {u"ый"}},     {u"ue", {u"ю", u"уе"}},
    {u"ck", {u"к"}},        {u"ph", {u"ф"}},      {u"x", {u"кс"}},
    {u"a", {u"а"}},         {u"b", {u"б"}},       {u"c", {u"ц", u"к", u"с"}},
    {u"d", {u"д"}},         {u"e", {u"е", u"э"}}, {u"f", {u"ф"}},
    {u"g", {u"г"}},         {u"h", {u"х", u"г"}}, {u"i", {u"и"}},
    {u"j", {u"й", u"дж"}},  {u"k", {u"к"}},       {u"l", {u"л"}},
    {u"m", {u"м"}},         {u"n", {u"н"}},       {u"o", {u"о"}},
    {u"p", {u"п"}},         {u"q", {u"к"}},       {u"r", {u"р"}},
    {u"s", {u"с"}},         {u"t", {u"т"}},       {u"u", {u"у", u"ю"}},
    {u"v", {u"в"}},         {u"w", {u"в"}},       {u"y", {u"ы", u"й"}},
    {u"z", {u"з", u"ц"}},
};

// German umlauts and ß written out, as people type them without a German keyboard: the index holds
// ö as o (and ß as ss), so "oe" is searched as "o".
struct Contraction {
    const char16_t *written;
    const char16_t *indexed;
};
constexpr Contraction GermanSpelledOut[] = {{u"oe", u"o"}, {u"ue", u"u"}, {u"ae", u"a"}};

enum class Script { Latin, Cyrillic, Other };

Script scriptOf(const QString &word) {
    bool latin = false;
    bool cyrillic = false;
    for (const QChar c : word) {
        if (c >= u'a' && c <= u'z')
            latin = true;
        else if (c.script() == QChar::Script_Cyrillic)
            cyrillic = true;
        else
            return Script::Other;
    }
    if (latin == cyrillic)
        return Script::Other;
    return latin ? Script::Latin : Script::Cyrillic;
}

void addUnique(QStringList *list, const QString &variant, int max) {
    if (list->size() < max && !variant.isEmpty() && !list->contains(variant))
        list->append(variant);
}

QString inScheme(const QString &word, int scheme) {
    QString out;
    for (qsizetype at = 0; at < word.size();) {
        const SchemeRow *match = nullptr;
        qsizetype length = 0;
        for (const SchemeRow &row : CyrillicToLatin) {
            QStringView pattern(row.cyrillic);
            const bool atEnd = pattern.endsWith(u'$');
            if (atEnd)
                pattern.chop(1);
            if (QStringView(word).sliced(at).startsWith(pattern) &&
                (!atEnd || at + pattern.size() == word.size()) && pattern.size() > length) {
                match = &row;
                length = pattern.size();
            }
        }
        if (!match)
            return {}; // a letter no scheme spells
        out += QStringView(match->latin[size_t(scheme)]);
        at += length;
    }
    return out;
}

// A partial reading: the Cyrillic so far and how unlikely it is (the sum of the readings' ranks,
// then the number of pieces, so "sh" as ш comes before с + х).
struct Reading {
    QString text;
    int rank = 0;
    int pieces = 0;
    bool operator<(const Reading &other) const {
        return std::tie(rank, pieces, text) < std::tie(other.rank, other.pieces, other.text);
    }
};

// The most likely Cyrillic readings of a Latin word: every way to cut it into table patterns, keeping
// only the best Beam readings at each position, so the work is linear in the word's length.
QStringList cyrillicReadings(const QString &word, int max) {
    constexpr int Beam = 8;
    std::vector<std::vector<Reading>> at(size_t(word.size()) + 1);
    at[0].push_back({});
    for (qsizetype from = 0; from < word.size(); ++from) {
        auto &here = at[size_t(from)];
        std::sort(here.begin(), here.end());
        if (here.size() > Beam)
            here.resize(Beam);
        const QStringView rest = QStringView(word).sliced(from);
        for (const ReadingRow &row : LatinToCyrillic) {
            const QStringView pattern(row.latin);
            if (!rest.startsWith(pattern))
                continue;
            for (int choice = 0; choice < int(row.cyrillic.size()) && row.cyrillic[size_t(choice)]; ++choice)
                for (const Reading &reading : here)
                    at[size_t(from + pattern.size())].push_back(
                        {reading.text + QStringView(row.cyrillic[size_t(choice)]), reading.rank + choice,
                         reading.pieces + 1});
        }
    }
    auto &done = at.back();
    std::sort(done.begin(), done.end());
    QStringList readings;
    for (const Reading &reading : done)
        addUnique(&readings, SearchText::fold(reading.text), max);
    return readings;
}

QString germanContracted(const QString &word) {
    QString out = word;
    for (const Contraction &contraction : GermanSpelledOut)
        out.replace(QString::fromUtf16(contraction.written), QString::fromUtf16(contraction.indexed));
    return out;
}

} // namespace

QStringList SpellingVariants::of(const QString &word) {
    QStringList variants{word};
    if (word.size() < MinLength || word.size() > MaxLength)
        return variants;
    switch (scriptOf(word)) {
    case Script::Latin:
        addUnique(&variants, germanContracted(word), MaxPerWord);
        for (const QString &reading : cyrillicReadings(word, MaxPerWord))
            addUnique(&variants, reading, MaxPerWord);
        break;
    case Script::Cyrillic:
        for (int scheme = 0; scheme < SchemeCount; ++scheme)
            addUnique(&variants, inScheme(word, scheme), MaxPerWord);
        break;
    case Script::Other:
        break;
    }
    return variants;
}

QList<QStringList> SpellingVariants::ofWords(const QStringList &words) {
    QList<QStringList> terms;
    qsizetype budget = MaxPerQuery - words.size(); // every word is searched as typed
    for (const QString &word : words) {
        QStringList variants = of(word);
        const qsizetype extra = std::clamp<qsizetype>(budget, 0, variants.size() - 1);
        variants.resize(extra + 1);
        budget -= extra;
        terms << variants;
    }
    return terms;
}
