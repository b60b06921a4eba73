#pragma once

#include "sandbox/sandboxportal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// Test-side HTTP helper: real requests over loopback through QNetworkAccessManager, waited for
// with QSignalSpy (tests only), redirects not followed so that 302s stay visible.
struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool isJson = false;
    QByteArray location;
    QByteArray contentType;
};

class SandboxTestClient {
public:
    QNetworkAccessManager nam;
    // SandboxPortal::controlToken(), sent with every request to a control endpoint (/sandbox/...).
    QByteArray controlToken;

    static HttpResult collect(QNetworkReply *reply) {
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.location = reply->rawHeader("Location");
        r.contentType = reply->rawHeader("Content-Type");
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        r.isJson = pe.error == QJsonParseError::NoError && doc.isObject();
        r.json = doc.object();
        return r;
    }

    static bool wait(QNetworkReply *reply, int timeoutMs = 15000) {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &QNetworkReply::finished);
        return spy.wait(timeoutMs);
    }

    static QNetworkRequest request(const QUrl &url) {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(30000);
        return req;
    }

    HttpResult finish(QNetworkReply *reply) {
        std::unique_ptr<QNetworkReply> guard(reply);
        if (!wait(reply))
            qWarning("request timed out");
        return collect(reply);
    }

    // request() plus the control token for /sandbox/ URLs.
    QNetworkRequest prepared(const QUrl &url) const {
        QNetworkRequest req = request(url);
        if (url.path().startsWith(QStringLiteral("/sandbox/")) && !controlToken.isEmpty())
            req.setRawHeader(QByteArray(SandboxPortal::ControlTokenHeader), controlToken);
        return req;
    }

    HttpResult get(const QUrl &url) { return finish(nam.get(prepared(url))); }
    HttpResult del(const QUrl &url) { return finish(nam.deleteResource(prepared(url))); }
    HttpResult postJson(const QUrl &url, const QJsonObject &body) {
        return postRaw(url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    }
    HttpResult postRaw(const QUrl &url, const QByteArray &body, const QByteArray &contentType) {
        QNetworkRequest req = prepared(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return finish(nam.post(req, body));
    }
};

inline QUrl methodUrl(const QUrl &base, const QString &method, const QString &query = QString()) {
    QUrl url = base;
    url.setPath(base.path() + method);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

inline QUrl controlUrl(const QUrl &base, const QString &endpoint) {
    QUrl url = base;
    url.setPath(QStringLiteral("/sandbox/") + endpoint);
    return url;
}
