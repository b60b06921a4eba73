#pragma once

#include "portal/portalreply.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class PortalSession;

// One REST call in flight: ends exactly once with a PortalReply or a PortalError, then emits
// finished() and deletes itself later (read result() in the slot). Created by PortalSession.
class PortalCall : public QObject {
    Q_OBJECT
public:
    ~PortalCall() override;

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    // Valid once finished() was emitted.
    const Result<PortalReply> &result() const { return m_result; }

    // Ends the call now with a Canceled error (the request may still reach the portal).
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class PortalSession;
    PortalCall(const QString &method, QObject *parent);
    void finish(Result<PortalReply> result);

    QString m_method;
    Result<PortalReply> m_result{PortalError(PortalError::Kind::Canceled)};
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
};
