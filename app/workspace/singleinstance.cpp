#include "workspace/singleinstance.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kActivate = "activate\n";
constexpr int kHandOverMs = 3000; // a second start with no window yet: waiting here blocks no UI
} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir(profileDir).absolutePath())
    , m_lock(QDir(profileDir).filePath(u"invitedesk.lock"_s)) {
    // Socket names live in one namespace per machine (/tmp, \\.\pipe\): the folder's hash keeps
    // profiles, and users, apart.
    const QByteArray hash = QCryptographicHash::hash(m_profileDir.toUtf8(), QCryptographicHash::Sha256);
    m_serverName = u"invitedesk-"_s + QString::fromLatin1(hash.toHex().left(24));
    m_lock.setStaleLockTime(0); // never stale by age; a lock whose process died is taken over
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Claim SingleInstance::claim() {
    QDir().mkpath(m_profileDir);
    if (m_lock.tryLock(0)) {
        listen();
        return Claim::Primary;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        // No one else holds it (an unwritable folder): start, only unguarded.
        qCWarning(lcUi) << "profile lock could not be taken:" << m_lock.error();
        return Claim::Primary;
    }
    return askRunningInstance() ? Claim::AlreadyRuns : Claim::Failed;
}

bool SingleInstance::askRunningInstance() {
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kHandOverMs)) {
        qCWarning(lcUi) << "the running InviteDesk did not answer:" << socket.errorString();
        return false;
    }
    socket.write(kActivate);
    const bool sent = socket.waitForBytesWritten(kHandOverMs);
    socket.disconnectFromServer();
    return sent;
}

void SingleInstance::listen() {
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName); // left by a process that died; we hold the lock
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcUi) << "later starts cannot reach this window:" << m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() == kActivate)
                    emit activationRequested();
                socket->disconnectFromServer();
            });
        }
    });
}
