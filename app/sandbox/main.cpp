// invitedesk-sandbox: runs the sandbox portal alone so any Bitrix24 client can be pointed at it.
#include "sandbox/sandboxportal.h"
#include "sandbox/stoprequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTextStream>

#include <optional>

namespace {

// The options from the command line; nothing (after saying why on stderr) when a value is invalid.
std::optional<SandboxOptions> parseOptions(const QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A simulated Bitrix24 portal on loopback, for InviteDesk and any other Bitrix24 client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QCoreApplication::translate("main", "Port to listen on (0: any free port)."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QCoreApplication::translate("main", "Number of demo users."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("main", "Seed of the demo company."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QCoreApplication::translate("main", "Leaky bucket drain per second (0 disables the limit)."),
        QStringLiteral("R"), QStringLiteral("2"));
    const QCommandLineOption burstOption(QStringLiteral("burst"),
                                         QCoreApplication::translate("main", "Leaky bucket size."),
                                         QStringLiteral("B"), QStringLiteral("50"));
    const QCommandLineOption httpsOption(
        QStringLiteral("https"),
        QCoreApplication::translate("main", "Serve HTTPS with a self-signed throw-away test certificate."));
    parser.addOptions({portOption, usersOption, seedOption, rateOption, burstOption, httpsOption});
    parser.process(app);

    QTextStream err(stderr);
    SandboxOptions options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, double min, double max) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < min || value > max) {
            err << QCoreApplication::translate("main", "Invalid value for --%1: %2")
                       .arg(option.names().first(), parser.value(option))
                << '\n';
            ok = false;
        }
        return value;
    };
    options.port = quint16(number(portOption, 0, 65535));
    options.users = int(number(usersOption, 2, 10000000));
    options.seed = quint32(number(seedOption, 0, 4294967295.0));
    options.ratePerSecond = number(rateOption, 0, 1e6);
    options.burst = int(number(burstOption, 1, 1e6));
    options.rateLimit = options.ratePerSecond > 0;
    options.https = parser.isSet(httpsOption);
    if (!ok)
        return std::nullopt;
    return options;
}

// The addresses and credentials a client needs, on stdout.
void printAddresses(const SandboxPortal &portal, const SandboxOptions &options) {
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Sandbox portal: %1").arg(portal.baseUrl().toString()) << '\n'
        << QCoreApplication::translate("main", "Admin webhook: %1").arg(portal.adminWebhookUrl().toString())
        << '\n'
        << QCoreApplication::translate("main", "Employee webhook: %1")
               .arg(portal.employeeWebhookUrl().toString())
        << '\n'
        << QCoreApplication::translate("main", "Limited webhook (department, %1): %2")
               .arg(options.limitedScope, portal.limitedWebhookUrl().toString())
        << '\n'
        << QCoreApplication::translate("main", "OAuth client id: %1").arg(portal.oauthClientId()) << '\n'
        << QCoreApplication::translate("main", "OAuth client secret: %1").arg(portal.oauthClientSecret())
        << '\n'
        << QCoreApplication::translate("main", "OAuth server: %1").arg(portal.oauthServerUrl().toString())
        << '\n'
        << QCoreApplication::translate("main", "Control token (header %1 on /sandbox/ requests): %2")
               .arg(QLatin1StringView(SandboxPortal::ControlTokenHeader), portal.controlToken())
        << '\n'
        << QCoreApplication::translate("main", "Press Ctrl+C to stop.") << '\n';
    if (options.https) {
        out << QCoreApplication::translate("main", "HTTPS with a self-signed THROW-AWAY TEST certificate "
                                                   "(SHA-256 %1); trust it for tests only.")
                   .arg(QString::fromLatin1(
                       portal.certificate().digest(QCryptographicHash::Sha256).toHex(':')))
            << '\n';
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invitedesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    const std::optional<SandboxOptions> options = parseOptions(app);
    if (!options)
        return 2;
    QTextStream err(stderr);
    if (QString error; !StopRequest::quitApplicationOnStop(&error)) {
        err << error << '\n';
        return 1;
    }
    SandboxPortal portal(*options);
    QString error;
    if (!portal.start(&error)) {
        err << QCoreApplication::translate("main", "Cannot start the sandbox portal: %1").arg(error) << '\n';
        return 1;
    }
    printAddresses(portal, *options);
    const int rc = app.exec();
    portal.stop();
    QTextStream(stdout) << QCoreApplication::translate("main", "Stopped.") << '\n';
    return rc;
}
