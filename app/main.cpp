#include "common/appinfo.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    MainWindow window;
    window.show();
    return app.exec();
}
