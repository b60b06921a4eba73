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
        QCoreApplication::translate(
            "LaunchOptions", "Connect to the portal of this inbound webhook URL; \"-\" reads it from "
                             "standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK "
                             "environment variable instead, so the secret is not in the process list."),
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
                                    "(0: all sent or nothing to do, 2: bad input, 3: portal unreachable, "
                                    "4: some rows failed or were invalid)."),
        QCoreApplication::translate("LaunchOptions", "file"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("LaunchOptions",
                                    "Department (name or ID) for the rows of --invite-csv that name none."),
        QCoreApplication::translate("LaunchOptions", "department"));
    const QCommandLineOption pendingOption(
        QStringLiteral("send-pending"),
        QCoreApplication::translate("LaunchOptions",
                                    "Send the invitations earlier runs left in the outbox, then exit."));
    const QCommandLineOption listDepartmentsOption(
        QStringLiteral("list-departments"),
        QCoreApplication::translate("LaunchOptions",
                                    "Print the portal's departments with their IDs, then exit."));
    const QCommandLineOption syncOption(
        QStringLiteral("sync"),
        QCoreApplication::translate("LaunchOptions", "Refresh the local copy of the directory, then exit."));
    const QCommandLineOption exportOption(
        QStringLiteral("export-directory"),
        QCoreApplication::translate(
            "LaunchOptions",
            "Write the cached people (name, e-mail, position, departments, state) to this CSV file."),
        QCoreApplication::translate("LaunchOptions", "file"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("LaunchOptions",
                                    "Write the outcome of every row to this file (.csv or .json)."),
        QCoreApplication::translate("LaunchOptions", "file"));
    const QCommandLineOption accountOption(
        QStringLiteral("account"),
        QCoreApplication::translate("LaunchOptions",
                                    "Use the portal account the app stored (its portal address); the secret "
                                    "comes from the system keychain."),
        QCoreApplication::translate("LaunchOptions", "portal"));
    const QCommandLineOption retryOption(
        QStringLiteral("retry-for"),
        QCoreApplication::translate(
            "LaunchOptions", "Give up with exit code 3 when the portal gives no usable answer for this "
                             "many seconds (default 120)."),
        QCoreApplication::translate("LaunchOptions", "seconds"), QStringLiteral("120"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate(
            "LaunchOptions", "End a run without a window after this many seconds at most (exit code 3)."),
        QCoreApplication::translate("LaunchOptions", "seconds"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate(
            "LaunchOptions", "Keep settings and data files in this folder (a second profile, or a portable "
                             "copy); the INVITEDESK_PROFILE variable does the same."),
        QCoreApplication::translate("LaunchOptions", "folder"));
    QCommandLineOption quitOption(
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate(
            "LaunchOptions", "Exit as soon as the window shows a connected portal (for smoke tests)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOption, versionOption, sandboxOption, portalOption, langOption, usersOption,
                       csvOption, departmentOption, pendingOption, listDepartmentsOption, syncOption,
                       exportOption, reportOption, accountOption, retryOption, timeoutOption, profileOption,
                       quitOption});

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
        o.portalFromStdin = parser.value(portalOption) == u"-";
        if (!o.portalFromStdin)
            o.portalWebhook = QUrl(parser.value(portalOption), QUrl::StrictMode);
        if (!o.portalFromStdin && (!o.portalWebhook.isValid() || o.portalWebhook.host().isEmpty()))
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
        o.department = parser.value(departmentOption).trimmed();
        if (o.department.isEmpty())
            return failure(
                QCoreApplication::translate("LaunchOptions", "--department needs a department name or ID."),
                parser.helpText());
        bool numeric = false;
        const int id = o.department.toInt(&numeric);
        if (numeric && id <= 0)
            return failure(
                QCoreApplication::translate("LaunchOptions", "--department needs a department name or ID."),
                parser.helpText());
        o.departmentId = numeric ? id : 0;
    }
    o.listDepartments = parser.isSet(listDepartmentsOption);
    o.syncDirectory = parser.isSet(syncOption);
    o.exportDirectory = parser.value(exportOption);
    o.reportPath = parser.value(reportOption);
    o.account = parser.value(accountOption).trimmed();
    if (parser.isSet(profileOption)) {
        o.profileFolder = parser.value(profileOption).trimmed();
        if (o.profileFolder.isEmpty())
            return failure(QCoreApplication::translate("LaunchOptions", "--profile needs a folder."),
                           parser.helpText());
    }
    const auto seconds = [&](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= 1 && *value <= 86400;
    };
    if (!seconds(retryOption, &o.retrySeconds))
        return failure(QCoreApplication::translate("LaunchOptions",
                                                   "--retry-for needs a number of seconds from 1 to 86400."),
                       parser.helpText());
    if (parser.isSet(timeoutOption) && !seconds(timeoutOption, &o.timeoutSeconds))
        return failure(QCoreApplication::translate("LaunchOptions",
                                                   "--timeout needs a number of seconds from 1 to 86400."),
                       parser.helpText());
    const int tasks = int(!o.inviteCsv.isEmpty()) + int(o.sendPending) + int(o.listDepartments) +
                      int(o.syncDirectory || !o.exportDirectory.isEmpty());
    if (tasks > 1)
        return failure(QCoreApplication::translate("LaunchOptions",
                                                   "Choose one of --invite-csv, --send-pending, "
                                                   "--list-departments and --sync/--export-directory."),
                       parser.helpText());
    if (!o.reportPath.isEmpty()) {
        const QString suffix = o.reportPath.section(u'.', -1).toLower();
        if ((o.inviteCsv.isEmpty() && !o.sendPending) || o.reportPath.count(u'.') == 0 ||
            (suffix != u"csv" && suffix != u"json"))
            return failure(QCoreApplication::translate(
                               "LaunchOptions",
                               "--report needs a .csv or .json file and --invite-csv or --send-pending."),
                           parser.helpText());
    }
    if (o.portalFromStdin && !o.headless())
        return failure(
            QCoreApplication::translate(
                "LaunchOptions", "--portal - (read from standard input) is for runs without a window."),
            parser.helpText());
    bool ok = false;
    o.sandboxUsers = parser.value(usersOption).toInt(&ok);
    if (!ok || o.sandboxUsers < 1 || o.sandboxUsers > 500000)
        return failure(
            QCoreApplication::translate("LaunchOptions", "--sandbox-users needs a number from 1 to 500000."),
            parser.helpText());
    return o;
}
