#pragma once

#include "portal/batchbuilder.h"
#include "portal/portalreply.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <vector>

class PortalSession;

// Runs a BatchBuilder: one `batch` request per ≤50 commands, sent one after another (the docs ask
// for no parallel streams, and `halt` must stop later requests too). Each command's outcome is
// mapped back to its id. Ends exactly once with finished(), then deletes itself later.
class PortalBatchJob : public QObject {
    Q_OBJECT
public:
    PortalBatchJob(PortalSession *session, const BatchBuilder &builder);

    bool isFinished() const { return m_finished; }
    QStringList ids() const { return m_builder.ids(); }
    // Outcome of one command; Canceled ("not run") when a halt or an earlier failure skipped it.
    Result<PortalReply> result(const QString &id) const;
    // True when every command succeeded.
    bool allSucceeded() const;
    // The failure of a whole request (auth, limits, network), if any.
    std::optional<PortalError> requestError() const { return m_requestError; }
    int requests() const { return m_requests; }

Q_SIGNALS:
    // One `batch` request done; `firstIndex` .. `firstIndex + count - 1` now have outcomes.
    void progress(int firstIndex, int count);
    void finished();

private:
    void start();
    void sendChunk();
    void finish();

    QPointer<PortalSession> m_session;
    BatchBuilder m_builder;
    QList<QList<BatchBuilder::Command>> m_chunks;
    std::vector<Result<PortalReply>> m_results;
    QHash<QString, int> m_index;
    std::optional<PortalError> m_requestError;
    int m_nextChunk = 0;
    int m_requests = 0;
    bool m_finished = false;
};
