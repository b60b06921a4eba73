#pragma once

#include "portal/identifyjob.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class InvitationAuditLog;
class InvitationDrafts;
class InvitationOutbox;
class InvitationSender;
class KnownPeopleLookup;
class QSettings;
class TemplateLibrary;

// A workgroup an extranet user can be invited to (sonet_group.get, fetched by the workspace).
struct InviteGroup {
    int id = 0;
    QString name;
};

// A department chosen before the dialog opened (e.g. on the Company Structure page).
struct InviteDepartment {
    qint64 id = 0;
    QString name;
};

// Everything the invite dialog works with, passed in by whoever opens it. Widgets keep a copy, never a
// reference: callers pass temporaries. Pointers are borrowed and must outlive the dialog
// (the shell closes the dialog on Workspace::outboxClosing()); a null pointer turns off the feature that
// needs it (no outbox: nothing can be sent; no drafts: nothing is kept; no template library: no named
// templates).
struct InviteDialogContext {
    InvitationOutbox *outbox = nullptr;
    InvitationSender *sender = nullptr; // drains `outbox` for `portal`
    InvitationDrafts *drafts = nullptr;
    TemplateLibrary *templates = nullptr;
    InvitationAuditLog *auditLog = nullptr;
    // Who is already on the portal. When null and directoryDatabasePath is set, the directory is asked.
    const KnownPeopleLookup *knownPeople = nullptr;
    QString directoryDatabasePath; // the directory copy: departments and known people
    QSettings *settings = nullptr; // last tab, registration link, role presets

    QString portal;     // outbox key: the portal's host as InvitationSender knows it
    QString portalName; // shown to people ("Acme" or "acme.bitrix24.com")
    QUrl portalUrl;     // https://acme.bitrix24.com (http on loopback for the sandbox)
    QString inviterName;
    QString inviterEmail;
    bool isAdmin = true; // user.admin
    // What the portal said about inviting (for employees, the "Allow everyone to invite" setting).
    PortalIdentity::InviteRight inviteRight = PortalIdentity::InviteRight::Maybe;
    std::optional<int> freeSeats; // seats left on the plan, when the admin entered the seat count
    std::optional<int> planSeats; // the plan's user limit from Preferences, when entered
    std::optional<int> seatsUsed; // active users as far as the directory copy knows
    int confirmAbove = 0;         // sends of more invitations are confirmed first; 0: never asked
    QList<InviteGroup> groups;    // extranet workgroups
    std::optional<InviteDepartment> department; // preselected
    QUrl registrationInfoUrl;                   // training mode: <sandbox>/sandbox/registration
    QString registrationInfoToken;              // the training sandbox's control token for it
    // Opens a URL outside the app (browser, mail client). QDesktopServices::openUrl when empty.
    std::function<bool(const QUrl &)> openUrl;
};
