#include "appicon.h"
#include "applicationshell.h"
#include "common/appinfo.h"
#include "common/commandline.h"
#include "common/languages.h"
#include "common/processarguments.h"
#include "common/processexit.h"
#include "common/profile.h"
#include "preferencesdialog.h"
#include "workspace/directorytasks.h"
#include "workspace/headlessinviter.h"
#include "workspace/singleinstance.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

Workspace::Options workspaceOptions(const LaunchOptions &options, const Profile &profile) {
    Workspace::Options o;
    o.dataDir = profile.dataDir();
    o.forceSandbox = options.sandbox;
    o.portalWebhook = options.portalWebhook;
    o.sandboxUsers = options.sandboxUsers;
    if (options.headless()) {
        o.syncDirectory = false;
        o.refreshMinutes = 0;
        o.sendOnOpen = false; // the scripted task starts the sender when its task is sending
    }
    return o;
}

// The webhook of a run without a window: --portal URL, --portal - (standard input) or the
// INVITEDESK_WEBHOOK environment variable; none of them means the account the app stored. A secret
// read here lives in memory only. ExitOk, or ExitUsage with `message`.
int resolvePortal(const LaunchOptions &options, Workspace::Options *o, QString *message) {
    if (options.sandbox)
        return LaunchOptions::ExitOk;
    QString text;
    if (options.portalFromStdin) {
        QTextStream in(stdin);
        text = in.readLine(4096).trimmed();
        if (text.isEmpty()) {
            *message =
                QCoreApplication::translate("main", "--portal - found no webhook URL on standard input.");
            return LaunchOptions::ExitUsage;
        }
    } else if (!options.portalWebhook.isEmpty()) {
        text = options.portalWebhook.toString();
    } else {
        text = qEnvironmentVariable(LaunchOptions::WebhookVariable).trimmed();
    }
    if (text.isEmpty())
        return LaunchOptions::ExitOk; // the stored account
    const Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(text);
    if (!credentials) {
        *message = credentials.error().userMessage();
        return LaunchOptions::ExitUsage;
    }
    o->portalWebhook = QUrl(text);
    return LaunchOptions::ExitOk;
}

// Scripted runs: no window, no display needed.
int runHeadless(int argc, char *argv[], const LaunchOptions &options, const Profile &profile) {
    QCoreApplication app(argc, argv);
    Languages::install(&app, Languages::choose(options.language, {}, QLocale::system().name()));
    QTextStream err(stderr);
    if (const QString problem = profile.prepare(); !problem.isEmpty()) {
        err << problem << '\n';
        return LaunchOptions::ExitUsage;
    }
    Workspace::Options o = workspaceOptions(options, profile);
    QString message;
    if (resolvePortal(options, &o, &message) != LaunchOptions::ExitOk) {
        err << message << '\n';
        return LaunchOptions::ExitUsage;
    }
    HeadlessInviter::Task task;
    task.csvPath = options.inviteCsv;
    task.department = options.department;
    task.reportPath = options.reportPath;
    if (HeadlessInviter::checkInput(&task, &message) != ScriptedTask::ExitOk) {
        err << message << '\n';
        return LaunchOptions::ExitUsage;
    }
    o.syncDirectory = options.syncDirectory;
    const std::unique_ptr<QSettings> settings = profile.openSettings();
    Workspace workspace(settings.get(), o);
    if (o.portalWebhook.isEmpty() && !options.sandbox) {
        // Several portals may be remembered: --account picks one of them.
        if (!options.account.isEmpty())
            workspace.chooseRememberedPortal(options.account);
        const QString stored = workspace.storedPortalHost();
        if (stored.isEmpty() ||
            (!options.account.isEmpty() && options.account.compare(stored, Qt::CaseInsensitive) != 0)) {
            err << (stored.isEmpty()
                        ? QCoreApplication::translate("main",
                                                      "No portal: add one in the app, or pass --account, "
                                                      "--portal - or the INVITEDESK_WEBHOOK variable.")
                        : QCoreApplication::translate("main", "No stored account for %1; the app stores %2.")
                              .arg(options.account, stored))
                << '\n';
            return LaunchOptions::ExitUsage;
        }
    }
    const ScriptedTask::Bounds bounds{options.retrySeconds, options.timeoutSeconds};
    std::unique_ptr<ScriptedTask> run;
    if (options.inviteCsv.isEmpty() && !options.sendPending)
        run = std::make_unique<DirectoryTasks>(
            &workspace,
            DirectoryTasks::Task{options.listDepartments, options.syncDirectory, options.exportDirectory},
            bounds);
    else
        run = std::make_unique<HeadlessInviter>(&workspace, task, bounds);
    QObject::connect(run.get(), &ScriptedTask::done, &app, [](int code) { QCoreApplication::exit(code); });
    // Started from the event loop, so that an immediate failure can still end it with its exit code.
    QMetaObject::invokeMethod(&workspace, &Workspace::start, Qt::QueuedConnection);
    const int code = app.exec();
    run.reset();
    return code;
}

// The window.
int runWindow(int argc, char *argv[], const LaunchOptions &options, const Profile &profile) {
    QApplication app(argc, argv);
    QApplication::setWindowIcon(AppIcon::icon());

    const std::unique_ptr<QSettings> settingsStore = profile.openSettings();
    QSettings &settings = *settingsStore;
    Languages::install(
        &app, Languages::choose(options.language,
                                settings.value(QLatin1StringView(PreferencesDialog::LanguageKey)).toString(),
                                QLocale::system().name()));
    if (const QString problem = profile.prepare(); !problem.isEmpty()) {
        QTextStream(stderr) << problem << '\n';
        return LaunchOptions::ExitUsage;
    }
    // One window per profile: two would send from the same outbox. A second start brings the running
    // window to the front and leaves.
    SingleInstance instance(profile.dataDir());
    switch (instance.claim()) {
    case SingleInstance::Claim::Primary:
        break;
    case SingleInstance::Claim::AlreadyRuns:
        QTextStream(stdout) << QCoreApplication::translate(
                                   "main",
                                   "InviteDesk is already running; its window was brought to the front.")
                            << '\n';
        return LaunchOptions::ExitOk;
    case SingleInstance::Claim::Failed:
        QTextStream(stderr) << QCoreApplication::translate(
                                   "main",
                                   "InviteDesk is already running for this profile but does not answer. "
                                   "Close it, or end its process, and start again.")
                            << '\n';
        return LaunchOptions::ExitUsage;
    }

    Workspace::Options o = workspaceOptions(options, profile);
    o.refreshMinutes = settings.value(QLatin1StringView(PreferencesDialog::RefreshMinutesKey), 30).toInt();
    o.enterprisePlan =
        settings.value(QLatin1StringView(PreferencesDialog::EnterprisePlanKey), false).toBool();
    Workspace workspace(&settings, o);
    ApplicationShell shell(&workspace, &settings);
    QObject::connect(&instance, &SingleInstance::activationRequested, &shell, &ApplicationShell::raiseWindow);
    if (options.quitWhenReady) {
        QObject::connect(&shell, &ApplicationShell::ready, &app,
                         [] { QTimer::singleShot(0, qApp, &QApplication::quit); });
        QObject::connect(&shell, &ApplicationShell::failedToStart, &app, [](const QString &message) {
            QTextStream(stderr) << message << '\n';
            QApplication::exit(LaunchOptions::ExitNoPortal);
        });
    }
    shell.show();
    QMetaObject::invokeMethod(&workspace, &Workspace::start, Qt::QueuedConnection);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[]) {
    const QStringList arguments = processArguments(argc, argv);
    AppInfo::applyToApplication();
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (options.action != LaunchOptions::Action::Run) {
        QTextStream(options.action == LaunchOptions::Action::Error ? stderr : stdout) << options.text << '\n';
        return options.exitCode;
    }
    const Profile profile = Profile::choose(options.profileFolder);
    const int code = options.headless() ? runHeadless(argc, argv, options, profile)
                                        : runWindow(argc, argv, options, profile);
    return endProcess(code);
}
