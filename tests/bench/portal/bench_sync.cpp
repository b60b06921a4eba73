// bench_sync: enumerate every user of an in-process sandbox portal, with the sandbox's rate limit
// off and at 2/s burst 50, and print requests, 503s, seconds, users/s and the bucket bound
// (requests − 50) / 2 s. Prints figures; asserts nothing.
//   bench_sync [--sizes 10000,50000,100000,500000] [--modes off,limited]

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

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int users = 0;
    bool limited = false;
};

class Bench : public QObject {
public:
    Bench(QList<int> sizes, QStringList modes)
        : m_sizes(std::move(sizes))
        , m_modes(std::move(modes)) {}

    void start() {
        QTextStream(stdout) << u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(u"users"_s, 8)
                                       .arg(u"limit"_s, 8)
                                       .arg(u"rows"_s, 8)
                                       .arg(u"requests"_s, 9)
                                       .arg(u"max req"_s, 8)
                                       .arg(u"503s"_s, 5)
                                       .arg(u"seconds"_s, 8)
                                       .arg(u"users/s"_s, 9)
                                       .arg(u"bound s"_s, 8) +
                                   u" throttle s\n"_s;
        nextSize();
    }

private:
    void control(const QString &path, const QJsonObject &body, const QByteArray &verb,
                 std::function<void(const QJsonObject &)> done) {
        QUrl url = m_sandbox->baseUrl();
        url.setPath(u"/sandbox/"_s + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
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
        m_sandbox = std::make_unique<SandboxPortal>(options);
        QString error;
        if (!m_sandbox->start(&error)) {
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
        m_timer.start();
        connect(job, &ListEnumeration::finished, this, [this, job, limited] {
            const double seconds = m_timer.elapsed() / 1000.0;
            const int requests = job->requests();
            const bool ok = job->ok();
            const QString failure = ok ? QString() : job->error().logText();
            control(u"counters"_s, {}, "GET", [=, this](const QJsonObject &counters) {
                const int served503 = counters.value("byStatus"_L1).toObject().value("503"_L1).toInt();
                const int maxRequests = m_users / 2500 + 1;
                const double bound = limited ? std::max(0.0, (requests - 50) / 2.0) : 0.0;
                const double held = m_session->stats().throttleWaitMs / 1000.0;
                QTextStream(stdout) << u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10%11\n"_s.arg(m_users, 8)
                                           .arg(limited ? u"2/s,50"_s : u"off"_s, 8)
                                           .arg(m_rows, 8)
                                           .arg(requests, 9)
                                           .arg(maxRequests, 8)
                                           .arg(std::max(served503, m_session->stats().rateLimitAnswers), 5)
                                           .arg(seconds, 8, 'f', 2)
                                           .arg(m_rows / std::max(seconds, 0.001), 9, 'f', 0)
                                           .arg(limited ? QString::number(bound, 'f', 1) : u"-"_s, 8)
                                           .arg(held, 10, 'f', 1)
                                           .arg(ok ? QString() : u"  FAILED "_s + failure);
                m_session.reset();
                nextMode();
            });
        });
    }

    QList<int> m_sizes;
    QStringList m_modes;
    QStringList m_pendingModes;
    std::unique_ptr<SandboxPortal> m_sandbox;
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
    parser.addOptions({sizesOption, modesOption});
    parser.process(app);
    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts))
        sizes.append(size.trimmed().toInt());
    Bench bench(sizes, parser.value(modesOption).split(u',', Qt::SkipEmptyParts));
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    return app.exec();
}
