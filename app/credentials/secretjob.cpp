#include "credentials/secretjob.h"

void SecretJob::finish(SecretError error, QByteArray data) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_data = std::move(data);
    Q_EMIT finished();
    deleteLater();
}
