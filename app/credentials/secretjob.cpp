#include "credentials/secretjob.h"

void SecretJob::finish(Outcome result) {
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}
