#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <utility>

class OutboxDatabase;

// Runs the outbox's writes on a thread of their own, with that thread's own connection to the file,
// so a commit (synchronous=FULL waits for the disk) never holds up the GUI thread. Jobs run one at a
// time in the order they were posted; each result is handed back to the receiver's thread, and only
// while the receiver lives. The destructor lets the job in progress finish, drops the ones not started
// and closes the thread's connection in that thread; the database must outlive the writer.
class OutboxWriter : public QThread {
    Q_OBJECT
public:
    explicit OutboxWriter(OutboxDatabase &db, QObject *parent = nullptr);
    ~OutboxWriter() override;

    // Runs `job` on the writer thread, then `done(result)` on the receiver's thread.
    template<typename Job, typename Done> void post(Job job, QObject *receiver, Done done) {
        runOnWriter([job = std::move(job), receiver = QPointer<QObject>(receiver), done = std::move(done)] {
            auto result = job();
            if (QObject *r = receiver.data())
                QMetaObject::invokeMethod(
                    r, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
        });
    }

protected:
    void run() override;

private:
    void runOnWriter(std::function<void()> job);

    OutboxDatabase &m_db;
    QObject *m_worker; // lives on the writer thread; jobs are posted to it
};
