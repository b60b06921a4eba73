// The directory sync the way the app runs it (DirectorySyncRunner's writer thread fed by the portal
// session): a full sync of a large company, then a refresh after `changes` people were edited on the
// portal, then a refresh with nothing changed. Prints one machine-readable line per step:
//   full: users=N requests=R client_cpu_s=X writer_cpu_s=Y sandbox_cpu_s=Z file_mb=M (the database file)
//   refresh: users=N changed=C requests=R client_cpu_s=X writer_cpu_s=Y
// CPU is per thread (Linux /proc/self/task/*/schedstat): the writer thread, the sandbox's own thread,
// and everything else (the client). Asserts nothing.
//   bench_directory_sync [--users N] [--changes C] [--portal ADMIN_WEBHOOK_URL] [--file PATH] [--floor]
// --floor adds, after the full sync, what SQLite alone spends writing the same rows (sqlitefloor.h):
//   floor: users=N sqlite_cpu_s=X file_mb=M
// --portal runs against an external portal (e.g. invitedesk-sandbox --rate 0) so that every client
// being compared is served by the same portal; the changes are made there with user.update.

#include "directory/directoryreader.h"
#include "directory/directorysyncjob.h"
#include "directory/directorysyncrunner.h"
#include "portal/listenumeration.h"
#include "portal/portalcall.h"
#include "portal/portalcredentials.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"
#ifdef INVITEDESK_SQLITE_FLOOR
#include "sqlitefloor.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kWriterThread = u"DirectoryWriter"_s;
const QString kSandboxThread = u"SandboxPortal"_s;

// CPU seconds per thread group: the writer, the in-process sandbox, and all the rest (the client).
struct Cpu {
    double client = 0;
    double writer = 0;
    double sandbox = 0;
    Cpu operator-(const Cpu &o) const { return {client - o.client, writer - o.writer, sandbox - o.sandbox}; }
};

Cpu threadCpu() {
    Cpu cpu;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        QFile stat(tasks.filePath(tid + u"/schedstat"_s));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll()).trimmed();
        const double s = stat.readAll().split(' ').value(0).toDouble() / 1e9; // ns on the CPU
        (name == kWriterThread ? cpu.writer : name == kSandboxThread ? cpu.sandbox : cpu.client) += s;
    }
    return cpu;
}

// The in-process sandbox on a thread of its own, so that its CPU is not counted as the client's.
class SandboxThread {
public:
    explicit SandboxThread(int users) {
        m_thread.setObjectName(kSandboxThread);
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context,
            [this, users] {
                SandboxOptions options;
                options.users = users;
                options.rateLimit = false;
                m_portal = std::make_unique<SandboxPortal>(options);
                m_portal->start(&m_error);
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxThread() {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_portal.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString error() const { return m_error; }
    QUrl webhook() const { return m_portal->adminWebhookUrl(); }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<SandboxPortal> m_portal;
    QString m_error;
};

struct Step {
    int requests = 0;
    bool full = false;
    QString failure;
};

// One sync as the app runs it: DirectorySyncJob (full, or incremental when the copy allows it).
Step sync(PortalSession &session, DirectorySyncRunner &runner, const QString &path,
          DirectorySyncJob::Kind kind) {
    Step step;
    QEventLoop loop;
    const auto failed =
        QObject::connect(&runner, &DirectorySyncRunner::failed, &loop,
                         [&](const DirectoryError &error) { step.failure = error.logText(); });
    auto *job = new DirectorySyncJob(&session, &runner, path, kind);
    QObject::connect(job, &DirectorySyncJob::failed, &loop,
                     [&](const PortalError &error) { step.failure = error.logText(); });
    QObject::connect(job, &DirectorySyncJob::ended, &loop, [&, job] {
        step.requests = job->requests();
        step.full = job->ranFull();
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(failed);
    return step;
}

// Edits `count` people spread over the company, as an administrator would in the portal.
bool changeUsers(PortalSession &session, int users, int count, int round) {
    int pending = count;
    bool ok = true;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        const int id = 2 + int(qint64(i) * (users - 2) / std::max(1, count));
        PortalCall *call =
            session.call(u"user.update"_s,
                         QJsonObject{{u"ID"_s, id},
                                     {u"WORK_POSITION"_s, u"Benchmark position %1-%2"_s.arg(round).arg(i)}});
        QObject::connect(call, &PortalCall::finished, &loop, [&, call] {
            if (!call->result().ok()) {
                std::printf("user.update failed: %s\n", qPrintable(call->result().error().logText()));
                ok = false;
            }
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return ok;
}

int userCount(const QString &path) {
    DirectoryReader reader(path);
    return reader.open().ok() ? reader.syncStatus().userCount : -1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int users = 100000;
    int changes = 12;
    QUrl portal;
    QString file; // where the directory file goes (kept); a temporary one by default
    bool floor = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString value = args.value(i + 1);
        if (args[i] == u"--floor") {
            floor = true;
            continue;
        }
        if (args[i] == u"--users")
            users = value.toInt();
        else if (args[i] == u"--changes")
            changes = value.toInt();
        else if (args[i] == u"--portal")
            portal = QUrl(value);
        else if (args[i] == u"--file")
            file = value;
        ++i;
    }
    std::unique_ptr<SandboxThread> sandbox;
    if (portal.isEmpty()) {
        sandbox = std::make_unique<SandboxThread>(users);
        if (!sandbox->error().isEmpty()) {
            std::printf("sandbox did not start: %s\n", qPrintable(sandbox->error()));
            return 1;
        }
        portal = sandbox->webhook();
    }
    const auto credentials = PortalCredentials::fromWebhookUrl(portal.toString());
    if (!credentials) {
        std::printf("not a webhook URL: %s\n", qPrintable(credentials.error().logText()));
        return 1;
    }
    PortalSession session(credentials.value());
    session.setThrottle(sandbox ? ThrottleLimits::unlimited() : ThrottleLimits::standard());

    QTemporaryDir dir;
    const QString path = file.isEmpty() ? dir.filePath(u"directory.sqlite"_s) : file;
    DirectorySyncRunner runner(path);
    {
        QEventLoop loop;
        QObject::connect(&runner, &DirectorySyncRunner::opened, &loop, &QEventLoop::quit);
        runner.start();
        loop.exec();
    }

    Cpu before = threadCpu();
    Step step = sync(session, runner, path, DirectorySyncJob::Kind::Full);
    Cpu used = threadCpu() - before;
    if (!step.failure.isEmpty()) {
        std::printf("full sync failed: %s\n", qPrintable(step.failure));
        return 1;
    }
    const int synced = userCount(path);
    std::printf(
        "full: users=%d requests=%d client_cpu_s=%.3f writer_cpu_s=%.3f sandbox_cpu_s=%s file_mb=%.1f\n",
        synced, step.requests, used.client, used.writer,
        sandbox ? qPrintable(QString::number(used.sandbox, 'f', 3)) : "n/a",
        double(QFileInfo(path).size()) / 1e6);
    // The write-ahead log is checkpointed into the file and goes when the file is closed.
    std::fprintf(stderr, "write-ahead log after the full sync: %.1f MB\n",
                 double(QFileInfo(path + u"-wal"_s).size()) / 1e6);
    std::fflush(stdout);
    if (floor) {
#ifdef INVITEDESK_SQLITE_FLOOR
        const SqliteFloor measured = measureSqliteFloor(path, dir.filePath(u"floor.sqlite"_s));
        if (!measured.failure.isEmpty()) {
            std::printf("floor not measured: %s\n", qPrintable(measured.failure));
            return 1;
        }
        std::printf("floor: users=%d sqlite_cpu_s=%.3f file_mb=%.1f\n", measured.users, measured.cpuSeconds,
                    measured.fileMb);
        std::fflush(stdout);
#else
        std::printf("floor not measured: this build has no SQLite development files or thread CPU clock\n");
#endif
    }

    for (int round = 0; round < 2; ++round) {
        const int changed = round == 0 ? changes : 0;
        if (changed > 0 && !changeUsers(session, synced, changed, round))
            return 1;
        before = threadCpu();
        step = sync(session, runner, path, DirectorySyncJob::Kind::Automatic);
        used = threadCpu() - before;
        if (!step.failure.isEmpty()) {
            std::printf("refresh failed: %s\n", qPrintable(step.failure));
            return 1;
        }
        std::printf("refresh: users=%d changed=%d requests=%d client_cpu_s=%.3f writer_cpu_s=%.3f\n",
                    userCount(path), changed, step.requests, used.client, used.writer);
        if (step.full)
            std::fprintf(stderr, "that refresh ran as a full sync\n");
        std::fflush(stdout);
    }
    return 0;
}
