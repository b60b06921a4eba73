// TIMESTAMP_X in the sandbox portal, kept for real: set when a user is created and on every change of
// the record (not on a login or an accepted invitation), filterable with every prefix, always
// serialised as {} (spec §6); an unparsable date finds nobody (spec §6.5); the timestampFilterEmpty
// fault switch; /sandbox/users/remove.
#include "sandbox/sandboxportal.h"
#include "sandboxtestclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxTimestamps : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void serialisedAsEmptyObject();
    void demoCompanyChangedLongAgo();
    void changesSetIt();
    void everyPrefix_data();
    void everyPrefix();
    void unparsableDateFindsNobody();
    void acceptingLeavesIt();
    void faultSwitchEmptiesTheFilter();
    void removeUser();

private:
    // IDs user.get returns for one FILTER (admin webhook, ID order, one page of at most 50).
    QList<int> ids(const QJsonObject &filter) {
        const HttpResult r = m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), u"user.get"_s),
                                               {{u"FILTER"_s, filter}, {u"ADMIN_MODE"_s, u"Y"_s}});
        if (r.status != 200)
            qFatal("user.get answered %d", r.status);
        QList<int> out;
        for (const QJsonValue &row : r.json.value(u"result"_s).toArray())
            out << row.toObject().value(u"ID"_s).toString().toInt();
        return out;
    }
    // How many users one FILTER matches (the list's total; none when nothing matched).
    int total(const QJsonObject &filter) {
        const HttpResult r = m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), u"user.get"_s),
                                               {{u"FILTER"_s, filter}, {u"ADMIN_MODE"_s, u"Y"_s}});
        return r.json.value(u"total"_s).toInt();
    }
    QString now() const { return QDateTime::currentDateTimeUtc().addSecs(-2).toString(Qt::ISODate); }
    void post(const QString &endpoint, const QJsonObject &body, int status = 200) {
        QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), endpoint), body).status, status);
    }
    std::unique_ptr<SandboxPortal> m_portal;
    SandboxTestClient m_client;
};

void TestSandboxTimestamps::initTestCase() {
    SandboxOptions options;
    options.users = 300;
    options.rateLimit = false;
    m_portal = std::make_unique<SandboxPortal>(options);
    QVERIFY(m_portal->start());
    m_client.controlToken = m_portal->controlToken().toUtf8();
}

void TestSandboxTimestamps::init() {
    QCOMPARE(m_client.postJson(controlUrl(m_portal->baseUrl(), u"reset"_s), {}).status, 200);
}

void TestSandboxTimestamps::serialisedAsEmptyObject() {
    const HttpResult r = m_client.get(methodUrl(m_portal->adminWebhookUrl(), u"user.get"_s, u"ID=3"_s));
    const QJsonObject row = r.json.value(u"result"_s).toArray().first().toObject();
    QCOMPARE(row.value(u"TIMESTAMP_X"_s), QJsonValue(QJsonObject()));
}

void TestSandboxTimestamps::demoCompanyChangedLongAgo() {
    QCOMPARE(total({{u">TIMESTAMP_X"_s, now()}}), 0);
    QCOMPARE(total({{u"<TIMESTAMP_X"_s, now()}}), 300);
}

void TestSandboxTimestamps::changesSetIt() {
    const QString before = now();
    post(u"users/update"_s, {{u"id"_s, 7}, {u"fields"_s, QJsonObject{{u"WORK_POSITION"_s, u"Moved"_s}}}});
    const HttpResult update = m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), u"user.update"_s),
                                                {{u"ID"_s, 9}, {u"LAST_NAME"_s, u"Changed"_s}});
    QCOMPARE(update.status, 200);
    post(u"users/add"_s,
         {{u"fields"_s, QJsonObject{{u"NAME"_s, u"New"_s}, {u"EMAIL"_s, u"new@example.org"_s}}}});
    const HttpResult invited =
        m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), u"user.add"_s),
                          {{u"EMAIL"_s, u"invitee@example.org"_s}, {u"UF_DEPARTMENT"_s, 1}});
    QCOMPARE(invited.status, 200);
    QCOMPARE(ids({{u">=TIMESTAMP_X"_s, before}}), (QList<int>{7, 9, 301, 302}));
}

void TestSandboxTimestamps::everyPrefix_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("changedOnly"); // true: only user 5; false: everyone but user 5
    QTest::newRow(">") << u">TIMESTAMP_X"_s << true;
    QTest::newRow(">=") << u">=TIMESTAMP_X"_s << true;
    QTest::newRow("<") << u"<TIMESTAMP_X"_s << false;
    QTest::newRow("<=") << u"<=TIMESTAMP_X"_s << false;
}

void TestSandboxTimestamps::everyPrefix() {
    QFETCH(QString, key);
    QFETCH(bool, changedOnly);
    const QString before = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
    post(u"users/update"_s, {{u"id"_s, 5}, {u"fields"_s, QJsonObject{{u"NAME"_s, u"Fresh"_s}}}});
    const QList<int> found = ids({{key, before}});
    QCOMPARE(found.contains(5), changedOnly);
    QCOMPARE(total({{key, before}}), changedOnly ? 1 : 299);
    // Exact and negated equality, with the value the filters compare against (to the second).
    const QList<int> exact = ids({{u"<TIMESTAMP_X"_s, u"2000-01-01T00:00:00+00:00"_s}});
    QVERIFY(exact.isEmpty());
    QCOMPARE(total({{u"!TIMESTAMP_X"_s, u"2000-01-01"_s}}), 300);
}

void TestSandboxTimestamps::unparsableDateFindsNobody() {
    const HttpResult r =
        m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), u"user.get"_s),
                          {{u"FILTER"_s, QJsonObject{{u">TIMESTAMP_X"_s, u"last tuesday"_s}}}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"result"_s).toArray().isEmpty());
    QVERIFY(!r.json.contains(u"error"_s));
}

void TestSandboxTimestamps::acceptingLeavesIt() {
    // Someone whose invitation is pending (no LAST_LOGIN) accepts: LAST_LOGIN is written, TIMESTAMP_X
    // is not, as the portal's login does.
    const HttpResult all =
        m_client.postJson(methodUrl(m_portal->adminWebhookUrl(), u"user.get"_s),
                          {{u"FILTER"_s, QJsonObject{{u"LAST_LOGIN"_s, u""_s}, {u"ACTIVE"_s, u"Y"_s}}},
                           {u"ADMIN_MODE"_s, u"Y"_s}});
    const QJsonArray pending = all.json.value(u"result"_s).toArray();
    QVERIFY(!pending.isEmpty());
    const int id = pending.first().toObject().value(u"ID"_s).toString().toInt();
    const QString before = now();
    post(u"accept"_s, {{u"id"_s, id}});
    QVERIFY(ids({{u">=TIMESTAMP_X"_s, before}}).isEmpty());
    QCOMPARE(ids({{u"ID"_s, id}, {u">LAST_LOGIN"_s, u"2000-01-01T00:00:00+00:00"_s}}), QList<int>{id});
}

void TestSandboxTimestamps::faultSwitchEmptiesTheFilter() {
    QCOMPARE(
        m_client.postJson(controlUrl(m_portal->baseUrl(), u"settings"_s), {{u"timestampFilterEmpty"_s, true}})
            .status,
        200);
    QCOMPARE(total({{u"<TIMESTAMP_X"_s, now()}}), 0);
    QCOMPARE(ids({{u"<ID"_s, 4}}), (QList<int>{1, 2, 3})); // other filters still work
    QCOMPARE(
        m_client
            .postJson(controlUrl(m_portal->baseUrl(), u"settings"_s), {{u"timestampFilterEmpty"_s, false}})
            .status,
        200);
    QCOMPARE(total({{u"<TIMESTAMP_X"_s, now()}}), 300);
}

void TestSandboxTimestamps::removeUser() {
    post(u"users/remove"_s, {{u"id"_s, 12}});
    QVERIFY(!ids({{u"@ID"_s, QJsonArray{11, 12, 13}}}).contains(12));
    QCOMPARE(ids({{u"@ID"_s, QJsonArray{11, 12, 13}}}), (QList<int>{11, 13}));
    post(u"users/remove"_s, {{u"id"_s, 12}}, 404);
    QCOMPARE(total({}), 299);
}

QTEST_GUILESS_MAIN(TestSandboxTimestamps)
#include "tst_sandbox_timestamps.moc"
