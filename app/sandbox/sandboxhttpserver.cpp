#include "sandbox/sandboxhttpserver.h"

#include "sandbox/connectionguard.h"
#include "sandbox/sandboxclock.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestComplete();
    m_handler(request, socket);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket) {
    HttpReply reply;
    reply.status = 404;
    send(socket, reply);
}

QByteArray SandboxHttpServer::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

void SandboxHttpServer::send(QTcpSocket *socket, const HttpReply &reply, int delayMs, Delivery delivery,
                             const SandboxClock *clock) {
    if (!socket)
        return;
    if (delayMs > 0) {
        (clock ? *clock : SandboxClock::system())
            .after(delayMs, socket, [target = QPointer<QTcpSocket>(socket), reply, delivery] {
                if (target)
                    send(target, reply, 0, delivery);
            });
        return;
    }
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    bool connectionHeader = false;
    for (const auto &[name, value] : reply.headers) {
        head += name + ": " + value + "\r\n";
        connectionHeader |= name.compare("Connection", Qt::CaseInsensitive) == 0;
    }
    if (!connectionHeader)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->answered(); // from here the connection may idle
    // One write for head and body: two small segments would meet Nagle and delayed ACKs (40 ms).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (delivery == Delivery::Truncated) {
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost(); // the client sees a body shorter than Content-Length
        return;
    }
    socket->write(head + reply.body);
}

void SandboxHttpServer::drop(QTcpSocket *socket, int delayMs, const SandboxClock *clock) {
    if (!socket)
        return;
    const auto abort = [target = QPointer<QTcpSocket>(socket)] {
        if (target)
            target->abort();
    };
    // Queued even without a delay: the server still holds the socket while handleRequest runs.
    if (delayMs > 0)
        (clock ? *clock : SandboxClock::system()).after(delayMs, socket, abort);
    else
        QTimer::singleShot(0, socket, abort);
}
