// The OAuth 2.0 server (/oauth/authorize/, /oauth/token/, spec §1.2) and the Quick Registration
// join page (/join/<token>) of the sandbox portal.
#include "sandbox/envelope.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxportal_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

QJsonObject requestParams(const QHttpServerRequest &request) {
    QJsonObject params = RequestParser::parseQuery(request.url().query(QUrl::FullyEncoded).toUtf8());
    QString ignored;
    RequestParser::parseBody(request.value("Content-Type"), request.body(), &params, &ignored);
    return params;
}

QString page(const QString &title, const QString &content) {
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title.toHtmlEscaped() +
           u"</title></head><body><h1>" + title.toHtmlEscaped() + u"</h1>" + content + u"</body></html>";
}

} // namespace

void SandboxPortalPrivate::handleOAuthAuthorize(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QJsonObject params = requestParams(request);
    const QString clientId = RequestParser::phpString(params.value(QStringLiteral("client_id")));
    if (clientId != auth.clientId()) {
        // The real portal shows an error page and does not redirect.
        SandboxHttpServer::send(
            socket,
            html(400, page(QStringLiteral("Application not found"),
                           QStringLiteral("<p>The application is not installed on this portal.</p>"))));
        return;
    }
    // Who "signs in": the administrator, unless a test asks for another user (sandbox extension).
    int userId = int(RequestParser::phpInt(params.value(QStringLiteral("user_id"))));
    if (!directory.user(userId))
        userId = auth.adminUserId();
    const QString code = auth.issueCode(userId);
    QString redirect = RequestParser::phpString(params.value(QStringLiteral("redirect_uri")));
    if (redirect.isEmpty())
        redirect = baseUrl().toString() + u"oauth/app/";
    QUrl target(redirect);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("state"),
                       RequestParser::phpString(params.value(QStringLiteral("state"))));
    query.addQueryItem(QStringLiteral("domain"), baseUrl().authority());
    query.addQueryItem(QStringLiteral("member_id"), auth.memberId());
    query.addQueryItem(QStringLiteral("scope"), SandboxAuth::grantedScopes().join(u','));
    query.addQueryItem(QStringLiteral("server_domain"), baseUrl().authority());
    target.setQuery(query);
    HttpReply reply = html(302, page(QStringLiteral("Redirecting"), QStringLiteral("<p>Redirecting…</p>")));
    reply.headers.append({"Location", target.toEncoded()});
    SandboxHttpServer::send(socket, reply);
}

void SandboxPortalPrivate::handleOAuthToken(const QHttpServerRequest &request, QTcpSocket *socket) {
    const QJsonObject params = requestParams(request);
    RequestJournal::Entry entry;
    entry.path = QStringLiteral("/oauth/token/");
    entry.httpMethod =
        request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
    entry.client = clientOf(request);
    const QString grant = RequestParser::phpString(params.value(QStringLiteral("grant_type")));
    entry.params = QJsonObject{{QStringLiteral("grant_type"), grant}};
    const auto reply = [&](int status, const QJsonObject &body) {
        entry.status = status;
        entry.error = body.value(QStringLiteral("error")).toString();
        journal.record(entry);
        SandboxHttpServer::send(socket, json(status, body));
    };
    if (grant != u"authorization_code" && grant != u"refresh_token") {
        reply(400,
              Envelope::error(QStringLiteral("invalid_request"), QStringLiteral("Unsupported grant_type")));
        return;
    }
    if (RequestParser::phpString(params.value(QStringLiteral("client_id"))) != auth.clientId() ||
        !SandboxAuth::sameSecret(RequestParser::phpString(params.value(QStringLiteral("client_secret"))),
                                 auth.clientSecret())) {
        reply(401, Envelope::error(QStringLiteral("invalid_client"),
                                   QStringLiteral("Invalid client credentials")));
        return;
    }
    SandboxAuth::TokenPair pair;
    const int lifetime = options.accessTokenLifetimeSeconds;
    if (grant == u"authorization_code") {
        if (!auth.exchangeCode(RequestParser::phpString(params.value(QStringLiteral("code"))), lifetime,
                               &pair)) {
            reply(400, Envelope::error(QStringLiteral("invalid_grant"),
                                       QStringLiteral("Invalid authorization code")));
            return;
        }
        journal.countTokenIssue();
    } else {
        const int refreshedLifetime =
            options.refreshedTokenLifetimeSeconds < 0 ? lifetime : options.refreshedTokenLifetimeSeconds;
        if (!auth.refresh(RequestParser::phpString(params.value(QStringLiteral("refresh_token"))),
                          refreshedLifetime, &pair)) {
            reply(400,
                  Envelope::error(QStringLiteral("invalid_grant"), QStringLiteral("Invalid refresh token")));
            return;
        }
        journal.countTokenRefresh();
    }
    const QString rest = baseUrl().toString() + u"rest/";
    reply(200, QJsonObject{
                   {QStringLiteral("access_token"), pair.accessToken},
                   {QStringLiteral("client_endpoint"), rest},
                   {QStringLiteral("domain"), baseUrl().authority()},
                   {QStringLiteral("expires"), double(QDateTime::currentSecsSinceEpoch() + pair.expiresIn)},
                   {QStringLiteral("expires_in"), pair.expiresIn},
                   {QStringLiteral("member_id"), auth.memberId()},
                   {QStringLiteral("refresh_token"), pair.refreshToken},
                   {QStringLiteral("scope"), SandboxAuth::grantedScopes().join(u',')},
                   {QStringLiteral("server_endpoint"), rest},
                   {QStringLiteral("status"), QStringLiteral("L")},
                   {QStringLiteral("user_id"), pair.userId}});
}

void SandboxPortalPrivate::handleJoin(const QHttpServerRequest &request, QTcpSocket *socket,
                                      const QString &token) {
    QString t = token;
    while (t.endsWith(u'/'))
        t.chop(1);
    if (t != registrationToken) {
        SandboxHttpServer::send(
            socket, html(404, page(QStringLiteral("Invitation link not valid"),
                                   QStringLiteral("<p>This registration link is not valid.</p>"))));
        return;
    }
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QJsonObject params = requestParams(request);
        const QString email = RequestParser::phpString(params.value(QStringLiteral("email"))).trimmed();
        static const QRegularExpression rx(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!rx.match(email).hasMatch() || directory.userByEmail(email)) {
            SandboxHttpServer::send(
                socket, html(400, page(QStringLiteral("Registration failed"),
                                       QStringLiteral("<p>Invalid or already registered e-mail.</p>"))));
            return;
        }
        const QString domain = email.section(u'@', 1).toLower();
        const bool needsApproval = registrationModerated && !trustedDomains.contains(domain);
        QJsonObject fields{
            {QStringLiteral("EMAIL"), email},
            {QStringLiteral("NAME"), RequestParser::phpString(params.value(QStringLiteral("name")))},
            {QStringLiteral("LAST_NAME"),
             RequestParser::phpString(params.value(QStringLiteral("last_name")))}};
        const int id = methods.addRegisteredUser(fields);
        if (SandboxUser *u = directory.user(id); u && needsApproval)
            u->active = false; // waits for an administrator's approval
        SandboxHttpServer::send(
            socket, html(200, page(QStringLiteral("Welcome"),
                                   needsApproval ? QStringLiteral("<p>Your registration awaits approval.</p>")
                                                 : QStringLiteral("<p>You are registered.</p>"))));
        return;
    }
    const QString form = QStringLiteral(
        "<p>Join the Nordlicht Trading GmbH intranet.</p>"
        "<form method=\"post\"><label>E-mail <input name=\"email\" type=\"email\" required></label>"
        "<label>First name <input name=\"name\"></label><label>Last name <input name=\"last_name\"></label>"
        "<button type=\"submit\">Join</button></form>");
    SandboxHttpServer::send(socket, html(200, page(QStringLiteral("Join Nordlicht Trading GmbH"), form)));
}
