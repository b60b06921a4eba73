#include "sandbox/connectionguard.h"

#include "common/logging.h"
#include "sandbox/envelope.h"
#include "sandbox/sandboxhttpserver.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

namespace {

// A refused client gets this long, without sending anything, to stop sending before the connection
// closes; and at most this much more is read from it.
constexpr int LingerMs = 2000;
constexpr qint64 MaxLingerBytes = 64 * 1024 * 1024;

// The end of the request line and headers (CRLFCRLF; bare LFs as Qt's parser also accepts them).
qsizetype headEnd(const QByteArray &head) {
    const qsizetype crlf = head.indexOf("\r\n\r\n");
    const qsizetype lf = head.indexOf("\n\n");
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    return lf < 0 ? crlf + 4 : std::min(crlf + 4, lf + 2);
}

// The declared Content-Length, -1 when absent or unreadable (the parser then decides).
qint64 declaredLength(const QByteArray &head) {
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok ? length : -1;
    }
    return -1;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, LimitsSource limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(std::move(limits)) {
    setObjectName(QStringLiteral("invitedesk-connection-guard"));
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_busy && !m_lingering)
            return;
        if (!m_lingering)
            qCInfo(lcSandbox) << "closing an idle connection";
        m_socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    restartIdleTimer();
}

void ConnectionGuard::attach(QTcpSocket *socket, LimitsSource limits) {
    new ConnectionGuard(socket, std::move(limits));
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket) {
    return socket ? socket->findChild<ConnectionGuard *>(QStringLiteral("invitedesk-connection-guard"),
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::restartIdleTimer() {
    const int idleMs = m_limits().idleTimeoutMs;
    if (idleMs > 0)
        m_idle.start(idleMs);
    else
        m_idle.stop();
}

void ConnectionGuard::requestComplete() {
    m_busy = true;
    m_idle.stop();
    m_head.clear();
    m_headDone = false;
    m_requestBytes = 0;
}

void ConnectionGuard::answered() {
    if (m_lingering)
        return;
    m_busy = false;
    restartIdleTimer();
}

void ConnectionGuard::onReadyRead() {
    // Runs before the HTTP parser reads: what is available now is what arrived since it last read.
    const qint64 fresh = m_socket->bytesAvailable();
    if (fresh <= 0)
        return;
    if (!m_busy)
        restartIdleTimer();
    const Limits limits = m_limits();
    m_requestBytes += fresh;
    if (!m_headDone) {
        m_head += m_socket->peek(std::min(fresh, MaxHeadBytes + 4 - m_head.size()));
        const qsizetype end = headEnd(m_head);
        if (end < 0) {
            if (m_head.size() > MaxHeadBytes)
                refuse(
                    431,
                    QStringLiteral("The request line and headers are longer than %1 bytes").arg(MaxHeadBytes),
                    0);
            return;
        }
        m_headDone = true;
        const qint64 declared = declaredLength(m_head.left(end));
        if (declared > limits.maxBodyBytes) {
            const qint64 bodySeen = m_requestBytes - end;
            refuse(413, QStringLiteral("Request body is larger than %1 bytes").arg(limits.maxBodyBytes),
                   std::max<qint64>(declared - bodySeen, 0));
            return;
        }
        m_head.clear();
    }
    if (m_requestBytes > limits.maxBodyBytes + MaxHeadBytes)
        refuse(413, QStringLiteral("Request body is larger than %1 bytes").arg(limits.maxBodyBytes),
               MaxLingerBytes);
}

void ConnectionGuard::discard() {
    const qint64 got = m_socket->skip(m_socket->bytesAvailable());
    m_lingerBytesLeft -= std::max<qint64>(got, 0);
    if (m_lingerBytesLeft <= 0)
        m_socket->disconnectFromHost();
    else
        m_idle.start(LingerMs);
}

void ConnectionGuard::refuse(int status, const QString &description, qint64 bodyStillExpected) {
    qCInfo(lcSandbox) << "refusing a request while it arrives:" << status;
    // Nothing more of this connection reaches the parser; the answer goes out, what the client is
    // still sending of the refused body is read and dropped, then the connection closes (nothing after
    // the refused request can be told apart from its body).
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // the parser's; lets skip() free what it read
    m_busy = true;
    m_lingering = true;
    m_lingerBytesLeft = std::min(bodyStillExpected, MaxLingerBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::discard);
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(Envelope::error(status == 413 ? QStringLiteral("REQUEST_TOO_LARGE")
                                                             : QStringLiteral("HEADERS_TOO_LARGE"),
                                               description))
                     .toJson(QJsonDocument::Compact);
    reply.headers.append({QByteArray("Connection"), QByteArray("close")});
    SandboxHttpServer::send(m_socket, reply);
    discard();
}
