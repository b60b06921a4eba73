#include "hostileserver.h"
#include "sandboxharness.h"

#include "../../platformlimits.h"

#include "portal/listenumeration.h"
#include "portal/tokenrefresher.h"

#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Harness;

// The portal client against a hostile or broken server: redirects never take a call
// (webhook secret, token, invitee data) to another origin; answers are bounded in size and in total
// time; a list (the directory sync's source) must have strictly rising IDs and stays within the
// rows, pages and time its own total allows. Each server here is a real loopback HTTP server
// written for the test.

namespace {

// A list method on a hostile server: page n (in the order asked for, batch or not) holds rows(n);
// `total` goes into `total` / `result_total` when set. After `lastPage` pages every page is empty,
// so that even a client without bounds ends (and the test can tell what it made of it).
struct HostileList {
    std::function<QJsonArray(int page)> rows;
    std::optional<qint64> total;
    int lastPage = 400;
    int served = 0;

    QJsonArray next() {
        const int page = served++;
        return page < lastPage ? rows(page) : QJsonArray{};
    }

    void answer(const HostileServer::Request &request, QTcpSocket *socket) {
        QJsonObject envelope;
        if (request.path.endsWith("/batch")) {
            const QJsonObject commands =
                QJsonDocument::fromJson(request.body).object().value("cmd"_L1).toObject();
            QJsonObject results, totals;
            for (auto it = commands.begin(); it != commands.end(); ++it) {
                results.insert(it.key(), next());
                if (total)
                    totals.insert(it.key(), *total);
            }
            envelope.insert("result"_L1, QJsonObject{{"result"_L1, results},
                                                     {"result_error"_L1, QJsonArray{}},
                                                     {"result_total"_L1, totals}});
        } else {
            envelope.insert("result"_L1, next());
            if (total)
                envelope.insert("total"_L1, *total);
        }
        socket->write(HostileServer::response(200, QJsonDocument(envelope).toJson(QJsonDocument::Compact)));
    }
};

// 50 rows with IDs first, first + 1, … as the portal sends them (strings).
QJsonArray fullPage(qint64 first) {
    QJsonArray rows;
    for (qint64 id = first; id < first + 50; ++id)
        rows.append(QJsonObject{{"ID"_L1, QString::number(id)}, {"NAME"_L1, u"User %1"_s.arg(id)}});
    return rows;
}

} // namespace
class TestHostilePortal : public QObject {
    Q_OBJECT

    static constexpr const char *kSecret = "s3cr3tw3bh00k42";
    static inline const QByteArray kEnvelope = R"({"result":{"ID":"1","NAME":"Admin"}})";

    static PortalCredentials webhookAt(const HostileServer &server) {
        return webhook(QUrl(server.url().toString() + u"/rest/1/"_s + QLatin1String(kSecret) + u'/'));
    }

    static RetryPolicy noRetries() {
        RetryPolicy policy = fastRetries();
        policy.maxReadRetries = 0;
        return policy;
    }

private Q_SLOTS:
    void redirectToAnotherOriginIsNotFollowed_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("method");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d read", status) << status << u"user.current"_s;
            QTest::addRow("%d write", status) << status << u"user.add"_s;
        }
    }

    void redirectToAnotherOriginIsNotFollowed() {
        QFETCH(int, status);
        QFETCH(QString, method);
        HostileServer elsewhere; // another origin (another port on the same host)
        elsewhere.setHandler([](const HostileServer::Request &, QTcpSocket *socket) {
            socket->write(HostileServer::response(200, kEnvelope));
        });
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &request, QTcpSocket *socket) {
            socket->write(HostileServer::redirect(status, elsewhere.url().toEncoded() + request.path));
        });
        PortalSession session(webhookAt(portal));
        session.setRetryPolicy(noRetries());
        QSignalSpy proposed(&session, &PortalSession::moveProposed);
        QSignalSpy moved(&session, &PortalSession::portalMoved);
        const auto result = wait(session.call(
            method, {{u"EMAIL"_s, u"invitee@example.com"_s}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
        QCOMPARE(kindOf(result), u"moved"_s);
        QVERIFY(!result.error().outcomeUnknown());
        QVERIFY(result.error().userMessage().contains(QString::number(elsewhere.port())));
        QCOMPARE(portal.requests().size(), 1);
        QVERIFY(elsewhere.requests().isEmpty()); // neither the secret nor the invitee left for it
        QCOMPARE(proposed.size(), 1);
        QCOMPARE(proposed.first().first().toUrl().port(), int(elsewhere.port()));
        QCOMPARE(proposed.first().first().toUrl().path(), u"/"_s); // the origin only, no secret
        QCOMPARE(moved.size(), 0);
        QCOMPARE(session.credentials().portalUrl().port(), int(portal.port()));

        // A later call stays at the old address too.
        QCOMPARE(kindOf(wait(session.call(u"user.current"_s))), u"moved"_s);
        QVERIFY(elsewhere.requests().isEmpty());

        // The user confirms the move: only now do calls go there.
        QVERIFY(session.acceptMove(proposed.first().first().toUrl()));
        QCOMPARE(moved.size(), 1);
        QVERIFY(wait(session.call(u"user.current"_s)).ok());
        QCOMPARE(elsewhere.requests().size(), 1);
    }

    void acceptMoveRefusesUnsafeAddresses() {
        HostileServer portal;
        PortalSession session(webhookAt(portal));
        QVERIFY(!session.acceptMove(QUrl(u"http://portal.example.com/"_s))); // plain http off loopback
        QVERIFY(!session.acceptMove(QUrl(u"ftp://127.0.0.1/"_s)));
        QVERIFY(!session.acceptMove(QUrl(u"file:///etc/passwd"_s)));
        QCOMPARE(session.credentials().portalUrl().port(), int(portal.port()));
    }

    void redirectWithinTheOriginKeepsThePost_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void redirectWithinTheOriginKeepsThePost() {
        QFETCH(int, status);
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &request, QTcpSocket *socket) {
            if (!request.path.endsWith(".json"))
                socket->write(HostileServer::redirect(status, request.path + ".json"));
            else
                socket->write(HostileServer::response(200, kEnvelope));
        });
        PortalSession session(webhookAt(portal));
        session.setRetryPolicy(noRetries());
        const QJsonObject params{{u"FILTER"_s, QJsonObject{{u"ID"_s, 1}}}};
        const auto result = wait(session.call(u"user.get"_s, params));
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
        QCOMPARE(portal.requests().size(), 2);
        QCOMPARE(portal.requests().at(1).method, QByteArray("POST"));
        QCOMPARE(portal.requests().at(1).body, portal.requests().at(0).body);
        QVERIFY(portal.requests().at(1).path.endsWith("/user.get.json"));
        // Only that request went there; the next one uses the portal's address as before.
        QVERIFY(wait(session.call(u"user.get"_s, params)).ok());
        QVERIFY(portal.requests().at(2).path.endsWith("/user.get"));
    }

    void redirectWithinTheOriginThatDropsTheBodyIsAnError_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("301") << 301;
        QTest::newRow("302") << 302;
        QTest::newRow("303") << 303;
    }

    void redirectWithinTheOriginThatDropsTheBodyIsAnError() {
        QFETCH(int, status);
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &, QTcpSocket *socket) {
            socket->write(HostileServer::redirect(status, "/licence-expired/"));
        });
        PortalSession session(webhookAt(portal));
        const auto result = wait(session.call(u"user.current"_s));
        QCOMPARE(kindOf(result), u"server"_s);
        QCOMPARE(result.error().code(), u"REDIRECT_SAME_HOST"_s);
        QCOMPARE(portal.requests().size(), 1);
    }

    void redirectLoopWithinTheOriginEnds() {
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &request, QTcpSocket *socket) {
            socket->write(HostileServer::redirect(307, request.path));
        });
        PortalSession session(webhookAt(portal));
        const auto result = wait(session.call(u"user.current"_s));
        QCOMPARE(result.error().code(), u"REDIRECT_SAME_HOST"_s);
        QCOMPARE(portal.requests().size(), 4); // the call and three redirects
    }

    void redirectToAnotherSchemeIsRefused_data() {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("ftp on loopback") << QByteArray("ftp://127.0.0.1:21/rest/");
        QTest::newRow("file") << QByteArray("file:///etc/passwd");
        QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
        QTest::newRow("custom scheme") << QByteArray("bitrix24://portal.example.com/");
    }

    void redirectToAnotherSchemeIsRefused() {
        QFETCH(QByteArray, location);
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &, QTcpSocket *socket) {
            socket->write(HostileServer::redirect(302, location));
        });
        PortalSession session(webhookAt(portal));
        session.setRetryPolicy(noRetries());
        QSignalSpy proposed(&session, &PortalSession::moveProposed);
        QSignalSpy moved(&session, &PortalSession::portalMoved);
        const auto result = wait(session.call(u"user.current"_s));
        QCOMPARE(result.error().code(), u"REDIRECT_SCHEME_REFUSED"_s);
        QVERIFY(!result.error().userMessage().isEmpty());
        QCOMPARE(proposed.size(), 0);
        QCOMPARE(moved.size(), 0);
        QCOMPARE(session.credentials().portalUrl().scheme(), u"http"_s);
        QCOMPARE(session.credentials().portalUrl().port(), int(portal.port()));
    }

    void answerLargerThanTheCapIsCut_data() {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length announces it") << true;
        QTest::newRow("no Content-Length") << false;
    }

    void answerLargerThanTheCapIsCut() {
        QFETCH(bool, announced);
        static constexpr qint64 cap = 64 * 1024;
        static constexpr qint64 sent = 8 * 1024 * 1024; // what the server would send: 128 times the cap
        HostileServer portal;
        qint64 written = 0;
        portal.setHandler([&](const HostileServer::Request &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
            socket->write(announced ? "Content-Length: " + QByteArray::number(sent) + "\r\n\r\n"
                                    : QByteArray("Connection: close\r\n\r\n"));
            socket->write(R"({"result":[)");
            // Keeps the pipe full while the client reads; stops when the client hangs up.
            auto more = [socket, &written] {
                if (written >= sent) {
                    socket->disconnectFromHost();
                    return;
                }
                const QByteArray chunk(16 * 1024, ' ');
                written += socket->write(chunk);
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
        });
        PortalSession session(webhookAt(portal));
        session.setRetryPolicy(noRetries());
        session.setMaxAnswerBytes(cap);
        const auto result = wait(session.call(u"user.get"_s));
        QCOMPARE(kindOf(result), u"protocol-violation"_s);
        QCOMPARE(result.error().code(), u"ANSWER_TOO_LARGE"_s);
        QVERIFY(!result.error().isTransient()); // reads are not repeated into the same flood
        QVERIFY(!result.error().userMessage().isEmpty());
        QCOMPARE(portal.requests().size(), 1);
        if (runningUnderWine())
            QSKIP("Wine: its sockets take the whole flood from the server even after the client has hung "
                  "up, so the server cannot show that the client stopped reading (the cap is checked above)");
        QVERIFY2(written < sent, qPrintable(QString::number(written))); // the client stopped reading
    }

    void dripIsCutByTheTotalDeadline_data() {
        QTest::addColumn<QString>("method");
        QTest::newRow("read") << u"user.current"_s;
        QTest::newRow("write") << u"user.add"_s;
    }

    void dripIsCutByTheTotalDeadline() {
        QFETCH(QString, method);
        // One byte every 100 ms: never silent for the transfer timeout, but it would take ~20 s
        // to complete a valid answer. The total deadline (set small here) ends it.
        HostileServer portal;
        portal.setHandler([&](const HostileServer::Request &, QTcpSocket *socket) {
            const QByteArray body = QByteArray(200, ' ') + kEnvelope;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n");
            auto *drip = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            connect(drip, &QTimer::timeout, socket, [socket, drip, body, position] {
                if (*position >= body.size())
                    return drip->stop();
                socket->write(body.mid((*position)++, 1));
            });
            drip->start(100);
        });
        PortalSession session(webhookAt(portal));
        session.setRetryPolicy(noRetries());
        session.setTransferTimeout(10'000);
        session.setRequestDeadline(500);
        const auto result = wait(session.call(method, {{u"EMAIL"_s, u"drip@example.com"_s}}), 60'000);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), u"REQUEST_DEADLINE"_s);
        QCOMPARE(kindOf(result), u"timeout"_s);
        QVERIFY(result.error().outcomeUnknown()); // a write may have run: the sender looks it up
        QCOMPARE(portal.requests().size(), 1);
    }

    void tokenEndpointIsBounded_data() {
        QTest::addColumn<bool>("drip");
        QTest::newRow("drip") << true;
        QTest::newRow("flood") << false;
    }

    // The OAuth token endpoint gets the same bounds as every portal call.
    void tokenEndpointIsBounded() {
        QFETCH(bool, drip);
        HostileServer server;
        server.setHandler([&](const HostileServer::Request &, QTcpSocket *socket) {
            const QByteArray body = QByteArray(drip ? 200 : 4 * 1024 * 1024, ' ') + R"({"access_token":"a"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n");
            if (!drip) {
                socket->write(body);
                return;
            }
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [socket, timer, body, position] {
                if (*position >= body.size())
                    return timer->stop();
                socket->write(body.mid((*position)++, 1));
            });
            timer->start(100);
        });
        QNetworkAccessManager network;
        TokenRefresher refresher(&network);
        refresher.setTransferTimeout(10'000);
        refresher.setRequestDeadline(500);
        refresher.setMaxAnswerBytes(64 * 1024);
        OAuthClient client;
        client.clientId = u"app"_s;
        client.clientSecret = u"appsecret"_s;
        client.serverUrl = server.url();
        OAuthTokens tokens;
        tokens.refreshToken = u"refresh"_s;
        std::optional<Result<OAuthTokens>> outcome;
        refresher.refresh(client, tokens,
                          [&outcome](const Result<OAuthTokens> &result) { outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().code(), drip ? u"REQUEST_DEADLINE"_s : u"ANSWER_TOO_LARGE"_s);
    }

    void listBoundsHold_data();
    void listBoundsHold();
    void honestListIsRead();
};

// (continued) lists
void TestHostilePortal::listBoundsHold_data() {
    QTest::addColumn<bool>("users");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("code");
    for (bool users : {true, false}) {
        const char *kind = users ? "users" : "departments";
        QTest::addRow("%s: more rows than the total", kind)
            << users << u"endless"_s << u"LIST_LONGER_THAN_TOTAL"_s;
        if (users) // department.get without a total is read as one page (its offsets need the total)
            QTest::addRow("%s: no total, endless", kind)
                << users << u"no total"_s << u"LIST_LONGER_THAN_TOTAL"_s;
        QTest::addRow("%s: IDs fall inside a page", kind)
            << users << u"falling"_s << u"LIST_IDS_NOT_RISING"_s;
        QTest::addRow("%s: IDs repeat across pages", kind)
            << users << u"repeating"_s << u"LIST_IDS_NOT_RISING"_s;
        QTest::addRow("%s: rows without an ID", kind) << users << u"no ids"_s << u"LIST_IDS_NOT_RISING"_s;
        QTest::addRow("%s: absurd total", kind) << users << u"absurd"_s << u"LIST_TOTAL_TOO_LARGE"_s;
        QTest::addRow("%s: too slow", kind) << users << u"slow"_s << u"LIST_TOO_SLOW"_s;
    }
}

void TestHostilePortal::listBoundsHold() {
    QFETCH(bool, users);
    QFETCH(QString, shape);
    QFETCH(QString, code);
    HostileList list;
    list.total = 120;
    list.rows = [](int page) { return fullPage(1 + 50 * qint64(page)); };
    if (shape == u"no total")
        list.total.reset();
    if (shape == u"absurd")
        list.total = 1'000'000'000;
    if (shape == u"falling") {
        list.rows = [](int page) {
            QJsonArray rows = fullPage(1 + 50 * qint64(page));
            if (page == 1)
                rows[25] = QJsonObject{{"ID"_L1, u"7"_s}};
            return rows;
        };
    }
    if (shape == u"repeating") // the last row of each page comes again first on the next
        list.rows = [](int page) { return fullPage(1 + 49 * qint64(page)); };
    if (shape == u"no ids")
        list.rows = [](int) { return QJsonArray{QJsonObject{{"NAME"_L1, u"x"_s}}}; };
    HostileServer portal;
    portal.setHandler(
        [&list](const HostileServer::Request &request, QTcpSocket *socket) { list.answer(request, socket); });
    PortalSession session(webhookAt(portal));
    session.setRetryPolicy(noRetries());
    session.setThrottle(ThrottleLimits::unlimited());
    ListEnumeration *job = users ? session.enumerateUsers() : session.enumerateDepartments();
    EnumerationLimits limits;
    limits.slackRows = 10; // 120 announced: at most 130 rows
    limits.slackPercent = 0;
    limits.maxRows = 300; // without a total
    qint64 fakeNow = 0;
    if (shape == u"slow")
        limits.clockMs = [&fakeNow] { return fakeNow += 3'600'000; }; // an hour passes per look
    job->setLimits(limits);
    qint64 rowsHandedOver = 0;
    connect(job, &ListEnumeration::page, job,
            [&rowsHandedOver](const QJsonArray &rows) { rowsHandedOver += rows.size(); });
    std::optional<PortalError> error;
    QVERIFY(waitJob(job, [&error](ListEnumeration *done) {
        if (!done->ok())
            error = done->error();
    }));
    QVERIFY2(error, "the enumeration ended without an error");
    QCOMPARE(PortalError::kindName(error->kind()), u"protocol-violation"_s);
    QCOMPARE(error->code(), code);
    QVERIFY(!error->isTransient()); // not retried in a loop by the workspace
    QVERIFY2(error->userMessage().contains(u"previous copy is kept"_s), qPrintable(error->userMessage()));
    QVERIFY(rowsHandedOver <= 300);
    if (shape == u"endless")
        QVERIFY(rowsHandedOver <= 130);
    if (shape == u"absurd")
        QCOMPARE(rowsHandedOver, 0);
    QVERIFY(list.served < 400); // it stopped asking long before the server gave up
}

void TestHostilePortal::honestListIsRead() {
    // The bounds leave an ordinary list alone: 120 users in 3 pages, total told once.
    HostileList list;
    list.total = 120;
    list.rows = [](int page) {
        QJsonArray rows = fullPage(1 + 50 * qint64(page));
        while (page == 2 && rows.size() > 20)
            rows.removeLast();
        return page <= 2 ? rows : QJsonArray{};
    };
    HostileServer portal;
    portal.setHandler(
        [&list](const HostileServer::Request &request, QTcpSocket *socket) { list.answer(request, socket); });
    PortalSession session(webhookAt(portal));
    ListEnumeration *job = session.enumerateUsers();
    EnumerationLimits limits;
    limits.slackRows = 0;
    limits.slackPercent = 0;
    job->setLimits(limits);
    bool ok = false;
    qint64 rows = 0, total = 0;
    QVERIFY(waitJob(job, [&](ListEnumeration *done) {
        ok = done->ok();
        rows = done->rowCount();
        total = done->announcedTotal();
    }));
    QVERIFY(ok);
    QCOMPARE(rows, qint64(120));
    QCOMPARE(total, qint64(120));
    QCOMPARE(portal.requests().size(), 1);
    QVERIFY(portal.requests().first().body.contains("\"p00\":\"user.get?"));
}

QTEST_GUILESS_MAIN(TestHostilePortal)
#include "tst_hostileportal.moc"
