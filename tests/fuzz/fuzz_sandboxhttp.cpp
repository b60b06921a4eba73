// Fuzzes the sandbox's whole HTTP request path: bytes go over a real loopback connection into a
// running SandboxPortal (QAbstractHttpServer's parser, the ConnectionGuard's limits, routing, REST,
// batch, OAuth and control endpoints) exactly as a hostile client would send them. The portal runs on
// a thread of its own; this thread is the client. In the input, @SECRET@ stands for the admin webhook
// secret and @HOST@ for 127.0.0.1:<port>, so that seeds reach past authentication. @TOKEN@ becomes a
// wrong control token of the right length: the control endpoints' refusals (token, Host, content type)
// are fuzzed, their effects are not (an input that injected faults or changed limits would make later
// inputs fail for reasons of its own). An exchange waits at most two seconds. Invariants: whatever
// comes back starts as an HTTP/1.1 answer, and the portal keeps answering.
#include "fuzzsupport.h"

#include "sandbox/sandboxportal.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>

namespace {

struct Target {
    QThread thread;
    SandboxPortal *portal = nullptr;
    quint16 port = 0;
    QByteArray secret;
    QByteArray token;
};

Target *target() {
    static Target *t = [] {
        auto *created = new Target; // lives until the process ends, as the fuzzer does
        SandboxOptions options;
        options.users = 30;
        options.rateLimit = false;
        options.maxBodyBytes = 128 * 1024;
        options.idleTimeoutSeconds = 0.02; // an unfinished request is closed quickly
        created->thread.start();
        created->portal = new SandboxPortal(options);
        created->portal->moveToThread(&created->thread);
        bool ok = false;
        QMetaObject::invokeMethod(
            created->portal, [created, &ok] { ok = created->portal->start(); }, Qt::BlockingQueuedConnection);
        if (!ok)
            qFatal("the sandbox did not start");
        created->port = created->portal->port();
        const QString path = created->portal->adminWebhookUrl().path(); // /rest/1/<secret>/
        created->secret = path.section(u'/', 3, 3).toUtf8();
        created->token = created->portal->controlToken().toUtf8();
        return created;
    }();
    return t;
}

// Reads until the server closed the connection, a whole answer (head plus Content-Length) came, or
// two seconds passed (an injected stall or latency).
QByteArray exchange(const QByteArray &request) {
    Target *t = target();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, t->port);
    if (!socket.waitForConnected(5000))
        qFatal("cannot connect to the sandbox");
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    const QDeadlineTimer deadline(2000);
    while (!deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200))) &&
            socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype at = answer.toLower().indexOf("content-length: ");
            if (at >= 0 && at < headEnd) {
                const qint64 length = answer.mid(at + 16, answer.indexOf('\r', at) - at - 16).toLongLong();
                if (answer.size() >= headEnd + 4 + length)
                    break;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    answer += socket.readAll();
    socket.abort();
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzSupport::ensureApplication(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("invitedesk.*=false")); // a line per refusal otherwise
    target();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Target *t = target();
    QByteArray request = FuzzSupport::bytes(data, size);
    request.replace("@SECRET@", t->secret);
    request.replace("@TOKEN@", QByteArray(t->token.size(), '0'));
    request.replace("@HOST@", QByteArray("127.0.0.1:" + QByteArray::number(t->port)));
    const QByteArray answer = exchange(request);
    FUZZ_CHECK(answer.isEmpty() || answer.startsWith("HTTP/1.1 "));

    // Now and then: back to a fresh company (inputs add users and tokens), and the portal still
    // answers an ordinary request.
    static int inputs = 0;
    if (++inputs % 64 == 0) {
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(t->port) + "\r\n";
        const QByteArray control = "X-Sandbox-Control-Token: " + t->token + "\r\n";
        FUZZ_CHECK(exchange("POST /sandbox/reset HTTP/1.1\r\n" + host + control +
                            "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n")
                       .startsWith("HTTP/1.1 200 "));
        const QByteArray health =
            exchange("GET /rest/1/" + t->secret +
                     "/user.admin HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(t->port) + "\r\n\r\n");
        FUZZ_CHECK(health.startsWith("HTTP/1.1 200 "));
    }
    return 0;
}
