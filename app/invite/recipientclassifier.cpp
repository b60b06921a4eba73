#include "invite/recipientclassifier.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

QString ClassifiedRecipient::reason() const {
    switch (state) {
    case RecipientState::Ready:
        return QCoreApplication::translate("RecipientClassifier", "Ready");
    case RecipientState::InvalidAddress:
        return QCoreApplication::translate("RecipientClassifier", "Invalid address: %1")
            .arg(EmailAddress::problemText(recipient.check.problem));
    case RecipientState::InvalidDetails:
        return recipient.problems.isEmpty()
                   ? QCoreApplication::translate("RecipientClassifier", "This row has a problem.")
                   : recipient.problems.join(u' ');
    case RecipientState::Repeated:
        return QCoreApplication::translate("RecipientClassifier",
                                           "Repeated: this address is already in the list (row %1).")
            .arg(firstIndex + 1);
    case RecipientState::AlreadyEmployee:
        return QCoreApplication::translate("RecipientClassifier", "Already an employee.");
    case RecipientState::AlreadyInvited:
        return QCoreApplication::translate("RecipientClassifier", "Already invited and not joined yet.");
    case RecipientState::Dismissed:
        return QCoreApplication::translate(
            "RecipientClassifier",
            "Belongs to a dismissed user; the portal does not reuse it. Reinstate the user instead.");
    case RecipientState::AlreadyQueued:
        return QCoreApplication::translate("RecipientClassifier", "Already waiting in the outbox.");
    case RecipientState::OverUserLimit:
        return QCoreApplication::translate("RecipientClassifier", "Would exceed the plan's user limit.");
    }
    return {};
}

QString ClassificationSummary::text() const {
    QStringList parts;
    parts << (ready > 0 ? QCoreApplication::translate("RecipientClassifier", "Will invite %n", nullptr, ready)
                        : QCoreApplication::translate("RecipientClassifier", "Nothing to invite"));
    const auto add = [&parts](int n, const char *text) {
        if (n > 0)
            parts << QCoreApplication::translate("RecipientClassifier", text, nullptr, n);
    };
    add(employees, QT_TRANSLATE_N_NOOP("RecipientClassifier", "skip %n already employee(s)"));
    add(invited, QT_TRANSLATE_N_NOOP("RecipientClassifier", "skip %n already invited"));
    add(queued, QT_TRANSLATE_N_NOOP("RecipientClassifier", "skip %n already in the outbox"));
    add(dismissed, QT_TRANSLATE_N_NOOP("RecipientClassifier", "skip %n dismissed user(s)"));
    add(repeated, QT_TRANSLATE_N_NOOP("RecipientClassifier", "%n repeated"));
    add(invalid, QT_TRANSLATE_N_NOOP("RecipientClassifier", "%n invalid"));
    add(overLimit, QT_TRANSLATE_N_NOOP("RecipientClassifier", "%n over the user limit"));
    return parts.join(QStringLiteral(" · "));
}

QString ClassificationSummary::inviteButtonText() const {
    return QCoreApplication::translate("RecipientClassifier", "Invite %n", nullptr, ready);
}

ClassificationSummary ClassificationSummary::of(const QList<ClassifiedRecipient> &recipients) {
    ClassificationSummary s;
    for (const ClassifiedRecipient &r : recipients) {
        switch (r.state) {
        case RecipientState::Ready:
            ++s.ready;
            break;
        case RecipientState::InvalidAddress:
        case RecipientState::InvalidDetails:
            ++s.invalid;
            break;
        case RecipientState::Repeated:
            ++s.repeated;
            break;
        case RecipientState::AlreadyEmployee:
            ++s.employees;
            break;
        case RecipientState::AlreadyInvited:
            ++s.invited;
            break;
        case RecipientState::Dismissed:
            ++s.dismissed;
            break;
        case RecipientState::AlreadyQueued:
            ++s.queued;
            break;
        case RecipientState::OverUserLimit:
            ++s.overLimit;
            break;
        }
    }
    return s;
}

RecipientClassifier::RecipientClassifier(const KnownPeopleLookup &directory)
    : m_directory(directory) {}

QList<ClassifiedRecipient> RecipientClassifier::classify(const QList<Recipient> &recipients) const {
    QList<ClassifiedRecipient> out;
    out.reserve(recipients.size());
    QHash<QString, int> firstSeen;
    firstSeen.reserve(recipients.size());
    QStringList keys;
    keys.reserve(recipients.size());
    for (const Recipient &r : recipients) {
        ClassifiedRecipient c;
        c.recipient = r;
        if (!r.check.isValid()) {
            c.state = RecipientState::InvalidAddress;
        } else if (!r.problems.isEmpty()) {
            c.state = RecipientState::InvalidDetails;
        } else {
            const auto it = firstSeen.constFind(r.check.comparisonKey);
            if (it != firstSeen.cend()) {
                c.state = RecipientState::Repeated;
                c.firstIndex = it.value();
            } else {
                firstSeen.insert(r.check.comparisonKey, int(out.size()));
                keys << r.check.comparisonKey;
            }
        }
        out.append(std::move(c));
    }

    const QHash<QString, KnownPerson> known = m_directory.peopleFor(keys);
    int seatsLeft = m_freeSeats.value_or(std::numeric_limits<int>::max());
    for (ClassifiedRecipient &c : out) {
        if (c.state != RecipientState::Ready)
            continue;
        const auto it = known.constFind(c.recipient.check.comparisonKey);
        if (it != known.cend()) {
            c.knownUserId = it->userId;
            switch (it->state) {
            case KnownPersonState::Employee:
                c.state = RecipientState::AlreadyEmployee;
                continue;
            case KnownPersonState::Invited:
                c.state = RecipientState::AlreadyInvited;
                continue;
            case KnownPersonState::Dismissed:
                c.state = RecipientState::Dismissed;
                continue;
            case KnownPersonState::Unknown:
                break;
            }
        }
        if (m_queued.contains(c.recipient.check.comparisonKey)) {
            c.state = RecipientState::AlreadyQueued;
            continue;
        }
        if (seatsLeft <= 0)
            c.state = RecipientState::OverUserLimit;
        else
            --seatsLeft;
    }
    return out;
}
