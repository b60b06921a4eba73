#include "invite/emailaddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

bool hasNonAsciiChar(QStringView s) {
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

constexpr int MaxAddressOctets = 254;
constexpr int MaxLocalOctets = 64;
constexpr int MaxDomainOctets = 253;
constexpr int MaxLabelOctets = 63;

bool isAsciiAtext(char16_t c) {
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'-':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
        return true;
    default:
        return false;
    }
}

// Letters, digits and combining marks of any script; what RFC 6531 local parts and IDN labels use.
bool isUnicodeWordChar(QChar c) {
    return c.isLetterOrNumber() || c.isMark();
}

bool isControl(QChar c) {
    return c.category() == QChar::Other_Control; // C0, DEL and C1
}

// An ACE label (xn--…) must be what IDNA would produce for some Unicode label: it decodes, and the
// decoded label encodes back to the same ACE form. "xn--" followed by garbage does not.
bool isValidAceLabel(QStringView label) {
    if (!label.startsWith(u"xn--", Qt::CaseInsensitive))
        return true;
    const QString ace = label.toString().toLower();
    const QString decoded = QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (decoded.isEmpty() || decoded == ace || !hasNonAsciiChar(decoded))
        return false;
    return QString::fromLatin1(QUrl::toAce(decoded)) == ace;
}

qsizetype utf8Size(QStringView s) {
    return s.toUtf8().size();
}

struct Local {
    EmailProblem problem = EmailProblem::None;
    QString key; // lower-case comparison form
};

Local checkDotAtomLocal(QStringView local) {
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return {EmailProblem::DotAtLocalPartEdge, {}};
    if (local.contains(u".."))
        return {EmailProblem::ConsecutiveDots, {}};
    for (QChar c : local) {
        const bool ok = c.unicode() < 0x80 ? (isAsciiAtext(c.unicode()) || c == u'.') : isUnicodeWordChar(c);
        if (!ok)
            return {EmailProblem::InvalidLocalCharacter, {}};
    }
    return {EmailProblem::None, local.toString().toLower()};
}

struct Domain {
    EmailProblem problem = EmailProblem::None;
    QString ace;
};

Domain checkDomain(QStringView domain) {
    if (domain.isEmpty())
        return {EmailProblem::EmptyDomain, {}};
    if (domain.startsWith(u'['))
        return {EmailProblem::DomainLiteral, {}};
    if (domain.startsWith(u'.'))
        return {EmailProblem::DomainDotAtEdge, {}};
    if (domain.contains(u".."))
        return {EmailProblem::ConsecutiveDots, {}};
    for (QChar c : domain) {
        const bool ok = c.unicode() < 0x80 ? (c.isLetterOrNumber() || c == u'-' || c == u'.')
                                           : (isUnicodeWordChar(c) || c == QChar(0x3002) ||
                                              c == QChar(0xff0e) || c == QChar(0xff61));
        if (!ok)
            return {EmailProblem::InvalidDomainCharacter, {}};
    }
    QString ace;
    if (hasNonAsciiChar(domain)) {
        ace = QString::fromLatin1(QUrl::toAce(domain.toString()));
        if (ace.isEmpty())
            return {EmailProblem::InvalidDomainCharacter, {}};
    } else {
        ace = domain.toString().toLower();
    }
    if (ace.endsWith(u'.'))
        ace.chop(1);
    if (ace.size() > MaxDomainOctets)
        return {EmailProblem::DomainTooLong, {}};
    const QList<QStringView> labels = QStringView(ace).split(u'.');
    if (labels.size() < 2)
        return {EmailProblem::DomainWithoutDot, {}};
    for (QStringView label : labels) {
        if (label.isEmpty())
            return {EmailProblem::ConsecutiveDots, {}};
        if (label.size() > MaxLabelOctets)
            return {EmailProblem::DomainLabelTooLong, {}};
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return {EmailProblem::DomainLabelHyphen, {}};
        if (!isValidAceLabel(label))
            return {EmailProblem::InvalidPunycode, {}};
    }
    bool numeric = true;
    for (QChar c : labels.constLast())
        numeric = numeric && c.isDigit();
    if (numeric)
        return {EmailProblem::NumericTopLevelDomain, {}};
    return {EmailProblem::None, ace};
}

EmailCheck failed(EmailProblem problem, const QString &address) {
    EmailCheck result;
    result.problem = problem;
    result.address = address;
    return result;
}

// Where the local part ends: the '@' after a quoted local part, or the only '@' of an unquoted one.
struct AtSign {
    qsizetype at = -1;
    bool quotedLocal = false;
    EmailProblem problem = EmailProblem::None;
};

AtSign findAtSign(const QString &s) {
    if (s.startsWith(u'"')) {
        qsizetype i = 1;
        for (; i < s.size(); ++i) {
            if (s[i] == u'\\') {
                ++i;
                continue;
            }
            if (s[i] == u'"')
                break;
        }
        if (i >= s.size())
            return {-1, true, s.contains(u'@') ? EmailProblem::UnterminatedQuote : EmailProblem::MissingAt};
        if (i + 1 >= s.size() || s[i + 1] != u'@')
            return {-1, true,
                    s.indexOf(u'@', i) < 0 ? EmailProblem::MissingAt : EmailProblem::InvalidQuotedLocalPart};
        return {i + 1, true, EmailProblem::None};
    }
    for (QChar c : s) {
        if (c.isSpace())
            return {-1, false, EmailProblem::ContainsSpaces};
    }
    const qsizetype at = s.indexOf(u'@');
    if (at < 0)
        return {-1, false, EmailProblem::MissingAt};
    if (s.indexOf(u'@', at + 1) >= 0)
        return {-1, false, EmailProblem::MultipleAt};
    return {at, false, EmailProblem::None};
}

} // namespace

namespace EmailAddress {

EmailCheck check(const QString &text) {
    const QString s = text.trimmed();
    if (s.isEmpty())
        return failed(EmailProblem::Empty, s);
    // Before anything else, so that no later rule (a quoted pair, a trailing-space trim) lets one in.
    for (QChar c : s) {
        if (isControl(c))
            return failed(EmailProblem::ControlCharacter, s);
    }

    const AtSign split = findAtSign(s);
    if (split.problem != EmailProblem::None)
        return failed(split.problem, s);
    const qsizetype at = split.at;
    const bool quotedLocal = split.quotedLocal;

    const QStringView localView = QStringView(s).left(at);
    QStringView domainView = QStringView(s).mid(at + 1);
    for (QChar c : domainView) {
        if (c.isSpace())
            return failed(EmailProblem::ContainsSpaces, s);
        if (c == u'@')
            return failed(EmailProblem::MultipleAt, s);
    }
    if (localView.isEmpty())
        return failed(EmailProblem::EmptyLocalPart, s);

    // A well-formed quoted local part ("john doe"@…) is valid RFC 5322 but not an address Bitrix24
    // takes (it checks with a dot-atom pattern), and its quoted pairs are where control characters
    // hid: refused with its own reason.
    if (quotedLocal)
        return failed(EmailProblem::QuotedLocalPart, s);
    const QString local = localView.toString().normalized(QString::NormalizationForm_C);
    if (utf8Size(local) > MaxLocalOctets)
        return failed(EmailProblem::LocalPartTooLong, s);
    const Local l = checkDotAtomLocal(local);
    if (l.problem != EmailProblem::None)
        return failed(l.problem, s);

    // One trailing dot is the DNS root ("example.com."); it does not change the mailbox.
    if (domainView.endsWith(u'.') && domainView.size() > 1 && !domainView.endsWith(u".."))
        domainView.chop(1);
    const QString domain = domainView.toString().normalized(QString::NormalizationForm_C);
    const Domain d = checkDomain(domain);
    if (d.problem != EmailProblem::None)
        return failed(d.problem, s);

    EmailCheck result;
    result.address = local + u'@' + domain;
    result.forSending = local + u'@' + d.ace;
    if (utf8Size(result.forSending) > MaxAddressOctets)
        return failed(EmailProblem::TooLong, s);
    result.problem = EmailProblem::None;
    result.comparisonKey = l.key + u'@' + d.ace.toLower();
    result.internationalLocalPart = hasNonAsciiChar(local);
    return result;
}

bool isValid(const QString &text) {
    return check(text).isValid();
}

QString comparisonKey(const QString &text) {
    const EmailCheck c = check(text);
    if (c.isValid())
        return c.comparisonKey;
    return text.trimmed().toLower();
}

QString problemText(EmailProblem problem) {
    switch (problem) {
    case EmailProblem::None:
        return {};
    case EmailProblem::Empty:
        return QCoreApplication::translate("EmailAddress", "The address is empty.");
    case EmailProblem::ControlCharacter:
        return QCoreApplication::translate(
            "EmailAddress", "The address contains an invisible control character (such as a line break).");
    case EmailProblem::QuotedLocalPart:
        return QCoreApplication::translate("EmailAddress",
                                           "Addresses with quotation marks before the @ cannot be invited: "
                                           "Bitrix24 accepts only ordinary addresses.");
    case EmailProblem::InvalidPunycode:
        return QCoreApplication::translate(
            "EmailAddress", "A part of the domain starting with \"xn--\" is not a valid international name.");
    case EmailProblem::TooLong:
        return QCoreApplication::translate("EmailAddress", "The address is longer than 254 characters.");
    case EmailProblem::ContainsSpaces:
        return QCoreApplication::translate("EmailAddress", "The address contains spaces.");
    case EmailProblem::MissingAt:
        return QCoreApplication::translate("EmailAddress", "The address has no @.");
    case EmailProblem::MultipleAt:
        return QCoreApplication::translate("EmailAddress", "The address has more than one @.");
    case EmailProblem::EmptyLocalPart:
        return QCoreApplication::translate("EmailAddress", "Nothing comes before the @.");
    case EmailProblem::LocalPartTooLong:
        return QCoreApplication::translate("EmailAddress",
                                           "The part before the @ is longer than 64 characters.");
    case EmailProblem::UnterminatedQuote:
        return QCoreApplication::translate("EmailAddress", "A quotation mark is not closed.");
    case EmailProblem::InvalidQuotedLocalPart:
        return QCoreApplication::translate("EmailAddress", "The quoted part before the @ is not valid.");
    case EmailProblem::DotAtLocalPartEdge:
        return QCoreApplication::translate("EmailAddress",
                                           "The part before the @ starts or ends with a dot.");
    case EmailProblem::ConsecutiveDots:
        return QCoreApplication::translate("EmailAddress", "The address has two dots in a row.");
    case EmailProblem::InvalidLocalCharacter:
        return QCoreApplication::translate("EmailAddress",
                                           "The part before the @ contains a character that is not allowed.");
    case EmailProblem::EmptyDomain:
        return QCoreApplication::translate("EmailAddress", "The domain after the @ is missing.");
    case EmailProblem::DomainDotAtEdge:
        return QCoreApplication::translate("EmailAddress", "The domain starts with a dot.");
    case EmailProblem::DomainLiteral:
        return QCoreApplication::translate("EmailAddress", "IP addresses cannot be used as a domain.");
    case EmailProblem::DomainWithoutDot:
        return QCoreApplication::translate("EmailAddress",
                                           "The domain is incomplete (for example, \"example.com\").");
    case EmailProblem::InvalidDomainCharacter:
        return QCoreApplication::translate("EmailAddress",
                                           "The domain contains a character that is not allowed.");
    case EmailProblem::DomainLabelHyphen:
        return QCoreApplication::translate("EmailAddress",
                                           "A part of the domain starts or ends with a hyphen.");
    case EmailProblem::DomainLabelTooLong:
        return QCoreApplication::translate("EmailAddress",
                                           "A part of the domain is longer than 63 characters.");
    case EmailProblem::DomainTooLong:
        return QCoreApplication::translate("EmailAddress", "The domain is longer than 253 characters.");
    case EmailProblem::NumericTopLevelDomain:
        return QCoreApplication::translate("EmailAddress", "The domain ends in a number, not a name.");
    }
    return {};
}

} // namespace EmailAddress
