// The incremental refresh (DirectorySyncJob) against the sandbox portal with 10 000 people, no fakes:
// after the portal changes, adds, dismisses people and people accept invitations, a refresh must leave
// exactly the copy a full sync makes (every column of users, departments and membership, and what the
// search finds); a removal, and a portal whose TIMESTAMP_X filter finds nothing while its total moved,
// must end in a full sync (reconcile).

#include "sandboxharness.h"

#include "directory/directoryreader.h"
#include "directory/directorysyncjob.h"
#include "directory/directorysyncrunner.h"
#include "directory/searchtext.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Harness;

namespace {

constexpr int SandboxUsers = 10000;

struct JobRun {
    bool ended = false;
    bool ranFull = false;
    int requests = 0;
    std::optional<DirectorySyncSummary> summary;
    QString failure;
};

// A writer on its own file, as the Workspace keeps one per portal.
class Copy {
public:
    explicit Copy(const QString &path)
        : m_path(path)
        , m_runner(path) {
        bool opened = false;
        QObject::connect(&m_runner, &DirectorySyncRunner::opened, &m_runner,
                         [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
        m_runner.start();
        if (!QTest::qWaitFor([&] { return opened; }, 30000))
            qFatal("the directory file did not open");
    }

    JobRun sync(PortalSession &session, DirectorySyncJob::Kind kind) {
        JobRun run;
        QObject context;
        QObject::connect(&m_runner, &DirectorySyncRunner::failed, &context,
                         [&run](const DirectoryError &error) { run.failure = error.logText(); });
        auto *job = new DirectorySyncJob(&session, &m_runner, m_path, kind);
        QObject::connect(job, &DirectorySyncJob::finished, &context,
                         [&run](const DirectorySyncSummary &summary) { run.summary = summary; });
        QObject::connect(job, &DirectorySyncJob::failed, &context,
                         [&run](const PortalError &error) { run.failure = error.logText(); });
        QObject::connect(job, &DirectorySyncJob::ended, &context, [&run, job] {
            run.ranFull = job->ranFull();
            run.requests = job->requests();
            run.ended = true;
        });
        if (!QTest::qWaitFor([&] { return run.ended; }, 300000))
            run.failure = u"the sync did not end in time"_s;
        return run;
    }

    QString path() const { return m_path; }

private:
    QString m_path;
    DirectorySyncRunner m_runner;
};

// Every row of a query as text, one line per row: what two copies must agree on.
QStringList rowsOf(const QString &path, const QString &sql) {
    DirectoryReader reader(path);
    if (!reader.open().ok())
        qFatal("%s did not open", qPrintable(path));
    QSqlQuery query(reader.database());
    if (!query.exec(sql))
        qFatal("%s failed", qPrintable(sql));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        rows << fields.join(u'|');
    }
    return rows;
}

// Every stored column except the sync's own bookkeeping (seen_generation).
const QString kUsers =
    u"SELECT id, first_name, last_name, second_name, email, email_norm, position, work_phone,"
    " mobile_phone, inner_phone, department_ids, user_type, active, last_login, date_register,"
    " state, hex(content_hash), sort_name, sort_position, sort_department,"
    " primary_department_id, last_login_known FROM users ORDER BY id"_s;
const QString kDepartments =
    u"SELECT id, name, parent_id, head_id, sort, sort_key FROM departments ORDER BY id"_s;
const QString kMembership = u"SELECT user_id, department_id FROM membership ORDER BY 1, 2"_s;

QStringList searchRows(const QString &path, const QString &typed) {
    return rowsOf(path, u"SELECT rowid FROM user_search WHERE user_search MATCH '%1' ORDER BY rowid"_s.arg(
                            SearchText::matchExpression(typed)));
}

void compareCopies(const QString &refreshed, const QString &full, const QStringList &searches) {
    for (const QString &sql : {kUsers, kDepartments, kMembership}) {
        const QStringList a = rowsOf(refreshed, sql);
        const QStringList b = rowsOf(full, sql);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a[i], b[i]);
    }
    for (const QString &typed : searches)
        QCOMPARE(searchRows(refreshed, typed), searchRows(full, typed));
    QCOMPARE(rowsOf(refreshed, u"SELECT user_count, department_count FROM sync_state"_s),
             rowsOf(full, u"SELECT user_count, department_count FROM sync_state"_s));
}

QJsonObject userPost(SandboxPortal &sandbox, const QString &path, const QJsonObject &body) {
    const QJsonObject answer = control(sandbox, "POST", path, body);
    if (answer.contains(u"error"_s))
        qFatal("%s: %s", qPrintable(path), qPrintable(answer.value(u"error_description"_s).toString()));
    return answer;
}

} // namespace

class TestDirectoryRefresh : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxPortal> m_sandbox;
    std::unique_ptr<PortalSession> m_session;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"copy-%1.sqlite"_s.arg(++m_files)); }

    // IDs of active employees in a copy (not invited, not dismissed), from the n-th on.
    QList<qint64> employees(const QString &path, int count) {
        QList<qint64> ids;
        for (const QString &id :
             rowsOf(path, u"SELECT id FROM users WHERE state = %1 AND id > 10 ORDER BY id"_s.arg(
                              UserStates::toStorage(UserState::Employee))))
            ids << id.toLongLong();
        QList<qint64> spread;
        for (int i = 0; i < count; ++i)
            spread << ids.at(qsizetype(i) * ids.size() / count);
        return spread;
    }

    // IDs of people whose invitation is pending in a copy.
    QList<qint64> invited(const QString &path) {
        DirectoryReader reader(path);
        return reader.open().ok() ? reader.invitedUserIds() : QList<qint64>{};
    }

private slots:
    void init() {
        SandboxOptions options;
        options.users = SandboxUsers;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
        m_session = std::make_unique<PortalSession>(webhook(m_sandbox->adminWebhookUrl()));
        m_session->setThrottle(ThrottleLimits::unlimited());
    }

    void cleanup() {
        m_session.reset();
        m_sandbox.reset();
    }

    void refreshEqualsFullSync() {
        Copy copy(newPath());
        const JobRun first = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(first.failure.isEmpty(), qPrintable(first.failure));
        QVERIFY(first.ranFull); // a new copy has no portal time to go on from
        QCOMPARE(first.summary->userCount, SandboxUsers);

        // The portal changes: edits, a new e-mail, people added (registered and invited), dismissals,
        // a department renamed, accepted invitations.
        const QList<qint64> people = employees(copy.path(), 7);
        const qint64 renamed = people[0];
        userPost(*m_sandbox, u"users/update"_s,
                 {{u"id"_s, renamed},
                  {u"fields"_s, QJsonObject{{u"NAME"_s, u"Zebulon"_s}, {u"LAST_NAME"_s, u"Quaggard"_s}}}});
        userPost(
            *m_sandbox, u"users/update"_s,
            {{u"id"_s, people[1]}, {u"fields"_s, QJsonObject{{u"WORK_POSITION"_s, u"Chief Refresher"_s}}}});
        userPost(
            *m_sandbox, u"users/update"_s,
            {{u"id"_s, people[2]}, {u"fields"_s, QJsonObject{{u"EMAIL"_s, u"moved.person@example.org"_s}}}});
        userPost(
            *m_sandbox, u"users/update"_s,
            {{u"id"_s, people[3]}, {u"fields"_s, QJsonObject{{u"UF_DEPARTMENT"_s, QJsonArray{3, 5, 7}}}}});
        for (const qint64 id : people.mid(4))
            userPost(*m_sandbox, u"users/update"_s,
                     {{u"id"_s, id}, {u"fields"_s, QJsonObject{{u"ACTIVE"_s, u"N"_s}}}});
        userPost(*m_sandbox, u"users/add"_s,
                 {{u"fields"_s, QJsonObject{{u"NAME"_s, u"Xanthippe"_s},
                                            {u"LAST_NAME"_s, u"Newcomer"_s},
                                            {u"EMAIL"_s, u"xanthippe@example.org"_s}}}});
        const Result<PortalReply> invitedNow = wait(m_session->call(
            u"user.add"_s, {{u"EMAIL"_s, u"fresh.invitee@example.org"_s}, {u"UF_DEPARTMENT"_s, 2}}));
        QVERIFY2(invitedNow.ok(), qPrintable(invitedNow.ok() ? QString() : invitedNow.error().logText()));
        const QList<qint64> pending = invited(copy.path());
        QVERIFY(pending.size() > 10);
        for (const qint64 id : {pending.first(), pending.at(pending.size() / 2), pending.last()})
            userPost(*m_sandbox, u"accept"_s, {{u"id"_s, id}});
        QVERIFY(wait(m_session->call(u"department.update"_s, {{u"ID"_s, 4}, {u"NAME"_s, u"Renamed Unit"_s}}))
                    .ok());

        reset(*m_sandbox);
        const JobRun refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(refresh.failure.isEmpty(), qPrintable(refresh.failure));
        QVERIFY(!refresh.ranFull);
        QVERIFY(refresh.summary->incremental);
        QCOMPARE(refresh.summary->usersAdded, 2);
        QCOMPARE(refresh.summary->usersChanged, 4 + 3 + 3); // edits, dismissals, acceptances
        QCOMPARE(refresh.requests, 1);
        QCOMPARE(counters(*m_sandbox).value(u"requests"_s).toInt(), 1);
        QVERIFY(!invited(copy.path()).contains(pending.first()));

        Copy full(newPath());
        const JobRun reference = full.sync(*m_session, DirectorySyncJob::Kind::Full);
        QVERIFY2(reference.failure.isEmpty(), qPrintable(reference.failure));
        compareCopies(copy.path(), full.path(),
                      {u"Zebulon"_s, u"Quaggard"_s, u"Chief Refresher"_s, u"moved.person"_s, u"Xanthippe"_s,
                       u"fresh.invitee"_s, u"a"_s, u"ma"_s, u"sales"_s});
        QCOMPARE(searchRows(copy.path(), u"Zebulon"_s), QStringList{QString::number(renamed)});
    }

    void nothingChangedCostsOneRequest() {
        Copy copy(newPath());
        QVERIFY(copy.sync(*m_session, DirectorySyncJob::Kind::Automatic).ranFull);
        reset(*m_sandbox);
        const JobRun refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(refresh.failure.isEmpty(), qPrintable(refresh.failure));
        QVERIFY(!refresh.ranFull);
        QCOMPARE(refresh.summary->usersAdded + refresh.summary->usersChanged + refresh.summary->usersRemoved,
                 0);
        QCOMPARE(counters(*m_sandbox).value(u"requests"_s).toInt(), 1);
    }

    void removalFallsBackToReconcile() {
        Copy copy(newPath());
        QVERIFY(copy.sync(*m_session, DirectorySyncJob::Kind::Automatic).ranFull);
        userPost(*m_sandbox, u"users/remove"_s, {{u"id"_s, 1234}});
        userPost(*m_sandbox, u"users/update"_s,
                 {{u"id"_s, 55}, {u"fields"_s, QJsonObject{{u"WORK_POSITION"_s, u"Survivor"_s}}}});
        const JobRun refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(refresh.failure.isEmpty(), qPrintable(refresh.failure));
        QVERIFY(refresh.ranFull);
        QCOMPARE(refresh.summary->usersRemoved, 1);
        QCOMPARE(refresh.summary->userCount, SandboxUsers - 1);
        QVERIFY(rowsOf(copy.path(), u"SELECT id FROM users WHERE id = 1234"_s).isEmpty());
        QVERIFY(searchRows(copy.path(), u"Survivor"_s).contains(u"55"_s));
        // The reconcile leaves a portal time: the next refresh is incremental again.
        const JobRun next = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY(!next.ranFull);
    }

    void emptyTimestampFilterWithMovedTotalIsDetected() {
        Copy copy(newPath());
        QVERIFY(copy.sync(*m_session, DirectorySyncJob::Kind::Automatic).ranFull);
        settings(*m_sandbox, {{u"timestampFilterEmpty"_s, true}});
        userPost(
            *m_sandbox, u"users/add"_s,
            {{u"fields"_s, QJsonObject{{u"NAME"_s, u"Unseen"_s}, {u"EMAIL"_s, u"unseen@example.org"_s}}}});
        const JobRun refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(refresh.failure.isEmpty(), qPrintable(refresh.failure));
        QVERIFY(refresh.ranFull);
        QCOMPARE(refresh.summary->userCount, SandboxUsers + 1);
        QCOMPARE(refresh.summary->usersAdded, 1);
        QCOMPARE(searchRows(copy.path(), u"unseen"_s).size(), 1);
    }

    // The refresh's batch broken once (retried, as every read) and then for good (reported; the copy
    // stays as it was and the next refresh catches up, still incrementally).
    void refreshUnderFaults() {
        Copy copy(newPath());
        QVERIFY(copy.sync(*m_session, DirectorySyncJob::Kind::Automatic).ranFull);
        const qint64 id = employees(copy.path(), 1).first();
        userPost(*m_sandbox, u"users/update"_s,
                 {{u"id"_s, id}, {u"fields"_s, QJsonObject{{u"WORK_POSITION"_s, u"Faulted"_s}}}});
        fault(*m_sandbox, {{u"kind"_s, u"drop"_s}, {u"count"_s, 1}, {u"method"_s, u"batch"_s}});
        JobRun refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(refresh.failure.isEmpty(), qPrintable(refresh.failure));
        QVERIFY(!refresh.ranFull);
        QCOMPARE(searchRows(copy.path(), u"Faulted"_s), QStringList{QString::number(id)});

        userPost(*m_sandbox, u"users/update"_s,
                 {{u"id"_s, id}, {u"fields"_s, QJsonObject{{u"WORK_POSITION"_s, u"Unreachable"_s}}}});
        fault(*m_sandbox, {{u"kind"_s, u"http500"_s}, {u"count"_s, 1000}, {u"method"_s, u"batch"_s}});
        refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY(!refresh.failure.isEmpty());
        QVERIFY(!refresh.summary);
        QVERIFY(searchRows(copy.path(), u"Unreachable"_s).isEmpty());
        control(*m_sandbox, "DELETE", u"faults"_s);
        refresh = copy.sync(*m_session, DirectorySyncJob::Kind::Automatic);
        QVERIFY2(refresh.failure.isEmpty(), qPrintable(refresh.failure));
        QVERIFY(!refresh.ranFull);
        QCOMPARE(searchRows(copy.path(), u"Unreachable"_s), QStringList{QString::number(id)});
    }

    void fullRefreshOnDemandAndDaily() {
        Copy copy(newPath());
        QVERIFY(copy.sync(*m_session, DirectorySyncJob::Kind::Automatic).ranFull);
        QVERIFY(copy.sync(*m_session, DirectorySyncJob::Kind::Full).ranFull);
        DirectoryReader reader(copy.path());
        QVERIFY(reader.open().ok());
        DirectorySyncStatus status = reader.syncStatus();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(DirectorySyncJob::mayRefresh(status, now));
        QVERIFY(!DirectorySyncJob::mayRefresh(
            status, now.addSecs(DirectorySyncJob::ReconcileAfterHours * 3600 + 60)));
        status.portalTime.clear();
        QVERIFY(!DirectorySyncJob::mayRefresh(status, now));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryRefresh)
#include "tst_directory_refresh.moc"
