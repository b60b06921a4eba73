#include "common/commandline.h"

#include "common/appinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {
LaunchOptions failure(const QString &message, const QString &helpText) {
    LaunchOptions o;
    o.action = LaunchOptions::Action::Error;
    o.exitCode = LaunchOptions::ExitUsage;
    o.text = message + u'\n' + helpText;
    o.text.replace(QStringLiteral("<executable_name>"), QStringLiteral("invitedesk"));
    return o;
}
} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "InviteDesk invites people to a Bitrix24 portal. With no portal configured it opens "
                         "on the built-in sandbox portal."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("LaunchOptions", "Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("LaunchOptions", "Show the version."));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("LaunchOptions", "Open on the built-in sandbox portal (training mode)."));
    const QCommandLineOption portalOption(
        QStringLiteral("portal"),
        QCoreApplication::translate("LaunchOptions", "Connect to the portal of this inbound webhook URL."),
        QCoreApplication::translate("LaunchOptions", "webhook-url"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("LaunchOptions", "Use this interface language (e.g. en, ru, de)."),
        QCoreApplication::translate("LaunchOptions", "code"));
    const QCommandLineOption usersOption(
        QStringLiteral("sandbox-users"),
        QCoreApplication::translate("LaunchOptions", "Number of employees in the sandbox's demo company."),
        QCoreApplication::translate("LaunchOptions", "count"), QStringLiteral("300"));
    const QCommandLineOption csvOption(
        QStringLiteral("invite-csv"),
        QCoreApplication::translate("LaunchOptions",
                                    "Invite everyone in this CSV file without opening a window, then exit "
                                    "(0: all sent, 4: some failed, 3: portal unreachable)."),
        QCoreApplication::translate("LaunchOptions", "file"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("LaunchOptions", "Department ID for the people of --invite-csv."),
        QCoreApplication::translate("LaunchOptions", "id"));
    const QCommandLineOption pendingOption(
        QStringLiteral("send-pending"),
        QCoreApplication::translate("LaunchOptions",
                                    "Send the invitations earlier runs left in the outbox, then exit."));
    QCommandLineOption quitOption(
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate(
            "LaunchOptions", "Exit as soon as the window shows a connected portal (for smoke tests)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOption, versionOption, sandboxOption, portalOption, langOption, usersOption,
                       csvOption, departmentOption, pendingOption, quitOption});

    if (!parser.parse(arguments))
        return failure(parser.errorText(), parser.helpText());

    LaunchOptions o;
    if (parser.isSet(helpOption)) {
        o.action = Action::ShowHelp;
        o.text = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("invitedesk"));
        return o;
    }
    if (parser.isSet(versionOption)) {
        o.action = Action::ShowVersion;
        o.text = AppInfo::name() + u' ' + AppInfo::version();
        return o;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate("LaunchOptions", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst()),
                       parser.helpText());

    o.sandbox = parser.isSet(sandboxOption);
    o.quitWhenReady = parser.isSet(quitOption);
    if (parser.isSet(portalOption)) {
        if (o.sandbox)
            return failure(QCoreApplication::translate("LaunchOptions",
                                                       "--sandbox and --portal cannot be used together."),
                           parser.helpText());
        o.portalWebhook = QUrl(parser.value(portalOption), QUrl::StrictMode);
        if (!o.portalWebhook.isValid() || o.portalWebhook.host().isEmpty())
            return failure(
                QCoreApplication::translate(
                    "LaunchOptions",
                    "--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/"),
                parser.helpText());
    }
    if (parser.isSet(langOption)) {
        o.language = parser.value(langOption).trimmed();
        static const QRegularExpression langShape(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
        if (!langShape.match(o.language).hasMatch())
            return failure(QCoreApplication::translate(
                               "LaunchOptions", "--lang needs a language code such as en, ru or pt_BR."),
                           parser.helpText());
    }
    o.inviteCsv = parser.value(csvOption);
    o.sendPending = parser.isSet(pendingOption);
    if (parser.isSet(departmentOption)) {
        bool numeric = false;
        o.departmentId = parser.value(departmentOption).toInt(&numeric);
        if (!numeric || o.departmentId <= 0)
            return failure(QCoreApplication::translate(
                               "LaunchOptions", "--department needs a department ID (a positive number)."),
                           parser.helpText());
    }
    if (!o.inviteCsv.isEmpty() && o.sendPending)
        return failure(QCoreApplication::translate(
                           "LaunchOptions", "--invite-csv and --send-pending cannot be used together."),
                       parser.helpText());
    bool ok = false;
    o.sandboxUsers = parser.value(usersOption).toInt(&ok);
    if (!ok || o.sandboxUsers < 1 || o.sandboxUsers > 500000)
        return failure(
            QCoreApplication::translate("LaunchOptions", "--sandbox-users needs a number from 1 to 500000."),
            parser.helpText());
    return o;
}
