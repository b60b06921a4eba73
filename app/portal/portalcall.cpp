#include "portal/portalcall.h"

#include <QNetworkReply>

PortalCall::PortalCall(const QString &method, QObject *parent)
    : QObject(parent)
    , m_method(method) {}

PortalCall::~PortalCall() = default;

void PortalCall::abort() {
    if (m_finished)
        return;
    PortalError error(PortalError::Kind::Canceled, QStringLiteral("ABORTED"));
    error.setOutcomeUnknown(m_reply != nullptr);
    finish(error);
    if (m_reply)
        m_reply->abort();
}

void PortalCall::finish(Result<PortalReply> result) {
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}
