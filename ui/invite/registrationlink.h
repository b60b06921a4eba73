#pragma once

#include <QString>
#include <QUrl>

// The portal's Quick Registration link as the administrator pasted it (REST does not expose it,
// spec §7.3): it must be a web address on the portal's own host.
namespace RegistrationLink {
// A translated sentence naming precisely what is wrong, empty when the link is usable.
QString problem(const QString &link, const QUrl &portalUrl);
} // namespace RegistrationLink
