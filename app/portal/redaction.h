#pragma once

#include <QString>
#include <QUrl>

// Turns addresses and texts into something safe to log: webhook secrets, tokens and OAuth codes
// are replaced by "***". Use it for every URL or server text that reaches a log line.
namespace Redaction {

// https://host/rest/1/<secret>/user.get?auth=X -> https://host/rest/1/***/user.get?auth=***
QString url(const QUrl &url);
// Replaces known secret values and webhook-shaped paths inside free text.
QString text(const QString &text, const QStringList &secrets = {});

} // namespace Redaction
