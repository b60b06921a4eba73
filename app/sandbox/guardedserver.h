#pragma once

#include "sandbox/connectionguard.h"

#include <QTcpSocket>

// A QTcpServer or QSslServer that puts a ConnectionGuard on every socket it hands out:
// QAbstractHttpServer takes sockets through nextPendingConnection() and only then connects its own
// reader, so the guard sees every byte first.
template<typename Server> class GuardedServer : public Server {
public:
    GuardedServer(ConnectionGuard::LimitsSource limits, QObject *parent)
        : Server(parent)
        , m_limits(std::move(limits)) {}

    QTcpSocket *nextPendingConnection() override {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            ConnectionGuard::attach(socket, m_limits);
        return socket;
    }

private:
    ConnectionGuard::LimitsSource m_limits;
};
