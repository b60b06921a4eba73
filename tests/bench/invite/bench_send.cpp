// bench_send: N invitations (default 1 000) enqueued in a real outbox file and sent through the real
// PortalInvitationTransport + PortalSession to an in-process sandbox portal on its own thread (as in
// training mode) with the sandbox's rate limit at 2/s burst 50 and the client throttle alike. Prints
// requests (sandbox counters and session stats), 503s, seconds, invitations/s and the final outbox
// counts. Prints figures; asserts nothing. Target for 1 000: ≤ 20 requests, zero 503s.
//   bench_send [--count 1000] [--rate 2] [--burst 50] [--batch 50]

#include "../../inviteresults.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/outboxdatabase.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"
#include "workspace/portalinvitationtransport.h"
#include "workspace/trainingportal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString Portal = u"sandbox.invitedesk.test"_s;

// A sandbox control call; the bench (not product code) waits in a local event loop.
QJsonObject control(QNetworkAccessManager &network, const TrainingPortal &portal, const QByteArray &verb,
                    const QString &path) {
    QUrl url = portal.baseUrl();
    url.setPath(u"/sandbox/"_s + path);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader), portal.controlToken().toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"count"_s, u"Invitations to send."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"rate"_s, u"Leaky-bucket drain per second (sandbox and client)."_s, u"r"_s, u"2"_s});
    parser.addOption({u"burst"_s, u"Leaky-bucket size (sandbox and client)."_s, u"b"_s, u"50"_s});
    parser.addOption({u"batch"_s, u"The sender's batch size ceiling."_s, u"n"_s, u"50"_s});
    parser.process(app);
    const int count = parser.value(u"count"_s).toInt();
    const double rate = parser.value(u"rate"_s).toDouble();
    const int burst = parser.value(u"burst"_s).toInt();
    QTextStream out(stdout);

    SandboxOptions options;
    options.users = 50;
    options.rateLimit = true;
    options.ratePerSecond = rate;
    options.burst = burst;
    TrainingPortal portal;
    QString error;
    if (!portal.start(options, &error)) {
        QTextStream(stderr) << "sandbox failed: " << error << '\n';
        return 1;
    }

    QTemporaryDir dir;
    OutboxDatabase db(dir.filePath(u"outbox.sqlite"_s));
    if (const InviteResult<void> opened = db.open(); !opened) {
        QTextStream(stderr) << "outbox failed: " << opened.error().logText() << '\n';
        return 1;
    }
    InvitationOutbox outbox(db);
    QList<NewInvitation> invitations;
    invitations.reserve(count);
    for (int i = 0; i < count; ++i) {
        NewInvitation n;
        n.portal = Portal;
        n.email = u"bench.%1@send.example.com"_s.arg(i);
        n.firstName = u"Bench"_s;
        n.lastName = u"Person %1"_s.arg(i);
        n.position = u"Tester"_s;
        n.departmentIds = {1};
        n.message = u"Hello Bench Person %1, welcome to the sandbox portal."_s.arg(i);
        n.tab = u"email"_s;
        if (i % 4 == 0)
            n.phone = u"+49 170 %1"_s.arg(1000000 + i);
        invitations << n;
    }
    QElapsedTimer enqueueTimer;
    enqueueTimer.start();
    if (const InviteResult<EnqueueReport> queued = outbox.enqueue(invitations); !queued) {
        QTextStream(stderr) << "enqueue failed: " << queued.error().logText() << '\n';
        return 1;
    }
    const qint64 enqueueMs = enqueueTimer.elapsed();

    PortalSession session(PortalCredentials::fromWebhookUrl(portal.adminWebhookUrl().toString()).value());
    session.setThrottle(ThrottleLimits{true, rate, burst});
    PortalInvitationTransport transport(&session);
    InvitationSender sender(outbox, transport, Portal);
    sender.setBatchSize(parser.value(u"batch"_s).toInt());

    QNetworkAccessManager network;
    control(network, portal, "DELETE", u"counters"_s);

    QEventLoop loop;
    QString stopReason;
    QObject::connect(&sender, &InvitationSender::drained, &loop, &QEventLoop::quit);
    for (auto signal : {&InvitationSender::portalUnreachable, &InvitationSender::blocked,
                        &InvitationSender::storageFailed}) {
        QObject::connect(&sender, signal, &loop, [&](const InviteError &stopped) {
            stopReason = stopped.userMessage();
            loop.quit();
        });
    }
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &sender, &InvitationSender::start);
    loop.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;

    const QJsonObject counters = control(network, portal, "GET", u"counters"_s);
    const QJsonObject byStatus = counters.value(u"byStatus"_s).toObject();
    QHash<InvitationState, int> counts;
    (void)takeResult(outbox.countByState(Portal), &counts);

    out << u"invitations %1, sandbox %2/s burst %3, batch ceiling %4\n"_s.arg(count).arg(rate).arg(burst).arg(
        sender.batchSize());
    out << u"enqueue                 %1 ms\n"_s.arg(enqueueMs);
    out << u"requests (sandbox)      %1\n"_s.arg(counters.value(u"requests"_s).toInt());
    out << u"requests (session)      %1 (retries %2)\n"_s.arg(session.stats().requestsSent)
               .arg(session.stats().retries);
    out << u"by status               %1\n"_s.arg(
        QString::fromUtf8(QJsonDocument(byStatus).toJson(QJsonDocument::Compact)));
    out << u"503s                    %1 (session saw %2 limit answers)\n"_s
               .arg(byStatus.value(u"503"_s).toInt())
               .arg(session.stats().rateLimitAnswers);
    out << u"successful user.add     %1\n"_s.arg(counters.value(u"userAdds"_s).toInt());
    out << u"seconds                 %1\n"_s.arg(seconds, 0, 'f', 2);
    out << u"invitations/s           %1\n"_s.arg(seconds > 0 ? count / seconds : 0.0, 0, 'f', 1);
    out << u"throttle wait           %1 ms\n"_s.arg(session.stats().throttleWaitMs);
    out << u"final batch size        %1\n"_s.arg(sender.currentBatchSize());
    out << u"outbox                  sent %1 · queued %2 · sending %3 · failed %4 · needs review %5\n"_s
               .arg(counts.value(InvitationState::Sent))
               .arg(counts.value(InvitationState::Queued))
               .arg(counts.value(InvitationState::Sending))
               .arg(counts.value(InvitationState::Failed))
               .arg(counts.value(InvitationState::NeedsReview));
    if (!stopReason.isEmpty())
        out << u"stopped early: %1\n"_s.arg(stopReason);
    out.flush();
    return 0;
}
