#include "portal/portalbatchjob.h"

#include "portal/portalsession.h"
#include "portal/restquery.h"

#include <QTimer>

using namespace Qt::StringLiterals;

PortalBatchJob *PortalSession::batch(const BatchBuilder &builder) {
    return new PortalBatchJob(this, builder);
}

PortalBatchJob::PortalBatchJob(PortalSession *session, const BatchBuilder &builder)
    : QObject(session)
    , m_session(session)
    , m_builder(builder)
    , m_chunks(builder.chunks()) {
    const QStringList ids = builder.ids();
    m_results.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        m_index.insert(ids.at(i), i);
        m_results.emplace_back(PortalError(PortalError::Kind::Canceled, u"NOT_RUN"_s));
    }
    QTimer::singleShot(0, this, &PortalBatchJob::start);
}

Result<PortalReply> PortalBatchJob::result(const QString &id) const {
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return PortalError(PortalError::Kind::Other, u"UNKNOWN_COMMAND"_s);
    return m_results.at(*it);
}

bool PortalBatchJob::allSucceeded() const {
    for (const auto &result : m_results) {
        if (!result.ok())
            return false;
    }
    return true;
}

void PortalBatchJob::start() {
    if (const auto problem = m_builder.validate()) {
        m_requestError = *problem;
        for (auto &result : m_results)
            result = *problem;
        finish();
        return;
    }
    sendChunk();
}

void PortalBatchJob::sendChunk() {
    if (!m_session || m_nextChunk >= m_chunks.size()) {
        finish();
        return;
    }
    const auto &chunk = m_chunks.at(m_nextChunk);
    const bool readOnly = std::all_of(chunk.begin(), chunk.end(), [](const BatchBuilder::Command &c) {
        return RestQuery::isReadMethod(c.method);
    });
    ++m_requests;
    PortalCall *call =
        m_session->callWithBody(u"batch"_s, BatchBuilder::requestBody(chunk, m_builder.halt()), readOnly);
    connect(call, &PortalCall::finished, this, [this, call] {
        const auto &chunkCommands = m_chunks.at(m_nextChunk);
        const int first = int(m_index.value(chunkCommands.first().id));
        QStringList ids;
        for (const auto &command : chunkCommands)
            ids.append(command.id);
        bool halted = false;
        if (!call->result()) {
            m_requestError = call->result().error();
            for (int i = 0; i < ids.size(); ++i)
                m_results[size_t(first + i)] = call->result().error();
            halted = true; // later requests would meet the same failure
        } else {
            const auto outcomes = PortalParse::batch(call->result().value().result, ids);
            for (int i = 0; i < outcomes.size(); ++i) {
                if (outcomes.at(i).outcome) {
                    m_results[size_t(first + i)] = *outcomes.at(i).outcome;
                    if (!outcomes.at(i).outcome->ok() && m_builder.halt())
                        halted = true;
                }
            }
        }
        Q_EMIT progress(first, int(ids.size()));
        ++m_nextChunk;
        if (halted)
            finish();
        else
            sendChunk();
    });
}

void PortalBatchJob::finish() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
