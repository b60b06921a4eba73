#include "sandboxharness.h"

#include "portal/batchbuilder.h"
#include "portal/identifyjob.h"
#include "portal/portalbatchjob.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Harness;
using Kind = PortalError::Kind;

// PortalSession against the in-process sandbox over HTTP: identity, error kinds, moved portal,
// batch, and the throttle keeping us under the portal's bucket.
class TestPortalSession : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxPortal> m_sandbox;

    std::unique_ptr<PortalSession> adminSession() {
        auto session = std::make_unique<PortalSession>(webhook(m_sandbox->adminWebhookUrl()));
        session->setRetryPolicy(fastRetries());
        session->setThrottle(ThrottleLimits::unlimited());
        return session;
    }

private Q_SLOTS:
    void initTestCase() {
        SandboxOptions options;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
    }

    void init() {
        reset(*m_sandbox);
        settings(*m_sandbox, {{u"rateLimit"_s, false},
                              {u"userLimit"_s, 0},
                              {u"userAddErrorCore"_s, false},
                              {u"everyoneMayInvite"_s, false}});
    }

    void identifyAdmin() {
        auto session = adminSession();
        std::optional<PortalIdentity> identity;
        QVERIFY(waitJob(session->connectAndIdentify(), [&](IdentifyJob *job) {
            if (job->ok())
                identity = job->identity();
        }));
        QVERIFY(identity);
        QCOMPARE(identity->userId, 1);
        QVERIFY(identity->isAdmin);
        QCOMPARE(identity->inviteRight, PortalIdentity::InviteRight::Yes);
        QVERIFY(identity->missingScopes.isEmpty());
        QVERIFY(!identity->email.isEmpty());
        QCOMPARE(session->stats().requestsSent, 1); // one batch: user.current + user.admin + scope
    }

    // "Allow everyone to invite" is not in REST: an e-mail-less user.add tells it, and adds nobody.
    void identifyEmployee_data() {
        QTest::addColumn<bool>("everyoneMayInvite");
        QTest::addColumn<int>("right");
        QTest::newRow("setting off") << false << int(PortalIdentity::InviteRight::EmployeesMayNot);
        QTest::newRow("setting on") << true << int(PortalIdentity::InviteRight::Yes);
    }

    void identifyEmployee() {
        QFETCH(bool, everyoneMayInvite);
        QFETCH(int, right);
        settings(*m_sandbox, {{u"everyoneMayInvite"_s, everyoneMayInvite}});
        const double addsBefore = counters(*m_sandbox).value(u"userAdds"_s).toDouble();
        PortalSession session(webhook(m_sandbox->employeeWebhookUrl()));
        std::optional<PortalIdentity> identity;
        QVERIFY(waitJob(session.connectAndIdentify(), [&](IdentifyJob *job) {
            if (job->ok())
                identity = job->identity();
        }));
        settings(*m_sandbox, {{u"everyoneMayInvite"_s, false}});
        QVERIFY(identity);
        QVERIFY(!identity->isAdmin);
        QCOMPARE(int(identity->inviteRight), right);
        QCOMPARE(counters(*m_sandbox).value(u"userAdds"_s).toDouble(), addsBefore);
    }

    void identifyFailures_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::newRow("wrong secret") << u"/rest/1/wrongsecret0000/"_s << int(Kind::AuthInvalid);
        QTest::newRow("unknown user") << u"/rest/999999/abc/"_s << int(Kind::AuthInvalid);
        QTest::newRow("unreachable") << u"http://127.0.0.1:1/rest/1/abc/"_s << int(Kind::Network);
    }

    void identifyFailures() {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QUrl full = url.startsWith(u"http"_s) ? QUrl(url) : m_sandbox->baseUrl().resolved(QUrl(url));
        PortalSession session(webhook(full));
        session.setRetryPolicy(fastRetries());
        std::optional<PortalError> error;
        QVERIFY(waitJob(session.connectAndIdentify(), [&](IdentifyJob *job) {
            if (!job->ok())
                error = job->error();
        }));
        QVERIFY(error);
        QCOMPARE(PortalError::kindName(error->kind()), PortalError::kindName(Kind(kind)));
        QVERIFY(!error->userMessage().isEmpty());
    }

    void methodErrors_data() {
        QTest::addColumn<bool>("errorCore");
        QTest::newRow("ERROR_ARGUMENT") << false;
        QTest::newRow("ERROR_CORE") << true;
    }

    void methodErrors() {
        QFETCH(bool, errorCore);
        settings(*m_sandbox, {{u"userAddErrorCore"_s, errorCore}});
        auto session = adminSession();
        auto add = [&](const QJsonObject &params) { return wait(session->call(u"user.add"_s, params)); };
        const QJsonObject dept{{u"UF_DEPARTMENT"_s, QJsonArray{1}}};

        QCOMPARE(kindOf(wait(session->call(u"no.such.method"_s))), u"not-found"_s);
        QCOMPARE(kindOf(add({{u"EMAIL"_s, u"not-an-address"_s}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}})),
                 u"invalid-email"_s);
        QCOMPARE(kindOf(add({{u"EMAIL"_s, u"nodept@example.org"_s}})), u"department-required"_s);
        QCOMPARE(kindOf(add({{u"EMAIL"_s, u"ext@example.org"_s}, {u"EXTRANET"_s, u"Y"_s}})),
                 u"extranet-group-required"_s);
        QCOMPARE(kindOf(add({{u"EMAIL"_s, u"ext@example.org"_s},
                             {u"EXTRANET"_s, u"Y"_s},
                             {u"SONET_GROUP_ID"_s, QJsonArray{987654}}})),
                 u"extranet-group-required"_s);
        const QString fresh = u"fresh.%1@example.org"_s.arg(errorCore ? 1 : 0);
        const auto created = add({{u"EMAIL"_s, fresh}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}});
        QVERIFY2(created.ok(), qPrintable(kindOf(created)));
        QVERIFY(PortalParse::idValue(created.value().result) > 0);
        const auto duplicate = add({{u"EMAIL"_s, fresh}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}});
        QCOMPARE(kindOf(duplicate), u"duplicate-email"_s);
        QCOMPARE(duplicate.error().httpStatus(), 400);

        settings(*m_sandbox, {{u"userLimit"_s, 1}});
        QCOMPARE(
            kindOf(add({{u"EMAIL"_s, u"over.limit@example.org"_s}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}})),
            u"user-limit"_s);
        settings(*m_sandbox, {{u"userLimit"_s, 0}});

        PortalSession employee(webhook(m_sandbox->employeeWebhookUrl()));
        const auto denied = wait(employee.call(
            u"user.add"_s, {{u"EMAIL"_s, u"x.denied@example.org"_s}, {u"UF_DEPARTMENT"_s, QJsonArray{1}}}));
        QCOMPARE(kindOf(denied), u"access-denied"_s);
        QCOMPARE(denied.error().description(), u"access_denied"_s);
    }

    void movedPortal() {
        SandboxOptions options;
        options.rateLimit = false;
        auto target = startSandbox(options); // same seed: the same webhook works there
        auto session = adminSession();
        QSignalSpy moved(session.get(), &PortalSession::portalMoved);
        QSignalSpy proposed(session.get(), &PortalSession::moveProposed);
        QUrl location = target->baseUrl();
        location.setPath({});
        fault(*m_sandbox, {{u"kind"_s, u"moved"_s}, {u"count"_s, 100}, {u"location"_s, location.toString()}});
        // Another origin: nothing is sent there until the user confirms.
        const auto refused = wait(session->call(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, 1}}}}));
        QCOMPARE(kindOf(refused), u"moved"_s);
        QVERIFY(journal(*target).isEmpty());
        QCOMPARE(proposed.size(), 1);
        QCOMPARE(moved.size(), 0);
        QVERIFY(session->acceptMove(proposed.first().first().toUrl()));
        const auto result = wait(session->call(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, 1}}}}));
        QVERIFY2(result.ok(), qPrintable(kindOf(result)));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(session->credentials().portalUrl().port(), target->port());
        const QJsonArray requests = journal(*target);
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.last().toObject().value("httpMethod"_L1).toString(), u"POST"_s);
        QCOMPARE(requests.last().toObject().value("restMethod"_L1).toString(), u"user.get"_s);
        // Later calls go to the new host directly.
        QVERIFY(wait(session->call(u"user.current"_s)).ok());
        QCOMPARE(moved.size(), 1);
    }

    void redirectToSameHostIsAnError() {
        auto session = adminSession();
        QUrl self = m_sandbox->baseUrl();
        self.setPath(u"/licence-expired/"_s);
        fault(*m_sandbox, {{u"kind"_s, u"moved"_s}, {u"count"_s, 5}, {u"location"_s, self.toString()}});
        const auto result = wait(session->call(u"user.current"_s));
        QCOMPARE(kindOf(result), u"server"_s);
        QCOMPARE(result.error().code(), u"REDIRECT_SAME_HOST"_s);
        QCOMPARE(session->stats().requestsSent, 1);
    }

    void redirectToPlainHttpIsRefused() {
        auto session = adminSession();
        fault(*m_sandbox,
              {{u"kind"_s, u"moved"_s}, {u"count"_s, 1}, {u"location"_s, u"http://portal.example.com"_s}});
        const auto result = wait(session->call(u"user.current"_s));
        QCOMPARE(kindOf(result), u"tls"_s);
    }

    void batchWithReferencesAndHalt() {
        auto session = adminSession();
        BatchBuilder builder;
        builder.add(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, 1}}}}, u"me"_s);
        builder.add(
            u"user.get"_s,
            {{u"FILTER"_s, QJsonObject{{u"ID"_s, BatchBuilder::resultRef(u"me"_s, {u"0"_s, u"ID"_s})}}}},
            u"again"_s);
        builder.add(u"no.such.method"_s, {}, u"bad"_s);
        builder.add(u"user.current"_s, {}, u"after"_s);
        bool ok = false;
        QString again, bad, after;
        QVERIFY(waitJob(session->batch(builder), [&](PortalBatchJob *job) {
            ok = job->allSucceeded();
            const auto r = job->result(u"again"_s);
            again = r ? r.value().result.toArray().at(0).toObject().value("ID"_L1).toString() : kindOf(r);
            bad = kindOf(job->result(u"bad"_s));
            after = kindOf(job->result(u"after"_s));
        }));
        QVERIFY(!ok);
        QCOMPARE(again, u"1"_s);
        QCOMPARE(bad, u"not-found"_s);
        QCOMPARE(after, u"ok"_s); // halt off: later commands still run

        builder.setHalt(true);
        QVERIFY(waitJob(session->batch(builder),
                        [&](PortalBatchJob *job) { after = kindOf(job->result(u"after"_s)); }));
        QCOMPARE(after, u"canceled"_s); // halt: never ran
    }

    void batchSplitsLargeSets() {
        auto session = adminSession();
        BatchBuilder builder;
        for (int i = 1; i <= 120; ++i)
            builder.add(u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"ID"_s, i}}}});
        int requests = 0;
        bool ok = false;
        QVERIFY(waitJob(session->batch(builder), [&](PortalBatchJob *job) {
            requests = job->requests();
            ok = job->allSucceeded();
        }));
        QVERIFY(ok);
        QCOMPARE(requests, 3);
        QCOMPARE(counters(*m_sandbox).value("byMethod"_L1).toObject().value("batch"_L1).toInt(), 3);
    }

    void throttleAvoids503() {
        settings(*m_sandbox, {{u"rateLimit"_s, true}, {u"ratePerSecond"_s, 20}, {u"burst"_s, 10}});
        auto session = adminSession();
        session->setThrottle({true, 20, 10});
        QList<PortalCall *> calls;
        for (int i = 0; i < 40; ++i)
            calls.append(session->call(u"user.admin"_s));
        int done = 0, failed = 0;
        for (PortalCall *call : calls) {
            connect(call, &PortalCall::finished, this, [&done, &failed, call] {
                ++done;
                failed += call->result().ok() ? 0 : 1;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 40, 30000);
        QCOMPARE(failed, 0);
        QCOMPARE(session->stats().rateLimitAnswers, 0);
        QCOMPARE(counters(*m_sandbox).value("byStatus"_L1).toObject().value("503"_L1).toInt(), 0);
        settings(*m_sandbox, {{u"rateLimit"_s, false}});
    }

    void operatingBudgetWaitsForTheReset() {
        // A real budget: user.fields costs 2 s, the limit is 1 s per 10 minutes.
        settings(*m_sandbox, {{u"operatingLimitSeconds"_s, 1},
                              {u"methodCostSeconds"_s, QJsonObject{{u"user.fields"_s, 2}}}});
        PortalSession session(webhook(m_sandbox->employeeWebhookUrl()));
        RetryPolicy policy = fastRetries();
        policy.maxOperatingWaitSeconds = 5; // the reset is ~10 minutes away: give up instead
        session.setRetryPolicy(policy);
        const auto first = wait(session.call(u"user.fields"_s));
        QVERIFY(first.ok()); // the call that crosses the limit still completes
        const qint64 resetAt = first.value().time.operatingResetAt.value_or(0);
        const auto second = wait(session.call(u"user.fields"_s));
        QCOMPARE(kindOf(second), u"operation-limit"_s);
        if (resetAt)
            QCOMPARE(second.error().resetAt(), resetAt); // the wait would end at operating_reset_at
        QVERIFY(second.error().resetAt() > QDateTime::currentSecsSinceEpoch() + 60);
        QVERIFY(wait(session.call(u"user.current"_s)).ok()); // other methods keep working
        settings(*m_sandbox, {{u"operatingLimitSeconds"_s, 480},
                              {u"methodCostSeconds"_s, QJsonObject{{u"user.fields"_s, 0}}}});
    }

    void abortEndsOnce() {
        auto session = adminSession();
        fault(*m_sandbox, {{u"kind"_s, u"latency"_s}, {u"count"_s, 1}, {u"latencyMs"_s, 500}});
        PortalCall *call = session->call(u"user.current"_s);
        int finishedCount = 0;
        QString kind;
        connect(call, &PortalCall::finished, this, [&, call] {
            ++finishedCount;
            kind = kindOf(call->result());
        });
        call->abort();
        QTest::qWait(700);
        QCOMPARE(finishedCount, 1);
        QCOMPARE(kind, u"canceled"_s);
    }
};

QTEST_GUILESS_MAIN(TestPortalSession)
#include "tst_portalsession.moc"
