#include "common/appinfo.h"
#include "common/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    AppInfo::applyToApplication();
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (options.action != LaunchOptions::Action::Run) {
        QTextStream(options.action == LaunchOptions::Action::Error ? stderr : stdout) << options.text << '\n';
        return options.exitCode;
    }

    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);
    MainWindow window;
    window.show();
    return app.exec();
}
