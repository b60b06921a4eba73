// Prints how long the sandbox portal takes to generate and start with 100 000 users, and how
// long one 50-row user.get page takes over loopback (rate limit off, ID-ordered paging, start=-1).
#include "sandbox/sandboxportal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int users = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int requests = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;

    SandboxOptions options;
    options.users = users;
    options.rateLimit = false;
    std::vector<double> startTimes;
    for (int run = 0; run < 5; ++run) {
        SandboxPortal portal(options);
        QElapsedTimer timer;
        timer.start();
        if (!portal.start())
            return 1;
        startTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "generate + start, " << users << " users: median " << percentile(startTimes, 0.5)
        << " ms (5 runs, min " << *std::min_element(startTimes.begin(), startTimes.end()) << " ms)\n";

    SandboxPortal portal(options);
    if (!portal.start())
        return 1;
    QNetworkAccessManager nam;
    std::vector<double> pageTimes;
    int lastId = 0;
    int rows = 0;
    for (int i = 0; i < requests; ++i) {
        QUrl url = portal.adminWebhookUrl();
        url.setPath(url.path() + u"user.get");
        url.setQuery(QStringLiteral("sort=ID&order=ASC&start=-1&ADMIN_MODE=Y&FILTER[%3EID]=") +
                     QString::number(lastId));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QEventLoop loop; // a benchmark, not product code
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray page =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("result")).toArray();
        pageTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        reply->deleteLater();
        if (page.isEmpty())
            lastId = 0;
        else
            lastId = page.last().toObject().value(QStringLiteral("ID")).toString().toInt();
        rows += int(page.size());
    }
    out << "user.get page (50 rows, start=-1, >ID paging), " << requests << " sequential requests: median "
        << percentile(pageTimes, 0.5) << " ms, p90 " << percentile(pageTimes, 0.9) << " ms (" << rows
        << " rows read)\n";
    return 0;
}
