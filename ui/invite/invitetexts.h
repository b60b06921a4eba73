#pragma once

#include "invite/invitation.h"
#include "portal/identifyjob.h"

#include <QString>

// Sentences the invite dialog shows in several places, so that they read the same everywhere.
namespace InviteTexts {
// The rights explanation: shown as a banner for non-administrators and instead of a raw access_denied.
QString rightsExplanation();
// The portal refuses this employee: "Allow everyone to invite" is off. Names the setting and where.
QString rightsRefusedBySetting();
// The invite dialog's one-line banner for what the portal said about inviting (it names the setting);
// empty when there is nothing to say. rightsNoticeDetails() is the whole explanation (its tooltip).
QString rightsNotice(bool isAdmin, PortalIdentity::InviteRight right);
QString rightsNoticeDetails(bool isAdmin, PortalIdentity::InviteRight right);
// An outbox row's state and result in the user's words ("Sent (user 1042)", "Failed: Duplicate: …").
// With `portalWaiting` (the sender waits for the portal to answer again), rows on their way read
// "Waiting for the portal" instead of "Queued"/"Sending".
QString resultText(const Invitation &invitation, bool portalWaiting = false);
// "Waiting for the portal".
QString waitingForPortal();
} // namespace InviteTexts
