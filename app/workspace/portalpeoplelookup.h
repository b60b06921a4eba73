#pragma once

#include "invite/knownpeoplelookup.h"
#include "portal/portalerror.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

class PortalSession;
class QObject;

// What the portal knows right now about a few e-mail addresses (employee, invited, dismissed), for a
// scripted run that must not rely on a directory copy synced hours ago: one `batch` request of
// user.get FILTER[=EMAIL] (admin mode, spec §6.5) for at most MaxAddresses addresses. `done` runs once,
// in `context`'s thread, never after `context` is gone; the answer is keyed by
// EmailAddress::comparisonKey.
namespace PortalPeopleLookup {
constexpr int MaxAddresses = 50; // one batch request
using Done =
    std::function<void(const std::optional<PortalError> &error, const QHash<QString, KnownPerson> &people)>;
void run(PortalSession *session, const QStringList &addresses, QObject *context, Done done);
} // namespace PortalPeopleLookup
