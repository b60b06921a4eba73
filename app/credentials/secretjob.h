#pragma once

#include "credentials/secretkey.h"

#include <QByteArray>
#include <QObject>

// One asynchronous keychain operation. Ends exactly once: finished(), then deletes itself later.
class SecretJob : public QObject {
    Q_OBJECT
public:
    explicit SecretJob(QObject *parent = nullptr)
        : QObject(parent) {}

    bool isFinished() const { return m_finished; }
    bool ok() const { return !m_error.isError(); }
    const SecretError &error() const { return m_error; }
    // For reads: the secret. Do not log it.
    QByteArray data() const { return m_data; }

    void finish(SecretError error, QByteArray data = {});

Q_SIGNALS:
    void finished();

private:
    SecretError m_error;
    QByteArray m_data;
    bool m_finished = false;
};
