#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

// Bounds on one sandbox connection, applied while a request is still arriving, before Qt's HTTP
// parser has buffered it: the request line and headers must end within MaxHeadBytes (431), a declared
// Content-Length over the body limit is answered 413 at once (the body is never read), a body that
// keeps coming past the limit (chunked) is cut with 413 as soon as it does, and a connection with no
// request in progress and no answer owed is closed after the idle time. A request being handled (a
// `stall` fault) is not idle.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 0;
        int idleTimeoutMs = 0;
    };
    using LimitsSource = std::function<Limits()>;
    static constexpr qint64 MaxHeadBytes = 64 * 1024;

    // Attaches a guard to a socket just accepted, before anything else connects to its readyRead.
    static void attach(QTcpSocket *socket, LimitsSource limits);
    static ConnectionGuard *of(QTcpSocket *socket);

    void requestComplete(); // the server has a whole request and handles it now
    void answered();        // its answer went out

private:
    ConnectionGuard(QTcpSocket *socket, LimitsSource limits);
    void onReadyRead();
    void refuse(int status, const QString &description, qint64 bodyStillExpected);
    void discard();
    void restartIdleTimer();

    QTcpSocket *m_socket;
    LimitsSource m_limits;
    QTimer m_idle;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_busy = false;
    qint64 m_requestBytes = 0;
    // After a refusal: what the client is still sending is read and thrown away (so that closing
    // does not reset the connection before the client has read the answer), within bounds.
    bool m_lingering = false;
    qint64 m_lingerBytesLeft = 0;
};
