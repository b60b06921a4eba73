#include "invite/outboxwriter.h"

#include "invite/outboxdatabase.h"

OutboxWriter::OutboxWriter(OutboxDatabase &db, QObject *parent)
    : QThread(parent)
    , m_db(db)
    , m_worker(new QObject) {
    setObjectName(QStringLiteral("OutboxWriter"));
    m_worker->moveToThread(this);
    start();
}

OutboxWriter::~OutboxWriter() {
    quit();
    wait();
    delete m_worker; // its thread has ended: posted jobs not yet run go with it
}

void OutboxWriter::run() {
    exec();
    m_db.releaseThreadConnection();
}

void OutboxWriter::runOnWriter(std::function<void()> job) {
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}
