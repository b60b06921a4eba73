#include "portal/redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Redaction {

static bool isSecretParameter(const QString &name) {
    static const QStringList names = {u"auth"_s,          u"access_token"_s, u"refresh_token"_s,
                                      u"client_secret"_s, u"code"_s,         u"password"_s};
    return names.contains(name, Qt::CaseInsensitive);
}

static QString redactPath(const QString &path) {
    // /rest/<uid>/<secret>/... and /rest/api/<uid>/<secret>/...
    static const QRegularExpression webhook(u"(/rest/(?:api/)?\\d+/)[^/?#]+"_s);
    QString redacted = path;
    redacted.replace(webhook, u"\\1***"_s);
    return redacted;
}

QString url(const QUrl &url) {
    QUrl copy = url;
    copy.setUserInfo({});
    copy.setFragment({});
    copy.setPath(redactPath(copy.path()));
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QUrlQuery cleaned;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            cleaned.addQueryItem(key, isSecretParameter(key) ? u"***"_s : value);
        copy.setQuery(cleaned);
    }
    return copy.toString();
}

QString text(const QString &text, const QStringList &secrets) {
    QString redacted = redactPath(text);
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            redacted.replace(secret, u"***"_s);
    }
    // Secrets only: a parameter name counts as a whole word ("error_code=" is not "code="), and
    // "code" (an OAuth authorization code) only as a query parameter: "code=QUERY_LIMIT_EXCEEDED" in
    // an error text is what the log is for.
    static const QRegularExpression tokenParam(
        u"((?<![\\w-])(?:auth|access_token|refresh_token|client_secret|password)=)[^&\\s\"]+"_s);
    static const QRegularExpression codeParam(u"([?&]code=)[^&\\s\"]+"_s);
    redacted.replace(tokenParam, u"\\1***"_s);
    redacted.replace(codeParam, u"\\1***"_s);
    return redacted;
}

} // namespace Redaction
