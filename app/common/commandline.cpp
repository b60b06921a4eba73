#include "common/commandline.h"

#include "common/appinfo.h"
#include "common/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
LaunchOptions failure(const QString &message, const QString &helpText) {
    LaunchOptions o;
    o.action = LaunchOptions::Action::Error;
    o.exitCode = LaunchOptions::ExitUsage;
    o.text = message + u'\n' + helpText;
    o.text.replace(QStringLiteral("<executable_name>"), QStringLiteral("invitedesk"));
    return o;
}

// Help, version, and which portal the window opens on.
QList<QCommandLineOption> generalOptions() {
    return {
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("LaunchOptions", "Show this help.")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                           QCoreApplication::translate("LaunchOptions", "Show the version.")),
        QCommandLineOption(QStringLiteral("sandbox"),
                           QCoreApplication::translate(
                               "LaunchOptions", "Open on the built-in sandbox portal (training mode).")),
        QCommandLineOption(QStringLiteral("portal"),
                           QCoreApplication::translate(
                               "LaunchOptions",
                               "Connect to the portal of this inbound webhook URL; \"-\" reads it from "
                               "standard input. Scheduled jobs: use --account or the INVITEDESK_WEBHOOK "
                               "environment variable instead, so the secret is not in the process list."),
                           QCoreApplication::translate("LaunchOptions", "webhook-url")),
        QCommandLineOption(
            QStringLiteral("lang"),
            QCoreApplication::translate("LaunchOptions", "Use this interface language (e.g. en, ru, de)."),
            QCoreApplication::translate("LaunchOptions", "code")),
        QCommandLineOption(QStringLiteral("sandbox-users"),
                           QCoreApplication::translate("LaunchOptions",
                                                       "Number of employees in the sandbox's demo company."),
                           QCoreApplication::translate("LaunchOptions", "count"), QStringLiteral("300")),
    };
}

// Runs without a window: what to do, and how long to keep trying.
QList<QCommandLineOption> headlessOptions() {
    return {
        QCommandLineOption(QStringLiteral("invite-csv"),
                           QCoreApplication::translate(
                               "LaunchOptions",
                               "Invite everyone in this CSV file without opening a window, then exit "
                               "(0: all sent or nothing to do, 2: bad input, 3: portal unreachable, "
                               "4: some rows failed or were invalid)."),
                           QCoreApplication::translate("LaunchOptions", "file")),
        QCommandLineOption(
            QStringLiteral("department"),
            QCoreApplication::translate(
                "LaunchOptions", "Department (name or ID) for the rows of --invite-csv that name none."),
            QCoreApplication::translate("LaunchOptions", "department")),
        QCommandLineOption(
            QStringLiteral("send-pending"),
            QCoreApplication::translate("LaunchOptions",
                                        "Send the invitations earlier runs left in the outbox, then exit.")),
        QCommandLineOption(QStringLiteral("list-departments"),
                           QCoreApplication::translate(
                               "LaunchOptions", "Print the portal's departments with their IDs, then exit.")),
        QCommandLineOption(QStringLiteral("sync"),
                           QCoreApplication::translate(
                               "LaunchOptions", "Refresh the local copy of the directory, then exit.")),
        QCommandLineOption(
            QStringLiteral("export-directory"),
            QCoreApplication::translate(
                "LaunchOptions",
                "Write the cached people (name, e-mail, position, departments, state) to this CSV file."),
            QCoreApplication::translate("LaunchOptions", "file")),
        QCommandLineOption(
            QStringLiteral("report"),
            QCoreApplication::translate("LaunchOptions",
                                        "Write the outcome of every row to this file (.csv or .json)."),
            QCoreApplication::translate("LaunchOptions", "file")),
        QCommandLineOption(QStringLiteral("account"),
                           QCoreApplication::translate(
                               "LaunchOptions",
                               "Use the portal account the app stored (its portal address); the secret "
                               "comes from the system keychain."),
                           QCoreApplication::translate("LaunchOptions", "portal")),
        QCommandLineOption(QStringLiteral("retry-for"),
                           QCoreApplication::translate(
                               "LaunchOptions",
                               "Give up with exit code 3 when the portal gives no usable answer for this "
                               "many seconds (default 120)."),
                           QCoreApplication::translate("LaunchOptions", "seconds"), QStringLiteral("120")),
        QCommandLineOption(
            QStringLiteral("timeout"),
            QCoreApplication::translate(
                "LaunchOptions", "End a run without a window after this many seconds at most (exit code 3)."),
            QCoreApplication::translate("LaunchOptions", "seconds")),
    };
}

// Where settings and data live, and the smoke tests' hidden option.
QList<QCommandLineOption> profileOptions() {
    QCommandLineOption quitOption(
        QStringLiteral("quit-when-ready"),
        QCoreApplication::translate(
            "LaunchOptions", "Exit as soon as the window shows a connected portal (for smoke tests)."));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        QCommandLineOption(QStringLiteral("profile"),
                           QCoreApplication::translate(
                               "LaunchOptions",
                               "Keep settings and data files in this folder (a second profile, or a portable "
                               "copy); the INVITEDESK_PROFILE variable does the same."),
                           QCoreApplication::translate("LaunchOptions", "folder")),
        quitOption,
    };
}

// --sandbox, --portal, --lang and --profile.
Result<void, QString> readPortalAndProfile(const QCommandLineParser &parser, LaunchOptions *o) {
    o->sandbox = parser.isSet(u"sandbox"_s);
    o->quitWhenReady = parser.isSet(u"quit-when-ready"_s);
    if (parser.isSet(u"portal"_s)) {
        if (o->sandbox)
            return QCoreApplication::translate("LaunchOptions",
                                               "--sandbox and --portal cannot be used together.");
        o->portalFromStdin = parser.value(u"portal"_s) == u"-";
        if (!o->portalFromStdin)
            o->portalWebhook = QUrl(parser.value(u"portal"_s), QUrl::StrictMode);
        if (!o->portalFromStdin && (!o->portalWebhook.isValid() || o->portalWebhook.host().isEmpty()))
            return QCoreApplication::translate(
                "LaunchOptions",
                "--portal needs a webhook URL such as https://example.bitrix24.com/rest/1/secret/");
    }
    if (parser.isSet(u"lang"_s)) {
        o->language = parser.value(u"lang"_s).trimmed();
        static const QRegularExpression langShape(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
        if (!langShape.match(o->language).hasMatch())
            return QCoreApplication::translate("LaunchOptions",
                                               "--lang needs a language code such as en, ru or pt_BR.");
    }
    if (parser.isSet(u"profile"_s)) {
        o->profileFolder = parser.value(u"profile"_s).trimmed();
        if (o->profileFolder.isEmpty())
            return QCoreApplication::translate("LaunchOptions", "--profile needs a folder.");
    }
    return {};
}

// The task of a run without a window, its department, and its time bounds.
Result<void, QString> readTask(const QCommandLineParser &parser, LaunchOptions *o) {
    o->inviteCsv = parser.value(u"invite-csv"_s);
    o->sendPending = parser.isSet(u"send-pending"_s);
    if (parser.isSet(u"department"_s)) {
        o->department = parser.value(u"department"_s).trimmed();
        bool numeric = false;
        const int id = o->department.toInt(&numeric);
        if (o->department.isEmpty() || (numeric && id <= 0))
            return QCoreApplication::translate("LaunchOptions",
                                               "--department needs a department name or ID.");
        o->departmentId = numeric ? id : 0;
    }
    o->listDepartments = parser.isSet(u"list-departments"_s);
    o->syncDirectory = parser.isSet(u"sync"_s);
    o->exportDirectory = parser.value(u"export-directory"_s);
    o->reportPath = parser.value(u"report"_s);
    o->account = parser.value(u"account"_s).trimmed();
    const auto seconds = [&](const QString &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value >= 1 && *value <= 86400;
    };
    if (!seconds(u"retry-for"_s, &o->retrySeconds))
        return QCoreApplication::translate("LaunchOptions",
                                           "--retry-for needs a number of seconds from 1 to 86400.");
    if (parser.isSet(u"timeout"_s) && !seconds(u"timeout"_s, &o->timeoutSeconds))
        return QCoreApplication::translate("LaunchOptions",
                                           "--timeout needs a number of seconds from 1 to 86400.");
    const int tasks = int(!o->inviteCsv.isEmpty()) + int(o->sendPending) + int(o->listDepartments) +
                      int(o->syncDirectory || !o->exportDirectory.isEmpty());
    if (tasks > 1)
        return QCoreApplication::translate(
            "LaunchOptions",
            "Choose one of --invite-csv, --send-pending, --list-departments and --sync/--export-directory.");
    if (!o->reportPath.isEmpty()) {
        const QString suffix = o->reportPath.section(u'.', -1).toLower();
        if ((o->inviteCsv.isEmpty() && !o->sendPending) || o->reportPath.count(u'.') == 0 ||
            (suffix != u"csv" && suffix != u"json"))
            return QCoreApplication::translate(
                "LaunchOptions", "--report needs a .csv or .json file and --invite-csv or --send-pending.");
    }
    if (o->portalFromStdin && !o->headless())
        return QCoreApplication::translate(
            "LaunchOptions", "--portal - (read from standard input) is for runs without a window.");
    return {};
}
} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "InviteDesk invites people to a Bitrix24 portal. With no portal "
                         "configured it opens on the built-in sandbox portal."));
    parser.addOptions(generalOptions() + headlessOptions() + profileOptions());
    if (!parser.parse(arguments))
        return failure(parser.errorText(), parser.helpText());

    LaunchOptions o;
    if (parser.isSet(u"help"_s)) {
        o.action = Action::ShowHelp;
        o.text = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("invitedesk"));
        return o;
    }
    if (parser.isSet(u"version"_s)) {
        o.action = Action::ShowVersion;
        o.text = AppInfo::name() + u' ' + AppInfo::version();
        return o;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate("LaunchOptions", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst()),
                       parser.helpText());
    if (const Result<void, QString> read = readPortalAndProfile(parser, &o); !read)
        return failure(read.error(), parser.helpText());
    if (const Result<void, QString> read = readTask(parser, &o); !read)
        return failure(read.error(), parser.helpText());
    bool ok = false;
    o.sandboxUsers = parser.value(u"sandbox-users"_s).toInt(&ok);
    if (!ok || o.sandboxUsers < 1 || o.sandboxUsers > 500000)
        return failure(
            QCoreApplication::translate("LaunchOptions", "--sandbox-users needs a number from 1 to 500000."),
            parser.helpText());
    return o;
}
