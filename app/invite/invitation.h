#pragma once

#include "invite/invitationfailure.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The life of an outbox row: queued → sending → sent | failed | needs_review; discarded by the user.
enum class InvitationState { Queued, Sending, Sent, Failed, NeedsReview, Discarded };

QString invitationStateToken(InvitationState state); // "queued", "needs_review", … (stored)
InvitationState invitationStateFromToken(const QString &token);
QString invitationStateText(InvitationState state); // translated

// What the compose dialog hands to the outbox.
struct NewInvitation {
    QString portal; // host of the portal, e.g. "acme.bitrix24.com"
    QString email;  // as entered; normalised by the outbox
    QString firstName;
    QString middleName;
    QString lastName;
    QString position;
    QList<int> departmentIds;
    QString departmentName; // for the audit log
    bool extranet = false;
    QList<int> groupIds;
    QString message; // MESSAGE_TEXT already filled for this recipient
    QString tab;     // "email", "register", … (which tab of the dialog)
    QString inviter; // who invited (display name of the current user)
    QString phone;   // optional mobile number (Register tab), sent as PERSONAL_MOBILE
};

// A row of the outbox.
struct Invitation : NewInvitation {
    qint64 id = 0;
    QString idempotencyKey;
    QString emailKey;  // EmailAddress::comparisonKey
    QString sendEmail; // EmailCheck::forSending
    InvitationState state = InvitationState::Queued;
    qint64 userId = 0; // when sent
    InvitationFailure failure;
    QString note; // e.g. "will be sent when the portal is reachable"
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The result of one call, to be written back by InvitationOutbox::applyOutcomes.
struct InvitationOutcome {
    qint64 id = 0;
    InvitationState state = InvitationState::Sent; // Sent, Failed, NeedsReview or Queued
    qint64 userId = 0;
    InvitationFailure failure;
    QString note;
    QString answer; // the portal's answer for the audit log (user id or code + description)
};
