#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

class QTcpSocket;
class SandboxClock;

// One HTTP answer as bytes, written by hand so that faults can cut, delay or drop it.
struct HttpReply {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The sandbox's HTTP front: Qt 6.4's QAbstractHttpServer hands over the socket of each request,
// which is what fault injection needs. Every request goes to one handler; answers are written by
// send(), optionally after a delay (timer, never blocking) or truncated.
class SandboxHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

    enum class Delivery { Normal, Truncated };
    // A delay is measured by clock (the system clock when null).
    static void send(QTcpSocket *socket, const HttpReply &reply, int delayMs = 0,
                     Delivery delivery = Delivery::Normal, const SandboxClock *clock = nullptr);
    static void drop(QTcpSocket *socket, int delayMs = 0, const SandboxClock *clock = nullptr);
    static QByteArray reasonPhrase(int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
