#include "invite/personname.h"

#include <QStringList>

namespace {

// Family-name particles that belong to the last name ("van Beethoven", "de la Cruz").
bool isSurnameParticle(const QString &word) {
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"),    QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("da"),  QStringLiteral("das"),   QStringLiteral("dos"),
        QStringLiteral("di"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("du"),  QStringLiteral("ter"),   QStringLiteral("ten"),
        QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("al"),    QStringLiteral("el"),
        QStringLiteral("zu"),  QStringLiteral("st.")};
    return particles.contains(word.toLower());
}

bool isPatronymic(const QString &word) {
    static const QStringList endings = {
        QStringLiteral("ович"),   QStringLiteral("евич"), QStringLiteral("ич"),
        QStringLiteral("овна"),   QStringLiteral("евна"), QStringLiteral("ична"),
        QStringLiteral("инична"), QStringLiteral("оглы"), QStringLiteral("кызы")};
    const QString lower = word.toLower();
    for (const QString &e : endings) {
        if (lower.size() > e.size() + 1 && lower.endsWith(e))
            return true;
    }
    return false;
}

bool isUpperCaseWord(const QString &word) {
    bool letters = false;
    for (QChar c : word) {
        if (c.isLetter()) {
            letters = true;
            if (!c.isUpper())
                return false;
        }
    }
    return letters && word.size() > 1;
}

QString cleaned(QString s) {
    s = s.simplified();
    while (s.size() >= 2 &&
           ((s.startsWith(u'"') && s.endsWith(u'"')) || (s.startsWith(u'\'') && s.endsWith(u'\''))))
        s = s.mid(1, s.size() - 2).simplified();
    s.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    return s;
}

} // namespace

PersonName PersonName::fromDisplayName(const QString &displayName) {
    const QString name = cleaned(displayName);
    PersonName result;
    if (name.isEmpty())
        return result;

    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        result.last = name.left(comma).simplified();
        const QStringList rest = name.mid(comma + 1).simplified().split(u' ', Qt::SkipEmptyParts);
        if (!rest.isEmpty()) {
            result.first = rest.first();
            result.middle = rest.mid(1).join(u' ');
        }
        return result;
    }

    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() == 1) {
        result.first = words.first();
        return result;
    }
    if (words.size() == 3 && isPatronymic(words.at(2))) {
        // Russian order in documents: family name, given name, patronymic.
        result.last = words.at(0);
        result.first = words.at(1);
        result.middle = words.at(2);
        return result;
    }
    if (words.size() >= 2 && isPatronymic(words.at(1))) {
        result.first = words.at(0);
        result.middle = words.at(1);
        result.last = words.mid(2).join(u' ');
        return result;
    }
    if (isUpperCaseWord(words.first()) && !isUpperCaseWord(words.last())) {
        result.last = words.takeFirst();
        result.first = words.join(u' ');
        return result;
    }
    // The last name starts at the first particle after the first word, else it is the last word.
    qsizetype lastStart = words.size() - 1;
    for (qsizetype i = 1; i < words.size() - 1; ++i) {
        if (isSurnameParticle(words.at(i))) {
            lastStart = i;
            break;
        }
    }
    result.first = words.mid(0, lastStart).join(u' ');
    result.last = words.mid(lastStart).join(u' ');
    return result;
}

QString PersonName::join(const QString &first, const QString &middle, const QString &last) {
    QStringList parts;
    for (const QString &p : {first, middle, last}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(u' ');
}
