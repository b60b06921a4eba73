#pragma once

#include "common/result.h"
#include "credentials/secretkey.h"

#include <QByteArray>
#include <QObject>

// One asynchronous keychain operation. Ends exactly once: finished(), then deletes itself later.
// Its result is the secret for reads (do not log it), an empty array for the other operations, or
// the SecretError that prevented it.
class SecretJob : public QObject {
    Q_OBJECT
public:
    using Outcome = Result<QByteArray, SecretError>;

    explicit SecretJob(QObject *parent = nullptr)
        : QObject(parent) {}

    bool isFinished() const { return m_finished; }
    // Meaningful once finished; before that it reads Failed.
    const Outcome &result() const { return m_result; }

    void finish(Outcome result);

Q_SIGNALS:
    void finished();

private:
    Outcome m_result = SecretError(SecretError::Kind::Failed, QStringLiteral("not finished"));
    bool m_finished = false;
};
