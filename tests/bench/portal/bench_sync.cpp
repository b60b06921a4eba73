// bench_sync: enumerate every user of an in-process sandbox portal, with the sandbox's rate limit
// off and at 2/s burst 50, and print requests, 503s, seconds, users/s and the bucket bound
// (requests − 50) / 2 s, plus CPU time (process, client thread, sandbox thread). Prints figures;
// asserts nothing.
//   bench_sync [--sizes 10000,50000,100000,500000] [--modes off,limited] [--sandbox-thread own|shared]
// By default the sandbox runs on a QThread of its own (as training mode does), so that its work
// overlaps the client's waiting as a remote portal's would; `shared` runs it on the client's
// thread (the old set-up: every server millisecond is then added to the client's time).

#include "portal/listenumeration.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

#include <QThread>

#include <pthread.h>
#include <time.h>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds(clockid_t clock) {
    timespec t{};
    if (clock_gettime(clock, &t) != 0)
        return -1;
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The sandbox portal of one size: on a QThread of its own (like TrainingPortal, plus the thread's
// CPU clock) or on the caller's thread.
class SandboxHost {
public:
    explicit SandboxHost(bool ownThread)
        : m_ownThread(ownThread) {
        m_thread.setObjectName(u"bench-sandbox"_s);
    }
    ~SandboxHost() {
        if (!m_ownThread)
            return;
        if (m_portal) // stop and delete the portal on its own thread, then let the thread end
            QMetaObject::invokeMethod(
                m_portal, [portal = m_portal] { delete portal; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start(const SandboxOptions &options, QString *error) {
        m_portal = new SandboxPortal(options);
        if (!m_ownThread) {
            m_owned.reset(m_portal);
            const bool ok = m_portal->start(error);
            m_baseUrl = m_portal->baseUrl();
            m_adminWebhook = m_portal->adminWebhookUrl();
            m_controlToken = m_portal->controlToken();
            return ok;
        }
        m_thread.start();
        m_portal->moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(
            m_portal,
            [this, &ok, error] {
                ok = m_portal->start(error);
                m_baseUrl = m_portal->baseUrl();
                m_adminWebhook = m_portal->adminWebhookUrl();
                m_controlToken = m_portal->controlToken();
                if (pthread_getcpuclockid(pthread_self(), &m_clock) != 0)
                    m_clock = clockid_t(-1);
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    // Copied on the sandbox's thread during start().
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl adminWebhookUrl() const { return m_adminWebhook; }
    QString controlToken() const { return m_controlToken; }
    // CPU seconds of the sandbox's thread so far (own thread only, else -1).
    double sandboxCpu() const { return m_ownThread && m_clock != clockid_t(-1) ? cpuSeconds(m_clock) : -1; }

private:
    bool m_ownThread;
    QThread m_thread;
    SandboxPortal *m_portal = nullptr; // lives on m_thread when m_ownThread
    std::unique_ptr<SandboxPortal> m_owned;
    clockid_t m_clock = clockid_t(-1);
    QUrl m_baseUrl;
    QUrl m_adminWebhook;
    QString m_controlToken;
};

class Bench : public QObject {
public:
    Bench(QList<int> sizes, QStringList modes, bool ownThread)
        : m_sizes(std::move(sizes))
        , m_modes(std::move(modes))
        , m_ownThread(ownThread) {}

    void start() {
        QTextStream(stdout)
            << (m_ownThread
                    ? u"# sandbox: in-process, on its own QThread (server work overlaps client waiting)\n"_s
                    : u"# sandbox: in-process, on the client's thread (server time adds to client time)\n"_s)
            << u"# cpu s = process CPU (user+sys, all threads) during the run; client/sandbox = CPU of "
               u"the client (main) thread and of the sandbox thread; %1 cores online\n"_s.arg(
                   QThread::idealThreadCount());
        QTextStream(stdout) << u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(u"users"_s, 8)
                                       .arg(u"limit"_s, 8)
                                       .arg(u"rows"_s, 8)
                                       .arg(u"requests"_s, 9)
                                       .arg(u"max req"_s, 8)
                                       .arg(u"503s"_s, 5)
                                       .arg(u"seconds"_s, 8)
                                       .arg(u"users/s"_s, 9)
                                       .arg(u"bound s"_s, 8) +
                                   u" throttle s    cpu s client s sandbox s\n"_s;
        nextSize();
    }

private:
    void control(const QString &path, const QJsonObject &body, const QByteArray &verb,
                 std::function<void(const QJsonObject &)> done) {
        QUrl url = m_sandbox->baseUrl();
        url.setPath(u"/sandbox/"_s + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader),
                             m_sandbox->controlToken().toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QJsonDocument(body).toJson());
        connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
            reply->deleteLater();
            done(QJsonDocument::fromJson(reply->readAll()).object());
        });
    }

    void nextSize() {
        m_sandbox.reset();
        if (m_sizes.isEmpty()) {
            QCoreApplication::quit();
            return;
        }
        const int users = m_sizes.takeFirst();
        SandboxOptions options;
        options.users = users;
        options.rateLimit = false;
        QElapsedTimer generation;
        generation.start();
        m_sandbox = std::make_unique<SandboxHost>(m_ownThread);
        QString error;
        if (!m_sandbox->start(options, &error)) {
            QTextStream(stderr) << "sandbox failed: " << error << '\n';
            QCoreApplication::exit(1);
            return;
        }
        QTextStream(stderr) << "sandbox with " << users << " users ready in " << generation.elapsed()
                            << " ms\n";
        m_pendingModes = m_modes;
        m_users = users;
        nextMode();
    }

    void nextMode() {
        if (m_pendingModes.isEmpty()) {
            nextSize();
            return;
        }
        const bool limited = m_pendingModes.takeFirst() == u"limited";
        const QJsonObject settings{{u"rateLimit"_s, limited}, {u"ratePerSecond"_s, 2}, {u"burst"_s, 50}};
        control(u"settings"_s, settings, "POST", [this, limited](const QJsonObject &) {
            control(u"counters"_s, {}, "DELETE",
                    [this, limited](const QJsonObject &) { enumerate(limited); });
        });
    }

    void enumerate(bool limited) {
        auto credentials = PortalCredentials::fromWebhookUrl(m_sandbox->adminWebhookUrl().toString());
        m_session = std::make_unique<PortalSession>(credentials.value());
        m_session->setThrottle(limited ? ThrottleLimits::standard() : ThrottleLimits::unlimited());
        const QStringList select = {u"ID"_s,         u"ACTIVE"_s,        u"NAME"_s,          u"LAST_NAME"_s,
                                    u"EMAIL"_s,      u"WORK_POSITION"_s, u"UF_DEPARTMENT"_s, u"USER_TYPE"_s,
                                    u"LAST_LOGIN"_s, u"DATE_REGISTER"_s};
        ListEnumeration *job = m_session->enumerateUsers({}, select);
        m_rows = 0;
        connect(job, &ListEnumeration::page, this, [this](const QJsonArray &rows) { m_rows += rows.size(); });
        const double cpuStart = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        const double clientStart = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        const double sandboxStart = m_sandbox->sandboxCpu();
        m_timer.start();
        connect(job, &ListEnumeration::finished, this, [=, this] {
            const double seconds = m_timer.elapsed() / 1000.0;
            const double cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart;
            const double client = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - clientStart;
            const double sandbox = m_ownThread ? m_sandbox->sandboxCpu() - sandboxStart : -1;
            const int requests = job->requests();
            const bool ok = job->ok();
            const QString failure = ok ? QString() : job->error().logText();
            control(u"counters"_s, {}, "GET", [=, this](const QJsonObject &counters) {
                const int served503 = counters.value("byStatus"_L1).toObject().value("503"_L1).toInt();
                const int maxRequests = m_users / 2500 + 1;
                const double bound = limited ? std::max(0.0, (requests - 50) / 2.0) : 0.0;
                const double held = m_session->stats().throttleWaitMs / 1000.0;
                QTextStream(stdout) << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13%14\n"_s.arg(m_users, 8)
                                           .arg(limited ? u"2/s,50"_s : u"off"_s, 8)
                                           .arg(m_rows, 8)
                                           .arg(requests, 9)
                                           .arg(maxRequests, 8)
                                           .arg(std::max(served503, m_session->stats().rateLimitAnswers), 5)
                                           .arg(seconds, 8, 'f', 2)
                                           .arg(m_rows / std::max(seconds, 0.001), 9, 'f', 0)
                                           .arg(limited ? QString::number(bound, 'f', 1) : u"-"_s, 8)
                                           .arg(held, 10, 'f', 1)
                                           .arg(cpu, 8, 'f', 2)
                                           .arg(client, 8, 'f', 2)
                                           .arg(sandbox < 0 ? u"-"_s : QString::number(sandbox, 'f', 2), 9)
                                           .arg(ok ? QString() : u"  FAILED "_s + failure);
                m_session.reset();
                nextMode();
            });
        });
    }

    QList<int> m_sizes;
    QStringList m_modes;
    QStringList m_pendingModes;
    bool m_ownThread = true;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<PortalSession> m_session;
    QNetworkAccessManager m_network;
    QElapsedTimer m_timer;
    qint64 m_rows = 0;
    int m_users = 0;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Enumerate all users of an in-process sandbox portal."_s);
    parser.addHelpOption();
    QCommandLineOption sizesOption(u"sizes"_s, u"Comma-separated user counts."_s, u"list"_s,
                                   u"10000,50000,100000,500000"_s);
    QCommandLineOption modesOption(u"modes"_s, u"off, limited or both (comma-separated)."_s, u"list"_s,
                                   u"off,limited"_s);
    QCommandLineOption threadOption(u"sandbox-thread"_s,
                                    u"own: the sandbox on a QThread of its own (default); shared: on the "
                                    u"client's thread."_s,
                                    u"own|shared"_s, u"own"_s);
    parser.addOptions({sizesOption, modesOption, threadOption});
    parser.process(app);
    const QString threading = parser.value(threadOption);
    if (threading != u"own" && threading != u"shared") {
        QTextStream(stderr) << "--sandbox-thread must be own or shared\n";
        return 2;
    }
    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts))
        sizes.append(size.trimmed().toInt());
    Bench bench(sizes, parser.value(modesOption).split(u',', Qt::SkipEmptyParts), threading == u"own");
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    return app.exec();
}
