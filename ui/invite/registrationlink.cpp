#include "invite/registrationlink.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
bool isLoopback(const QString &host) {
    const QHostAddress address(host);
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
           (!address.isNull() && address.isLoopback());
}
} // namespace

QString RegistrationLink::problem(const QString &text, const QUrl &portalUrl) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate(
            "RegistrationLink",
            "Paste the registration link from the portal (Employees → Invite → Quick registration).");
    if (trimmed.contains(u' '))
        return QCoreApplication::translate(
            "RegistrationLink", "The link contains spaces; paste it exactly as the portal shows it.");
    const QUrl link(trimmed, QUrl::StrictMode);
    if (!link.isValid() || link.scheme().isEmpty() || link.host().isEmpty())
        return QCoreApplication::translate(
            "RegistrationLink",
            "This is not a web address. It should start with https:// and your portal's name.");
    const QString scheme = link.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return QCoreApplication::translate("RegistrationLink", "The link must start with https://, not %1:.")
            .arg(link.scheme());
    const QString host = link.host(QUrl::FullyEncoded).toLower();
    const QString portalHost = portalUrl.host(QUrl::FullyEncoded).toLower();
    if (scheme == u"http" && !isLoopback(host))
        return QCoreApplication::translate("RegistrationLink",
                                           "The link uses http://; portal links use https://.");
    if (portalHost.isEmpty())
        return {};
    if (host != portalHost)
        return QCoreApplication::translate("RegistrationLink",
                                           "This link belongs to %1, not to your portal %2.")
            .arg(link.host(QUrl::PrettyDecoded), portalUrl.host(QUrl::PrettyDecoded));
    const int defaultPort = scheme == u"https" ? 443 : 80;
    const int portalDefault = portalUrl.scheme() == u"http" ? 80 : 443;
    if (link.port(defaultPort) != portalUrl.port(portalDefault))
        return QCoreApplication::translate(
                   "RegistrationLink",
                   "This link points to port %1 of %2, but your portal answers on port %3.")
            .arg(link.port(defaultPort))
            .arg(link.host(QUrl::PrettyDecoded))
            .arg(portalUrl.port(portalDefault));
    if (link.path().isEmpty() || link.path() == u"/")
        return QCoreApplication::translate("RegistrationLink",
                                           "This is the portal's home page, not its registration link.");
    return {};
}
