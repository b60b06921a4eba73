// Fuzzes everything InviteDesk reads from a portal: the REST envelope (PortalParse::envelope) with
// the PHP JSON shapes of spec §8, batch results (PortalParse::batch), token-endpoint answers
// (OAuthTokens::fromTokenResponse) and pasted webhook URLs (PortalCredentials::fromWebhookUrl).
// Input: two bytes of HTTP status, then the body (also read as the pasted text).
#include "fuzzsupport.h"

#include "portal/portalcredentials.h"
#include "portal/portalreply.h"

#include <QJsonArray>

namespace {

// The ids a batch request would have sent: whatever the answer names, plus the usual shapes.
QStringList batchIds(const QJsonValue &batchResult) {
    QStringList ids{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("me"), QStringLiteral("deps")};
    const QJsonObject object = batchResult.toObject();
    for (const char *subMap : {"result", "result_error", "result_total", "result_next", "result_time"}) {
        const QHash<QString, QJsonValue> map = PortalParse::subMap(object.value(QLatin1StringView(subMap)));
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (!ids.contains(it.key()))
                ids.append(it.key());
    }
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    FuzzSupport::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const QByteArray body = FuzzSupport::bytes(data + 2, size - 2);

    const Result<PortalReply> reply = PortalParse::envelope(status, body);
    if (reply.ok()) {
        const QJsonValue result = reply.value().result;
        (void)PortalParse::idValue(result);
        const QStringList ids = batchIds(result);
        const QList<BatchCommandOutcome> outcomes = PortalParse::batch(result, ids);
        FUZZ_CHECK(outcomes.size() == ids.size());
        for (const BatchCommandOutcome &o : outcomes) {
            FUZZ_CHECK(o.executed == o.outcome.has_value());
            if (o.outcome && !o.outcome->ok())
                (void)o.outcome->error().userMessage();
        }
    } else {
        (void)reply.error().userMessage();
    }

    const Result<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(status, body);
    if (tokens.ok())
        FUZZ_CHECK(!tokens.value().accessToken.isEmpty() && !tokens.value().refreshToken.isEmpty());

    const QString pasted = QString::fromUtf8(body);
    const Result<PortalCredentials> webhook = PortalCredentials::fromWebhookUrl(pasted);
    if (webhook.ok()) {
        const PortalCredentials &credentials = webhook.value();
        FUZZ_CHECK(!credentials.webhookSecret().isEmpty());
        FUZZ_CHECK(credentials.restBase().path().endsWith(u'/'));
        (void)credentials.host();
        (void)credentials.portalUrl();
    }
    (void)PortalCredentials::portalAddress(pasted);
    return 0;
}
