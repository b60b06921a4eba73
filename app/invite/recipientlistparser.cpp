#include "invite/recipientlistparser.h"

#include "invite/personname.h"

#include <QStringList>

#include <algorithm>

namespace {

enum class AtomKind { Word, Quoted, Angle, Comment };

struct Atom {
    AtomKind kind = AtomKind::Word;
    QString text; // Quoted/Angle/Comment: the inside, unescaped for Quoted; Word: as written
    QString raw;  // as written, with delimiters
};

using Segment = QList<Atom>;

bool isSeparator(QChar c) {
    switch (c.unicode()) {
    case u',':
    case u';':
    case 0x060c: // Arabic comma
    case 0x061b: // Arabic semicolon
    case 0xff0c: // full-width comma
    case 0xff1b: // full-width semicolon
    case 0x3001: // ideographic comma
        return true;
    default:
        return false;
    }
}

// Invisible marks that come with text copied from right-to-left documents, web pages and Word.
bool isInvisible(QChar c) {
    return c.category() == QChar::Other_Format;
}

bool isBlank(QChar c) {
    return c.isSpace() || isInvisible(c);
}

// Spaces that by definition do not separate words. One inside what becomes an address must not cut
// it (`john<NBSP>doe@…` invited `doe@…`).
bool isNoBreakSpace(QChar c) {
    return c == QChar(0x00a0) || c == QChar(0x2007) || c == QChar(0x202f);
}

// Whether the run of text from `i` up to the next ordinary blank, separator or delimiter holds an @.
bool atSignAhead(QStringView text, qsizetype i) {
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'@')
            return true;
        if ((isBlank(c) && !isNoBreakSpace(c)) || isSeparator(c) || c == u'<' || c == u'(')
            return false;
    }
    return false;
}

// Where an unclosed `(` comment ends: before the next word that holds an @, or at the next
// separator, instead of at the end of the line (`a@x.com (Ann b@y.com` read b@y.com as
// part of Ann's name and never invited it).
qsizetype unclosedCommentEnd(QStringView text, qsizetype from) {
    qsizetype i = from;
    while (i < text.size()) {
        if (isSeparator(text[i]))
            return i;
        if (isBlank(text[i])) {
            ++i;
            continue;
        }
        const qsizetype word = i;
        while (i < text.size() && !isBlank(text[i]) && !isSeparator(text[i]))
            ++i;
        if (text.mid(word, i - word).contains(u'@'))
            return word;
    }
    return text.size();
}

QString stripMailto(const QString &s) {
    if (s.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return s.mid(7);
    return s;
}

// Reads the delimited atom starting at text[i] (which is `open`); returns the inside and advances i
// past the closing delimiter or to the end of the text when it is missing.
QString readDelimited(QStringView text, qsizetype &i, QChar open, QChar close, bool escapes,
                      bool *closed = nullptr) {
    if (closed)
        *closed = false;
    QString inside;
    int depth = 1;
    ++i;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (escapes && c == u'\\' && i + 1 < text.size()) {
            inside += text[++i];
            continue;
        }
        if (c == close && --depth == 0) {
            ++i;
            if (closed)
                *closed = true;
            return inside;
        }
        if (c == open && open != close)
            ++depth;
        if (!isInvisible(c))
            inside += c;
    }
    return inside;
}

// One line into segments (between separators) of atoms.
QList<Segment> scanLine(QStringView line) {
    QList<Segment> segments(1);
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line[i];
        if (isSeparator(c)) {
            if (!segments.constLast().isEmpty())
                segments.append(Segment());
            ++i;
            continue;
        }
        if (isBlank(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        Atom atom;
        if (c == u'<') {
            atom.kind = AtomKind::Angle;
            atom.text = stripMailto(readDelimited(line, i, u'<', u'>', false).trimmed());
        } else if (c == u'(') {
            atom.kind = AtomKind::Comment;
            bool closed = false;
            atom.text = readDelimited(line, i, u'(', u')', false, &closed).simplified();
            if (!closed) {
                i = unclosedCommentEnd(line, start + 1);
                QString inside;
                for (QChar k : line.mid(start + 1, i - start - 1)) {
                    if (!isInvisible(k))
                        inside += k;
                }
                atom.text = inside.simplified();
            }
        } else if (c == u'"' || c == QChar(0x201c) || c == QChar(0x00ab)) {
            const QChar close = c == u'"' ? QChar(u'"') : c == QChar(0x201c) ? QChar(0x201d) : QChar(0x00bb);
            const QString inside = readDelimited(line, i, c, close, c == u'"');
            if (i < line.size() && line[i] == u'@') {
                // A quoted local part: "john doe"@example.com is one word.
                atom.kind = AtomKind::Word;
                atom.text = line.mid(start, i - start).toString();
                while (i < line.size() && !isBlank(line[i]) && !isSeparator(line[i]) && line[i] != u'<')
                    atom.text += line[i++];
            } else {
                atom.kind = AtomKind::Quoted;
                atom.text = inside.simplified();
            }
        } else {
            atom.kind = AtomKind::Word;
            while (i < line.size()) {
                const QChar w = line[i];
                if (isNoBreakSpace(w) && i > start && !atom.text.contains(u'@') && atSignAhead(line, i + 1)) {
                    atom.text += w; // kept: the address check then names the space
                    ++i;
                    continue;
                }
                if (w.isSpace() || isSeparator(w) || w == u'<' || (w == u'(' && i > start))
                    break;
                if (!isInvisible(w))
                    atom.text += w;
                ++i;
            }
            atom.text = stripMailto(atom.text);
        }
        atom.raw = line.mid(start, i - start).toString();
        segments.last().append(atom);
    }
    if (segments.constLast().isEmpty())
        segments.removeLast();
    return segments;
}

bool isAddressWord(const Atom &a) {
    return a.kind == AtomKind::Word && a.text.contains(u'@');
}

bool isNameWord(const Atom &a) {
    if (a.kind == AtomKind::Quoted)
        return true;
    if (a.kind != AtomKind::Word)
        return false;
    bool letter = false;
    for (QChar c : a.text) {
        if (c.isLetter() || c.isMark())
            letter = true;
        else if (c != u'-' && c != u'\'' && c != u'.' && c != QChar(0x2019))
            return false;
    }
    return letter;
}

QString joinText(const Segment &atoms, qsizetype from, qsizetype to) {
    QStringList parts;
    for (qsizetype i = from; i < to; ++i)
        parts << atoms.at(i).text;
    return parts.join(u' ').simplified();
}

QString joinRaw(const Segment &atoms) {
    QStringList parts;
    for (const Atom &a : atoms)
        parts << a.raw;
    return parts.join(u' ');
}

Recipient makeRecipient(const QString &source, const QString &address, const QString &displayName) {
    Recipient r;
    r.source = source;
    r.email = address.trimmed();
    r.check = EmailAddress::check(r.email);
    const PersonName name = PersonName::fromDisplayName(displayName);
    r.firstName = name.first;
    r.middleName = name.middle;
    r.lastName = name.last;
    return r;
}

class LineReader {
public:
    explicit LineReader(QList<Recipient> &out)
        : m_out(out) {}

    void readSegment(const Segment &seg, const QString &namePrefix) {
        // "A <a@x> B <b@y> …": each angle form is one entry and the rest is read again. Iterative, on
        // offsets: recursing on a copy of the rest overflowed the stack and was quadratic in memory
        // for a long space-separated paste.
        qsizetype from = 0;
        QString prefix = namePrefix;
        while (from < seg.size()) {
            qsizetype angle = -1;
            for (qsizetype i = from; i < seg.size(); ++i) {
                if (seg.at(i).kind == AtomKind::Angle) {
                    angle = i;
                    break;
                }
            }
            if (angle < 0) {
                readWithoutAngle(from == 0 ? seg : seg.mid(from), prefix);
                return;
            }
            from = readAngleForm(seg, from, angle, prefix);
            prefix.clear();
        }
    }

private:
    void readWithoutAngle(const Segment &seg, const QString &namePrefix) {
        int addresses = 0;
        bool othersAreName = true;
        for (const Atom &a : seg) {
            if (isAddressWord(a))
                ++addresses;
            else if (a.kind != AtomKind::Comment && !isNameWord(a))
                othersAreName = false;
        }
        if (addresses == 1 && othersAreName) {
            // "John Smith john@x.com", "john@x.com (John Smith)" or a spreadsheet row.
            QStringList name;
            QString address;
            for (const Atom &a : seg) {
                if (isAddressWord(a))
                    address = a.text;
                else
                    name << a.text;
            }
            QString display = name.join(u' ');
            if (!namePrefix.isEmpty())
                display = namePrefix + QStringLiteral(", ") + display;
            m_out.append(makeRecipient(joinRaw(seg), address, display));
            return;
        }
        // Several tokens: each one is its own recipient; a comment names the address before it.
        for (qsizetype i = 0; i < seg.size(); ++i) {
            const Atom &a = seg.at(i);
            const bool commentFollows = i + 1 < seg.size() && seg.at(i + 1).kind == AtomKind::Comment;
            if (a.kind == AtomKind::Comment) {
                m_out.append(makeRecipient(a.raw, a.text, QString()));
                continue;
            }
            if (commentFollows && isAddressWord(a)) {
                m_out.append(makeRecipient(a.raw + u' ' + seg.at(i + 1).raw, a.text, seg.at(i + 1).text));
                ++i;
                continue;
            }
            m_out.append(makeRecipient(a.raw, a.text, QString()));
        }
    }

    // Reads seg[from..] up to the angle and its comment; returns where the next entry starts.
    qsizetype readAngleForm(const Segment &seg, qsizetype from, qsizetype angle, const QString &namePrefix) {
        QString display = joinText(seg, from, angle);
        qsizetype next = angle + 1;
        if (display.isEmpty() && next < seg.size() && seg.at(next).kind == AtomKind::Comment)
            display = seg.at(next++).text;
        if (!namePrefix.isEmpty())
            display = namePrefix + QStringLiteral(", ") + display;
        const Segment own = seg.mid(from, next - from);
        m_out.append(makeRecipient(joinRaw(own), seg.at(angle).text, display));
        return next; // "A <a@x> b@y": the rest is another entry
    }

    QList<Recipient> &m_out;
};

bool hasNamedAngle(const Segment &seg) {
    return seg.size() >= 2 && seg.constFirst().kind != AtomKind::Angle && isNameWord(seg.constFirst()) &&
           std::any_of(seg.cbegin(), seg.cend(), [](const Atom &a) { return a.kind == AtomKind::Angle; });
}

// One to three unquoted name words, e.g. "Smith" or "Smith Jr." before ", John <j@x.com>".
bool isBareName(const Segment &seg) {
    return !seg.isEmpty() && seg.size() <= 3 && std::all_of(seg.cbegin(), seg.cend(), [](const Atom &a) {
        return a.kind == AtomKind::Word && isNameWord(a);
    });
}

} // namespace

QList<Recipient> RecipientListParser::parse(const QString &text) const {
    QList<Recipient> out;
    LineReader reader(out);
    const QStringView all(text);
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= all.size(); ++i) {
        if (i < all.size() && all[i] != u'\n' && all[i] != u'\r' && all[i] != QChar(0x2028))
            continue;
        const QList<Segment> segments = scanLine(all.mid(lineStart, i - lineStart));
        lineStart = i + 1;
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const Segment &seg = segments.at(s);
            // Outlook's unquoted `Last, First <address>`: a lone name word before a named angle form.
            if (isBareName(seg) && s + 1 < segments.size() && hasNamedAngle(segments.at(s + 1))) {
                const qsizetype first = out.size();
                reader.readSegment(segments.at(s + 1), joinText(seg, 0, seg.size()));
                if (first < out.size())
                    out[first].source.prepend(joinRaw(seg) + QStringLiteral(", "));
                ++s;
                continue;
            }
            reader.readSegment(seg, QString());
        }
    }
    return out;
}
