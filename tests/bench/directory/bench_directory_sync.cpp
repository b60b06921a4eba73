// Full sync of a large company from the in-process sandbox portal into SQLite, the way the app does it:
// PortalSession::enumerateDepartments()/enumerateUsers() pages fed to DirectorySyncRunner (writer thread).
// Prints figures, asserts nothing. Target: user requests <= floor(N/2500)+1.
//   bench_directory_sync [users...]   default: 50000 100000 without rate limit, 50000 at 2/s burst 50

#include "directory/directorysyncrunner.h"
#include "portal/listenumeration.h"
#include "portal/portalcredentials.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double processCpuS() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Case {
    int users = 0;
    bool rateLimit = false;
};

void runCase(const Case &c) {
    SandboxOptions options;
    options.users = c.users;
    options.rateLimit = c.rateLimit;
    options.ratePerSecond = 2;
    options.burst = 50;
    QElapsedTimer generate;
    generate.start();
    SandboxPortal sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        std::printf("sandbox did not start: %s\n", qPrintable(error));
        return;
    }
    const double generateS = double(generate.nsecsElapsed()) / 1e9;
    const auto credentials = PortalCredentials::fromWebhookUrl(sandbox.adminWebhookUrl().toString());
    PortalSession session(credentials.value());
    if (!c.rateLimit)
        session.setThrottle(ThrottleLimits::unlimited());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"directory.sqlite"_s);
    DirectorySyncRunner runner(path);
    QEventLoop loop;
    QObject::connect(&runner, &DirectorySyncRunner::opened, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();

    int departmentRequests = 0, userRequests = 0;
    qint64 rows = 0;
    QString failure;
    DirectorySyncSummary summary;
    QElapsedTimer wall;
    const double cpuStart = processCpuS();
    double enumeratedS = 0;
    wall.start();
    QObject::connect(&runner, &DirectorySyncRunner::finished, &loop, [&](const DirectorySyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QObject::connect(&runner, &DirectorySyncRunner::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    runner.beginFullSync();
    ListEnumeration *departments = session.enumerateDepartments();
    QObject::connect(departments, &ListEnumeration::page, &runner,
                     [&runner](const QJsonArray &page) { runner.addDepartments(page); });
    QObject::connect(departments, &ListEnumeration::finished, &loop, [&, departments] {
        departmentRequests = departments->requests();
        departments->deleteLater();
        if (!departments->ok()) {
            failure = departments->error().logText();
            loop.quit();
            return;
        }
        ListEnumeration *users = session.enumerateUsers();
        QObject::connect(users, &ListEnumeration::page, &runner,
                         [&runner](const QJsonArray &page) { runner.addUsers(page); });
        QObject::connect(users, &ListEnumeration::finished, &loop, [&, users] {
            userRequests = users->requests();
            rows = users->rowCount();
            enumeratedS = double(wall.nsecsElapsed()) / 1e9;
            users->deleteLater();
            if (!users->ok()) {
                failure = users->error().logText();
                loop.quit();
                return;
            }
            runner.finishFullSync();
        });
    });
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = processCpuS() - cpuStart;
    if (!failure.isEmpty()) {
        std::printf("%6d users  %-18s FAILED: %s\n", c.users,
                    c.rateLimit ? "rate 2/s burst 50" : "no rate limit", qPrintable(failure));
        return;
    }
    const int bound = c.users / 2500 + 1;
    std::printf("%6d users  %-18s requests %3d users + %d departments (bound %d: %s)  %6.2f s wall"
                " (enumerated %.2f s)  %6.2f s CPU (sandbox+client+writer)  %7.0f users/s  rows %lld,"
                " copy %d users, %.1f MB  [sandbox generated in %.1f s]\n",
                c.users, c.rateLimit ? "rate 2/s burst 50" : "no rate limit", userRequests,
                departmentRequests, bound, userRequests <= bound ? "ok" : "OVER", seconds, enumeratedS, cpu,
                double(summary.userCount) / seconds, qlonglong(rows), summary.userCount,
                double(QFileInfo(path).size()) / 1e6, generateS);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QList<Case> cases;
    for (int i = 1; i < argc; ++i)
        cases << Case{QByteArray(argv[i]).toInt(), false};
    if (cases.isEmpty())
        cases = {{50000, false}, {100000, false}, {50000, true}};
    std::printf("full sync from the in-process sandbox (one process: portal, client and writer thread"
                " share the CPU)\n");
    for (const Case &c : cases)
        runCase(c);
    return 0;
}
