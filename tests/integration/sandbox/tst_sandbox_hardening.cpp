// The sandbox as a tool other programs on the computer point at: its control endpoints
// cannot be driven by a web page, and a hostile client cannot freeze it (parameter and batch caps,
// sizes checked while reading, idle connections closed). Raw sockets where a well-behaved HTTP client
// could not send the request.
#include "sandbox/sandboxauth.h"
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QTcpSocket>
#include <QTest>

namespace {

// One raw HTTP connection to the sandbox: bytes out as given, everything that comes back collected.
class RawConnection {
public:
    explicit RawConnection(quint16 port) {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected() { return m_socket.waitForConnected(10000); }
    void send(const QByteArray &bytes) {
        m_socket.write(bytes);
        m_socket.flush();
    }
    const QByteArray &received() const { return m_received; }
    bool closed() const { return m_closed; }
    // The status line's code once a whole head arrived, 0 before.
    int status() const {
        if (!m_received.contains("\r\n\r\n") || !m_received.startsWith("HTTP/1.1 "))
            return 0;
        return m_received.mid(9, 3).toInt();
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

} // namespace

class TestSandboxHardening : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void controlEndpointsNeedTheToken_data();
    void controlEndpointsNeedTheToken();
    void controlEndpointsNeedJson();
    void controlEndpointsNeedALoopbackHost_data();
    void controlEndpointsNeedALoopbackHost();
    void secretsCompareWhole();
    void batchOverFiftyIsRefusedUpFront();
    void tooManyInputVariablesAreRefused();
    void declaredOversizeIsRefusedBeforeTheBody();
    void endlessHeadIsRefused();
    void idleConnectionsAreClosed();

private:
    HttpResult setSettings(const QJsonObject &values) {
        return m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")), values);
    }
    QByteArray restPath(const QString &method) const {
        return m_portal->adminWebhookUrl().path().toUtf8() + method.toUtf8();
    }
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_portal->port()); }

    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxHardening::initTestCase() {
    SandboxOptions options;
    options.users = 40;
    options.rateLimit = false;
    options.maxBodyBytes = 256 * 1024;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
    // Per run and unguessable: 128 random bits, never the same for two portals.
    QCOMPARE(m_portal->controlToken().size(), 32);
    QVERIFY(m_portal->controlToken() != SandboxPortal().controlToken());
}

void TestSandboxHardening::init() {
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("reset")), {}).status, 200);
    QCOMPARE(setSettings({{QStringLiteral("idleTimeoutSeconds"), 75}}).status, 200);
}

void TestSandboxHardening::controlEndpointsNeedTheToken_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 403;
    QTest::newRow("wrong") << QByteArray(32, '0') << 403;
    QTest::newRow("prefix") << m_portal->controlToken().left(31).toUtf8() << 403;
    QTest::newRow("longer") << (m_portal->controlToken() + u'0').toUtf8() << 403;
    QTest::newRow("right") << m_portal->controlToken().toUtf8() << 200;
}

void TestSandboxHardening::controlEndpointsNeedTheToken() {
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    SandboxTestClient client;
    client.controlToken = token;
    for (const QString &endpoint : {QStringLiteral("journal"), QStringLiteral("settings")}) {
        const HttpResult r = client.get(controlUrl(m_portal->baseUrl(), endpoint));
        QCOMPARE(r.status, status);
        if (status == 403)
            QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ACCESS_DENIED"));
    }
    const HttpResult changed = client.postJson(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                                               {{QStringLiteral("everyoneMayInvite"), true}});
    QCOMPARE(changed.status, status);
    const bool everyone = m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")))
                              .json.value(QStringLiteral("everyoneMayInvite"))
                              .toBool();
    QCOMPARE(everyone, status == 200);
    QCOMPARE(setSettings({{QStringLiteral("everyoneMayInvite"), false}}).status, 200);
}

void TestSandboxHardening::controlEndpointsNeedJson() {
    // What a page can send without a preflight: text/plain, form-encoded. Neither changes anything.
    for (const QByteArray &type : {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
                                   QByteArray("multipart/form-data; boundary=x")}) {
        const HttpResult r = m_client.postRaw(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                                              R"({"everyoneMayInvite":true})", type);
        QCOMPARE(r.status, 415);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
    }
    QCOMPARE(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")))
                 .json.value(QStringLiteral("everyoneMayInvite"))
                 .toBool(),
             false);
    const HttpResult json =
        m_client.postRaw(controlUrl(m_portal->baseUrl(), QStringLiteral("settings")),
                         R"({"everyoneMayInvite":false})", "application/json; charset=utf-8");
    QCOMPARE(json.status, 200);
}

void TestSandboxHardening::controlEndpointsNeedALoopbackHost_data() {
    QTest::addColumn<QByteArray>("hostName");
    QTest::addColumn<int>("status");
    // A page of evil.example whose name was rebound to 127.0.0.1 still sends its own name.
    QTest::newRow("rebound name") << QByteArray("evil.example") << 403;
    QTest::newRow("look-alike") << QByteArray("127.0.0.1.evil.example") << 403;
    QTest::newRow("lan address") << QByteArray("192.168.1.20") << 403;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << 200;
    QTest::newRow("localhost") << QByteArray("LocalHost") << 200;
    QTest::newRow("[::1]") << QByteArray("[::1]") << 200;
}

void TestSandboxHardening::controlEndpointsNeedALoopbackHost() {
    QFETCH(QByteArray, hostName);
    QFETCH(int, status);
    RawConnection connection(m_portal->port());
    QVERIFY(connection.connected());
    connection.send("GET /sandbox/settings HTTP/1.1\r\nHost: " + hostName + ':' +
                    QByteArray::number(m_portal->port()) + "\r\n" + SandboxPortal::ControlTokenHeader + ": " +
                    m_portal->controlToken().toUtf8() + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(connection.status() != 0, 10000);
    QCOMPARE(connection.status(), status);
}

void TestSandboxHardening::secretsCompareWhole() {
    QVERIFY(SandboxAuth::sameSecret(u"abc123", u"abc123"));
    QVERIFY(!SandboxAuth::sameSecret(u"abc124", u"abc123"));
    QVERIFY(!SandboxAuth::sameSecret(u"abc12", u"abc123"));
    QVERIFY(!SandboxAuth::sameSecret(u"abc1234", u"abc123"));
    QVERIFY(!SandboxAuth::sameSecret(u"", u"abc123"));
    QVERIFY(!SandboxAuth::sameSecret(u"abc123", u""));
    QVERIFY(SandboxAuth::sameSecret(u"", u""));
    QVERIFY(!SandboxAuth::sameSecret(QStringView(u"abc\u0000123", 7), u"abc"));
    // The webhook secrets still work through it, and a near miss does not.
    QCOMPARE(m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"))).status, 200);
    QUrl nearMiss = m_portal->adminWebhookUrl();
    QString path = nearMiss.path();
    path[path.size() - 2] = path.at(path.size() - 2) == u'a' ? u'b' : u'a';
    nearMiss.setPath(path);
    QCOMPARE(m_client.get(methodUrl(nearMiss, QStringLiteral("user.admin"))).status, 401);
}

void TestSandboxHardening::batchOverFiftyIsRefusedUpFront() {
    // A 60 000-command batch used to run for 14 s; now anything over 50 is refused before parsing
    // the commands, and none of them runs.
    QByteArray form;
    for (int i = 0; i < 51; ++i)
        form += "cmd[c" + QByteArray::number(i) + "]=" +
                QUrl::toPercentEncoding(
                    QStringLiteral("user.add?EMAIL=over%1@batch.example&UF_DEPARTMENT[]=1").arg(i)) +
                '&';
    const HttpResult r = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("batch")),
                                          form, "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"));
    QCOMPARE(m_client.get(controlUrl(m_portal->baseUrl(), QStringLiteral("counters")))
                 .json.value(QStringLiteral("userAdds"))
                 .toInt(-1),
             0);
}

void TestSandboxHardening::tooManyInputVariablesAreRefused() {
    // 117 KB of `a[]=` froze every sandbox client for 14-22 s: PHP's max_input_vars (1000) applies.
    QByteArray many;
    for (int i = 0; i < 29000; ++i)
        many += "a[]=&";
    QCOMPARE(many.size(), 145000);
    for (const bool inQuery : {false, true}) {
        const HttpResult r =
            inQuery ? m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"),
                                             QString::fromLatin1(many.left(40000))))
                    : m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get")),
                                       many, "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("ERROR_ARGUMENT"));
        QVERIFY(r.json.value(QStringLiteral("error_description")).toString().contains(u"max_input_vars"));
    }
    // Exactly the limit is fine.
    QByteArray enough;
    for (int i = 0; i < 999; ++i)
        enough += "a[]=x&";
    enough += "ID=1";
    const HttpResult ok = m_client.postRaw(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.get")),
                                           enough, "application/x-www-form-urlencoded");
    QCOMPARE(ok.status, 200);
}

void TestSandboxHardening::declaredOversizeIsRefusedBeforeTheBody() {
    // The head says 100 MB: the answer comes before a single byte of the body was sent.
    RawConnection connection(m_portal->port());
    QVERIFY(connection.connected());
    connection.send(
        "POST " + restPath(QStringLiteral("user.get")) + " HTTP/1.1\r\nHost: " + host() +
        "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000000\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(connection.status() != 0, 10000);
    QCOMPARE(connection.status(), 413);
    QVERIFY(connection.received().contains("REQUEST_TOO_LARGE"));
    QTRY_VERIFY_WITH_TIMEOUT(connection.closed(), 20000);
    // Nobody else was held up.
    QCOMPARE(m_client.get(methodUrl(m_portal->adminWebhookUrl(), QStringLiteral("user.admin"))).status, 200);
}

void TestSandboxHardening::endlessHeadIsRefused() {
    RawConnection connection(m_portal->port());
    QVERIFY(connection.connected());
    connection.send("GET " + restPath(QStringLiteral("user.admin")) + " HTTP/1.1\r\nHost: " + host() +
                    "\r\n");
    for (int i = 0; i < 100 && connection.status() == 0 && !connection.closed(); ++i)
        connection.send("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'x') + "\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(connection.status() != 0, 10000);
    QCOMPARE(connection.status(), 431);
}

void TestSandboxHardening::idleConnectionsAreClosed() {
    QCOMPARE(setSettings({{QStringLiteral("idleTimeoutSeconds"), 0.2}}).status, 200);
    // A connection that never sends anything...
    RawConnection silent(m_portal->port());
    QVERIFY(silent.connected());
    // ...and one kept alive after its answer.
    RawConnection keptAlive(m_portal->port());
    QVERIFY(keptAlive.connected());
    keptAlive.send("GET " + restPath(QStringLiteral("user.admin")) + " HTTP/1.1\r\nHost: " + host() +
                   "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(keptAlive.status() != 0, 10000);
    QCOMPARE(keptAlive.status(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(silent.closed(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(keptAlive.closed(), 20000);
    QCOMPARE(setSettings({{QStringLiteral("idleTimeoutSeconds"), 75}}).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandbox_hardening.moc"
