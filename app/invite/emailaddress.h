#pragma once

#include <QString>

// Why an e-mail address cannot be used. Ordered roughly by how early the check fails.
enum class EmailProblem {
    None,
    Empty,
    ControlCharacter, // CR, LF, NUL, BEL, DEL, …: never part of an address (header injection)
    TooLong,          // whole address longer than 254 characters
    ContainsSpaces,
    MissingAt,
    MultipleAt,
    EmptyLocalPart,
    LocalPartTooLong,  // more than 64 octets before the @
    UnterminatedQuote, // "john@example.com
    InvalidQuotedLocalPart,
    QuotedLocalPart,    // "john doe"@…: valid RFC 5322, but not an address Bitrix24 takes
    DotAtLocalPartEdge, // .john@… or john.@…
    ConsecutiveDots,    // john..doe@… or example..com
    InvalidLocalCharacter,
    EmptyDomain,
    DomainDotAtEdge,  // user@.example.com
    DomainLiteral,    // user@[192.0.2.1]: not accepted for invitations
    DomainWithoutDot, // user@localhost
    InvalidDomainCharacter,
    DomainLabelHyphen,  // a label starts or ends with '-'
    DomainLabelTooLong, // a label longer than 63 characters
    DomainTooLong,
    InvalidPunycode, // an xn-- label that does not decode to a valid internationalised label
    NumericTopLevelDomain,
};

// The outcome of checking one address: the problem (if any), the form to send to the portal and the
// key to compare addresses with.
struct EmailCheck {
    EmailProblem problem = EmailProblem::Empty;
    QString address;                     // trimmed, domain without its trailing dot, as typed otherwise
    QString forSending;                  // local part as typed (NFC) @ ASCII-compatible (ACE) domain
    QString comparisonKey;               // lower-case, NFC, ACE domain, no trailing dot; empty when invalid
    bool internationalLocalPart = false; // non-ASCII before the @ (SMTPUTF8 needed to deliver)

    bool isValid() const { return problem == EmailProblem::None; }
};

// E-mail address syntax as invitations need it: the dot-atom form of an RFC 5321/5322 addr-spec,
// internationalised domains (IDNA via QUrl::toAce, xn-- labels checked) and Unicode local parts
// (RFC 6531). Policy: what InviteDesk accepts is a subset of what the portal accepts. Bitrix24 takes
// only ordinary addresses, so quoted local parts, comments and domain literals are refused with a
// reason, and a control character (CR, LF, NUL, DEL, …) is never accepted anywhere: an address is
// later written into mail headers, where a line break is an injection.
// Normalisation gives one comparison key per mailbox so that duplicates and known people are found
// regardless of case, Unicode form, IDN spelling or a trailing dot.
namespace EmailAddress {

EmailCheck check(const QString &text);
bool isValid(const QString &text);

// The comparison key of an address (see EmailCheck::comparisonKey). For an invalid address a
// best-effort key (trimmed, lower-case) so that invalid duplicates are still recognised.
QString comparisonKey(const QString &text);

// A translated sentence that names the problem in the user's words; empty for EmailProblem::None.
QString problemText(EmailProblem problem);

} // namespace EmailAddress
