#include "sandboxharness.h"

#include "portal/listenumeration.h"

using namespace Qt::StringLiterals;
using namespace Harness;

// Users and departments read with the fewest requests: ⌊N/2500⌋+1 batches for N users, streamed
// page by page, every user once, in ID order.
class TestPortalEnumeration : public QObject {
    Q_OBJECT

    struct Run {
        bool ok = false;
        int requests = 0;
        qint64 rows = 0;
        int pages = 0;
        QList<qint64> ids;
        int largestPage = 0;
    };

    static Run enumerate(PortalSession &session, ListEnumeration *job) {
        Run run;
        QObject::connect(job, &ListEnumeration::page, job, [&run](const QJsonArray &rows) {
            ++run.pages;
            run.largestPage = std::max(run.largestPage, int(rows.size()));
            for (const QJsonValue &row : rows)
                run.ids.append(PortalParse::idValue(row.toObject().value("ID"_L1)));
        });
        waitJob(job, [&run](ListEnumeration *done) {
            run.ok = done->ok();
            run.requests = done->requests();
            run.rows = done->rowCount();
        });
        Q_UNUSED(session);
        return run;
    }

    static qint64 totalUsers(PortalSession &session) {
        const auto result = wait(session.call(u"user.get"_s, {{u"ADMIN_MODE"_s, u"Y"_s}}));
        return result ? result.value().total.value_or(0) : -1;
    }

private Q_SLOTS:
    void users_data() {
        QTest::addColumn<int>("users");
        QTest::newRow("300") << 300;
        QTest::newRow("2600") << 2600;
        QTest::newRow("6000") << 6000;
    }

    void users() {
        QFETCH(int, users);
        SandboxOptions options;
        options.users = users;
        options.rateLimit = false;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        session.setThrottle(ThrottleLimits::unlimited());
        const qint64 total = totalUsers(session);
        QVERIFY(total > 0);
        reset(*sandbox);

        const Run run = enumerate(session, session.enumerateUsers({}, {u"ID"_s, u"EMAIL"_s, u"NAME"_s}));
        QVERIFY(run.ok);
        QCOMPARE(run.rows, total);
        QCOMPARE(qint64(run.ids.size()), total);
        QVERIFY(run.largestPage <= 50);
        for (int i = 1; i < run.ids.size(); ++i)
            QVERIFY(run.ids.at(i) > run.ids.at(i - 1)); // ID order, no repeats
        QVERIFY2(run.requests <= total / 2500 + 1, qPrintable(QString::number(run.requests)));
        QCOMPARE(counters(*sandbox).value("requests"_L1).toInt(), run.requests);
    }

    void usersWithFilter() {
        SandboxOptions options;
        options.rateLimit = false;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        const auto expected = wait(session.call(
            u"user.get"_s, {{u"FILTER"_s, QJsonObject{{u"UF_DEPARTMENT"_s, 1}}}, {u"ADMIN_MODE"_s, u"Y"_s}}));
        QVERIFY(expected.ok());
        const Run run = enumerate(session, session.enumerateUsers({{u"UF_DEPARTMENT"_s, 1}}));
        QVERIFY(run.ok);
        QCOMPARE(run.rows, expected.value().total.value_or(0));
    }

    void departments() {
        SandboxOptions options;
        options.rateLimit = false;
        options.users = 3000;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        const auto first = wait(session.call(u"department.get"_s));
        QVERIFY(first.ok());
        const qint64 total = first.value().total.value_or(first.value().result.toArray().size());
        const Run run = enumerate(session, session.enumerateDepartments());
        QVERIFY(run.ok);
        QCOMPARE(run.rows, total);
        QSet<qint64> unique(run.ids.begin(), run.ids.end());
        QCOMPARE(qint64(unique.size()), total);
        QVERIFY(run.requests <= 1 + (total + 2499) / 2500);
    }

    void abortStopsEarly() {
        SandboxOptions options;
        options.rateLimit = false;
        options.users = 6000;
        auto sandbox = startSandbox(options);
        PortalSession session(webhook(sandbox->adminWebhookUrl()));
        ListEnumeration *job = session.enumerateUsers();
        int pages = 0;
        connect(job, &ListEnumeration::page, job, [&pages, job](const QJsonArray &) {
            if (++pages == 3)
                job->abort();
        });
        bool ok = true;
        int requests = 0;
        QVERIFY(waitJob(job, [&](ListEnumeration *done) {
            ok = done->ok();
            requests = done->requests();
        }));
        QVERIFY(!ok);
        QCOMPARE(pages, 3);
        QCOMPARE(requests, 1);
    }
};

QTEST_GUILESS_MAIN(TestPortalEnumeration)
#include "tst_portalenumeration.moc"
