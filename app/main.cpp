#include "appicon.h"
#include "applicationshell.h"
#include "common/appinfo.h"
#include "common/commandline.h"
#include "common/languages.h"
#include "common/processarguments.h"
#include "preferencesdialog.h"
#include "workspace/headlessinviter.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

Workspace::Options workspaceOptions(const LaunchOptions &options) {
    Workspace::Options o;
    o.forceSandbox = options.sandbox;
    o.portalWebhook = options.portalWebhook;
    o.sandboxUsers = options.sandboxUsers;
    if (options.headless()) {
        o.syncDirectory = false;
        o.refreshMinutes = 0;
    }
    return o;
}

// Scripted invitations: no window, no display needed.
int runHeadless(int argc, char *argv[], const LaunchOptions &options) {
    QCoreApplication app(argc, argv);
    Languages::install(&app, Languages::choose(options.language, {}, QLocale::system().name()));
    if (options.portalWebhook.isEmpty() && !options.sandbox) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "--invite-csv and --send-pending need --portal.")
                            << '\n';
        return LaunchOptions::ExitUsage;
    }
    QSettings settings;
    Workspace workspace(&settings, workspaceOptions(options));
    HeadlessInviter::Task task;
    task.csvPath = options.inviteCsv;
    task.departmentId = options.departmentId;
    HeadlessInviter inviter(&workspace, task);
    QObject::connect(&inviter, &HeadlessInviter::done, &app, [](int code) { QCoreApplication::exit(code); });
    // Started from the event loop, so that an immediate failure can still end it with its exit code.
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
    if (options.headless())
        return runHeadless(argc, argv, options);

    QApplication app(argc, argv);
    QApplication::setWindowIcon(AppIcon::icon());

    QSettings settings;
    Languages::install(
        &app, Languages::choose(options.language,
                                settings.value(QLatin1StringView(PreferencesDialog::LanguageKey)).toString(),
                                QLocale::system().name()));
    Workspace::Options o = workspaceOptions(options);
    o.refreshMinutes = settings.value(QLatin1StringView(PreferencesDialog::RefreshMinutesKey), 30).toInt();
    o.enterprisePlan =
        settings.value(QLatin1StringView(PreferencesDialog::EnterprisePlanKey), false).toBool();
    Workspace workspace(&settings, o);
    ApplicationShell shell(&workspace, &settings);
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
