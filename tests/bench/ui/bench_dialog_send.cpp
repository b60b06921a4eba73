// bench_dialog_send: does the open invite dialog slow sending down? N invitations (default 5 000) go
// to an in-process sandbox portal (its own thread, rate limit 2/s burst 50, the client throttle alike)
// twice in one run, each time on a fresh sandbox and outbox file:
//   closed — queued straight into the outbox, no window at all;
//   open   — typed into the Invite by Email tab of a visible (offscreen) dialog and sent with its
//            Invite button, the dialog's Outbox window open beside it.
// Prints the seconds of each from the moment the sender starts, their ratio (target ≤ 1.2) and the longest
// GUI event-loop stall of each (target ≤ 50 ms): a precise 5 ms timer records the largest gap between its
// ticks, less the interval, from the moment the send started. How long starting took (for the dialog: the
// Invite click, which queues a large send chunk by chunk) is printed beside it, and for the dialog how long
// until every chunk was queued (the stall covers that time too, as sending runs alongside). Prints figures;
// asserts nothing. Run it once idle and once beside a CPU load to see the stall under load.
//   QT_QPA_PLATFORM=offscreen bench_dialog_send [--count 5000] [--rate 2] [--burst 50]

#include "../../inviteresults.h"
#include "directory/directorysync.h"
#include "invite/invitationauditlog.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "invite/outboxdatabase.h"
#include "invite/templatelibrary.h"
#include "portal/portalsession.h"
#include "sandbox/sandboxportal.h"
#include "workspace/portalinvitationtransport.h"
#include "workspace/trainingportal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Portal = u"sandbox.invitedesk.test"_s;

// The largest gap between ticks of a precise timer, less its interval: how long the GUI thread was
// busy without coming back to its event loop.
class StallProbe : public QObject {
public:
    static constexpr int IntervalMs = 5;
    StallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = double(m_clock.nsecsElapsed()) / 1e6 - IntervalMs;
            if (gap > m_longestMs) {
                m_longestMs = gap;
                m_longestAtMs = double(m_since.nsecsElapsed()) / 1e6 - gap;
            }
            m_clock.restart();
        });
        m_clock.start();
        m_since.start();
        m_timer.start();
    }
    double longestMs() const { return m_longestMs; }
    double longestAtMs() const { return m_longestAtMs; } // when it began, from reset()
    void reset() {
        m_longestMs = 0;
        m_clock.restart();
        m_since.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    double m_longestMs = 0;
    double m_longestAtMs = 0;
};

bool buildDirectory(const QString &path) {
    DirectorySync sync(path);
    bool opened = false;
    QObject::connect(&sync, &DirectorySync::opened, &sync,
                     [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
    sync.open();
    if (!opened)
        return false;
    sync.beginFullSync();
    sync.ingestDepartments(QJsonArray{QJsonObject{{u"ID"_s, u"1"_s}, {u"NAME"_s, u"Acme Ltd"_s}}});
    sync.ingestUsers(QJsonArray{});
    sync.finishFullSync();
    return true;
}

struct RunResult {
    double seconds = 0;
    double longestStallMs = 0; // while sending, after the Invite click was handled
    double longestStallAtMs = 0;
    double clickMs = 0;  // the Invite click itself (a large send: the first chunk is handed to the writer)
    double queuedMs = 0; // from the click until every chunk is in the outbox (dialog only)
    int sent = 0;
    QString stopReason;
};

// One send on a fresh sandbox and outbox file; `withDialog` decides how it is started.
RunResult run(int count, double rate, int burst, bool withDialog, const QString &prefix) {
    RunResult result;
    SandboxOptions options;
    options.users = 50;
    options.ratePerSecond = rate;
    options.burst = burst;
    TrainingPortal portal;
    QString error;
    if (!portal.start(options, &error)) {
        result.stopReason = u"sandbox failed: "_s + error;
        return result;
    }
    QTemporaryDir dir;
    OutboxDatabase db(dir.filePath(u"outbox.sqlite"_s));
    if (!db.open() || !buildDirectory(dir.filePath(u"directory.sqlite"_s))) {
        result.stopReason = u"files failed"_s;
        return result;
    }
    InvitationOutbox outbox(db);
    InvitationDrafts drafts(db);
    TemplateLibrary templates(db);
    InvitationAuditLog audit(db);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    PortalSession session(PortalCredentials::fromWebhookUrl(portal.adminWebhookUrl().toString()).value());
    session.setThrottle(ThrottleLimits{true, rate, burst});
    PortalInvitationTransport transport(&session);
    InvitationSender sender(outbox, transport, Portal);

    QStringList addresses;
    for (int i = 0; i < count; ++i)
        addresses << u"%1.%2@send.example.com"_s.arg(prefix).arg(i);

    std::unique_ptr<InviteDialog> dialog;
    if (withDialog) {
        InviteDialogContext context;
        context.outbox = &outbox;
        context.sender = &sender;
        context.drafts = &drafts;
        context.templates = &templates;
        context.auditLog = &audit;
        context.directoryDatabasePath = dir.filePath(u"directory.sqlite"_s);
        context.settings = &settings;
        context.portal = Portal;
        context.portalName = u"Sandbox"_s;
        context.inviterName = u"Bench Admin"_s;
        context.department = InviteDepartment{1, u"Acme Ltd"_s};
        dialog = std::make_unique<InviteDialog>(context);
        dialog->setCurrentTab(InviteDialog::Tab::InviteByEmail);
        dialog->show();
        dialog->showOutbox();
        dialog->findChild<QPlainTextEdit *>(u"emailRecipients"_s)->setPlainText(addresses.join(u'\n'));
        dialog->inviteByEmailTab()->classifyNow();
    } else {
        QList<NewInvitation> invitations;
        for (const QString &address : std::as_const(addresses)) {
            NewInvitation n;
            n.portal = Portal;
            n.email = address;
            n.departmentIds = {1};
            n.departmentName = u"Acme Ltd"_s;
            n.message = u"Welcome to the sandbox portal."_s;
            n.tab = u"email"_s;
            invitations << n;
        }
        if (const InviteResult<EnqueueReport> queued = outbox.enqueue(invitations); !queued) {
            result.stopReason = queued.error().logText();
            return result;
        }
    }

    QEventLoop loop;
    QObject::connect(&sender, &InvitationSender::drained, &loop, &QEventLoop::quit);
    for (auto signal : {&InvitationSender::portalUnreachable, &InvitationSender::blocked,
                        &InvitationSender::storageFailed}) {
        QObject::connect(&sender, signal, &loop, [&](const InviteError &stopped) {
            result.stopReason = stopped.userMessage();
            loop.quit();
        });
    }
    QElapsedTimer timer;
    timer.start();
    StallProbe probe;
    QElapsedTimer click;
    QTimer queued;
    queued.setInterval(1);
    QObject::connect(&queued, &QTimer::timeout, &sender, [&] {
        if (dialog->inviteByEmailTab()->isQueuing())
            return;
        result.queuedMs = double(click.nsecsElapsed()) / 1e6;
        queued.stop();
    });
    QTimer::singleShot(0, &sender, [&] {
        click.start();
        if (dialog) {
            dialog->inviteByEmailTab()->invite(); // queues (chunk by chunk), starts the sender
            queued.start();
        } else {
            sender.start();
        }
        result.clickMs = double(click.nsecsElapsed()) / 1e6;
        // Sending is timed from here in both runs: queueing (by the click, or before the closed run)
        // is not sending.
        timer.restart();
        probe.reset();
    });
    loop.exec();
    result.seconds = double(timer.elapsed()) / 1000.0;
    result.longestStallMs = probe.longestMs();
    result.longestStallAtMs = probe.longestAtMs();
    QHash<InvitationState, int> counts;
    (void)takeResult(outbox.countByState(Portal), &counts);
    result.sent = counts.value(InvitationState::Sent);
    dialog.reset();
    return result;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"count"_s, u"Invitations to send."_s, u"n"_s, u"5000"_s});
    parser.addOption({u"rate"_s, u"Leaky-bucket drain per second (sandbox and client)."_s, u"r"_s, u"2"_s});
    parser.addOption({u"burst"_s, u"Leaky-bucket size (sandbox and client)."_s, u"b"_s, u"50"_s});
    parser.process(app);
    const int count = parser.value(u"count"_s).toInt();
    const double rate = parser.value(u"rate"_s).toDouble();
    const int burst = parser.value(u"burst"_s).toInt();
    QTextStream out(stdout);

    const RunResult closed = run(count, rate, burst, false, u"closed"_s);
    const RunResult open = run(count, rate, burst, true, u"open"_s);
    out << u"invitations %1, sandbox %2/s burst %3\n"_s.arg(count).arg(rate).arg(burst);
    for (const auto &[name, r] :
         {std::pair{u"dialog closed"_s, closed}, std::pair{u"dialog open  "_s, open}}) {
        out << u"%1  %2 s  sent %3  longest stall while sending %4 ms (at %5 s)  start: %6 ms"_s.arg(name)
                   .arg(r.seconds, 0, 'f', 2)
                   .arg(r.sent)
                   .arg(r.longestStallMs, 0, 'f', 1)
                   .arg(r.longestStallAtMs / 1000, 0, 'f', 2)
                   .arg(r.clickMs, 0, 'f', 1);
        if (r.queuedMs > 0)
            out << u"  all queued after %1 ms"_s.arg(r.queuedMs, 0, 'f', 1);
        if (!r.stopReason.isEmpty())
            out << u"  stopped: "_s << r.stopReason;
        out << '\n';
    }
    out << u"ratio open/closed       %1 (target <= 1.2)\n"_s.arg(
        closed.seconds > 0 ? open.seconds / closed.seconds : 0.0, 0, 'f', 2);
    out << u"longest stall, open     %1 ms (target <= 50)\n"_s.arg(open.longestStallMs, 0, 'f', 1);
    out.flush();
    return 0;
}
