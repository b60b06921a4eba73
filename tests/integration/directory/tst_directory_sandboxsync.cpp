// The directory copy against the sandbox portal, no fakes: an in-process SandboxPortal with 10 000
// users is enumerated with the real portal client (PortalSession::enumerateDepartments/Users) into a
// real DirectorySync file through DirectorySyncRunner, as Workspace::refreshDirectory() does. The copy
// is then compared field by field with a second enumeration of the portal (user.get pages), the
// sandbox is changed through its control endpoints, and a second sync must count exactly those changes.

#include "sandboxharness.h"

#include "directory/directoryreader.h"
#include "directory/directorysyncrunner.h"
#include "directory/employeequery.h"
#include "directory/portalfields.h"
#include "directory/searchtext.h"
#include "portal/listenumeration.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Harness;

namespace {

constexpr int SandboxUsers = 10000;

struct SyncRun {
    bool finished = false;
    QString failure;
    DirectorySyncSummary summary;
    int requests = 0;
};

// One full sync the way Workspace::refreshDirectory() feeds the writer: departments, then users.
SyncRun fullSync(PortalSession &session, DirectorySyncRunner &runner) {
    SyncRun run;
    bool done = false;
    QObject context;
    QObject::connect(&runner, &DirectorySyncRunner::finished, &context,
                     [&](const DirectorySyncSummary &summary) {
                         run.finished = true;
                         run.summary = summary;
                         done = true;
                     });
    QObject::connect(&runner, &DirectorySyncRunner::failed, &context, [&](const DirectoryError &error) {
        run.failure = error.logText();
        done = true;
    });
    runner.beginFullSync();
    ListEnumeration *departments = session.enumerateDepartments();
    QObject::connect(departments, &ListEnumeration::page, &context,
                     [&runner](const QJsonArray &rows) { runner.addDepartments(rows); });
    QObject::connect(departments, &ListEnumeration::finished, &context, [&, departments] {
        departments->deleteLater();
        run.requests += departments->requests();
        if (!departments->ok()) {
            run.failure = departments->error().logText();
            runner.cancel();
            done = true;
            return;
        }
        ListEnumeration *users = session.enumerateUsers();
        QObject::connect(users, &ListEnumeration::page, &context,
                         [&runner](const QJsonArray &rows) { runner.addUsers(rows); });
        QObject::connect(users, &ListEnumeration::finished, &context, [&, users] {
            users->deleteLater();
            run.requests += users->requests();
            if (!users->ok()) {
                run.failure = users->error().logText();
                runner.cancel();
                done = true;
                return;
            }
            runner.finishFullSync();
        });
    });
    if (!QTest::qWaitFor([&] { return done; }, 300000))
        run.failure = u"the sync did not end in time"_s;
    return run;
}

// Every row of a list, read again with the client (user.get / department.get pages), keyed by ID.
QHash<qint64, QJsonObject> readAll(ListEnumeration *job) {
    QHash<qint64, QJsonObject> rows;
    QObject::connect(job, &ListEnumeration::page, job, [&rows](const QJsonArray &page) {
        for (const QJsonValue &value : page) {
            const QJsonObject row = value.toObject();
            rows.insert(PortalFields::id(row.value(u"ID"_s)).value_or(0), row);
        }
    });
    bool ok = false;
    if (!waitJob(job, [&ok](ListEnumeration *done) { ok = done->ok(); }) || !ok)
        rows.clear();
    return rows; // the job deletes itself once finished
}

QString portalText(const QJsonObject &row, const char *field) {
    const QJsonValue value = row.value(QLatin1StringView(field));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// The state spec §7.1 gives a row, derived here from the portal's fields and not through
// DirectoryUser, so that a mistake in the parser cannot agree with itself.
UserState expectedState(const QJsonObject &row) {
    const QJsonValue activeValue = row.value(u"ACTIVE"_s);
    const bool active = activeValue.isBool()
                            ? activeValue.toBool()
                            : activeValue.toString() != u"N"_s && activeValue.toString() != u""_s;
    if (!active)
        return UserState::Dismissed;
    const QJsonValue lastLogin = row.value(u"LAST_LOGIN"_s);
    const bool neverLoggedIn = lastLogin.isNull() || lastLogin.toString().isEmpty() || lastLogin == false;
    if (row.contains(u"LAST_LOGIN"_s) && neverLoggedIn)
        return UserState::Invited;
    if (row.value(u"USER_TYPE"_s).toString().compare(u"extranet"_s, Qt::CaseInsensitive) == 0)
        return UserState::Extranet;
    return UserState::Employee;
}

QList<qint64> departmentIds(const QJsonObject &row) {
    QList<qint64> ids;
    for (const QJsonValue &value : row.value(u"UF_DEPARTMENT"_s).toArray())
        ids << (value.isString() ? value.toString().toLongLong() : value.toInteger());
    return ids;
}

} // namespace

class TestDirectorySandboxSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxPortal> m_sandbox;
    std::unique_ptr<PortalSession> m_session;
    std::unique_ptr<DirectorySyncRunner> m_runner;
    QString m_path;

    // Compares the whole copy with what the portal returns now; returns the number of users compared.
    int compareWithPortal() {
        const QHash<qint64, QJsonObject> portalUsers = readAll(m_session->enumerateUsers());
        const QHash<qint64, QJsonObject> portalDepartments = readAll(m_session->enumerateDepartments());
        if (portalUsers.isEmpty() || portalDepartments.isEmpty())
            qFatal("the sandbox could not be read again");
        DirectoryReader reader(m_path);
        if (!reader.open().ok())
            qFatal("the directory file could not be opened");

        QSqlQuery query(reader.database());
        if (!query.exec(u"SELECT count(*) FROM users"_s) || !query.next())
            qFatal("users not counted");
        if (query.value(0).toInt() != portalUsers.size())
            qFatal("the copy holds %d users, the portal %d", query.value(0).toInt(), int(portalUsers.size()));
        if (reader.syncStatus().userCount != portalUsers.size())
            qFatal("sync_state counts %d users", reader.syncStatus().userCount);

        for (auto it = portalUsers.begin(); it != portalUsers.end(); ++it) {
            const QJsonObject &row = it.value();
            const auto details = reader.userDetails(it.key());
            const QByteArray where = "user " + QByteArray::number(it.key());
            if (!details)
                qFatal("%s is missing from the copy", where.constData());
            const DirectoryUser &user = details->user;
            const auto same = [&where](const QString &stored, const QString &portal, const char *field) {
                if (stored != portal)
                    qFatal("%s: %s is \"%s\" in the copy, \"%s\" in the portal", where.constData(), field,
                           qPrintable(stored), qPrintable(portal));
            };
            same(user.firstName, portalText(row, "NAME"), "NAME");
            same(user.lastName, portalText(row, "LAST_NAME"), "LAST_NAME");
            same(user.secondName, portalText(row, "SECOND_NAME"), "SECOND_NAME");
            same(user.email, portalText(row, "EMAIL"), "EMAIL");
            same(user.position, portalText(row, "WORK_POSITION"), "WORK_POSITION");
            same(user.workPhone, portalText(row, "WORK_PHONE"), "WORK_PHONE");
            same(user.mobilePhone, portalText(row, "PERSONAL_MOBILE"), "PERSONAL_MOBILE");
            same(user.innerPhone, portalText(row, "UF_PHONE_INNER"), "UF_PHONE_INNER");
            same(user.userType, portalText(row, "USER_TYPE").toLower(), "USER_TYPE");
            if (user.departmentIds != departmentIds(row))
                qFatal("%s: departments differ", where.constData());
            if (user.state != expectedState(row))
                qFatal("%s: state %d in the copy, %d from the portal's ACTIVE/LAST_LOGIN/USER_TYPE",
                       where.constData(), int(user.state), int(expectedState(row)));
            if (user.active != (user.state != UserState::Dismissed))
                qFatal("%s: active flag differs", where.constData());
            // The membership table (the department filter) agrees with UF_DEPARTMENT.
            QStringList names;
            for (const qint64 department : departmentIds(row))
                if (portalDepartments.contains(department))
                    names << portalText(portalDepartments.value(department), "NAME");
            QStringList stored = details->departmentNames;
            std::sort(names.begin(), names.end());
            std::sort(stored.begin(), stored.end());
            if (stored != names)
                qFatal("%s: department names differ", where.constData());
        }

        if (!query.exec(u"SELECT id, name, coalesce(parent_id, 0), coalesce(head_id, 0) FROM departments"_s))
            qFatal("departments not read");
        int departments = 0;
        while (query.next()) {
            ++departments;
            const QJsonObject row = portalDepartments.value(query.value(0).toLongLong());
            if (row.isEmpty() || portalText(row, "NAME") != query.value(1).toString() ||
                portalText(row, "PARENT").toLongLong() != query.value(2).toLongLong() ||
                portalText(row, "UF_HEAD").toLongLong() != query.value(3).toLongLong())
                qFatal("department %lld differs", query.value(0).toLongLong());
        }
        if (departments != portalDepartments.size())
            qFatal("the copy holds %d departments, the portal %d", departments,
                   int(portalDepartments.size()));
        return int(portalUsers.size());
    }

    // People found by a search in the copy (the FTS index and the search tables follow the sync).
    QList<qint64> search(const QString &text) {
        DirectoryReader reader(m_path);
        if (!reader.open().ok())
            return {};
        EmployeeQuery query;
        query.searchText = text;
        QList<qint64> ids;
        for (const EmployeeQuery::Row &row : query.fetch(reader.database(), 0, 100))
            ids << row.id;
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.users = SandboxUsers;
        options.rateLimit = false;
        m_sandbox = startSandbox(options);
        m_session = std::make_unique<PortalSession>(webhook(m_sandbox->adminWebhookUrl()));
        m_session->setThrottle(ThrottleLimits::unlimited());
        m_path = m_dir.filePath(u"directory.sqlite"_s);
        m_runner = std::make_unique<DirectorySyncRunner>(m_path);
        bool opened = false;
        connect(m_runner.get(), &DirectorySyncRunner::opened, this,
                [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
        m_runner->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened, 20000);
    }

    void cleanupTestCase() {
        m_runner.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void firstSyncMatchesTheSandbox() {
        reset(*m_sandbox);
        const SyncRun run = fullSync(*m_session, *m_runner);
        QVERIFY2(run.finished, qPrintable(run.failure));
        QCOMPARE(run.summary.usersAdded, run.summary.userCount);
        QCOMPARE(run.summary.usersChanged, 0);
        QCOMPARE(run.summary.usersRemoved, 0);
        QVERIFY(run.summary.userCount >= SandboxUsers);
        // Users in ⌊N/2500⌋+1 batches; the departments' pages on top.
        QCOMPARE(counters(*m_sandbox).value("requests"_L1).toInt(), run.requests);
        QCOMPARE(compareWithPortal(), run.summary.userCount);
    }

    void secondSyncCountsWhatTheSandboxChanged() {
        const QHash<qint64, QJsonObject> before = readAll(m_session->enumerateUsers());
        QVERIFY(!before.isEmpty());
        QList<qint64> active;
        for (auto it = before.begin(); it != before.end(); ++it)
            if (expectedState(it.value()) == UserState::Employee)
                active << it.key();
        std::sort(active.begin(), active.end());
        QVERIFY(active.size() > 100);

        // 4 new people, 6 edited (position, phone, name, e-mail, department), 3 dismissed.
        constexpr int Added = 4;
        for (int n = 0; n < Added; ++n) {
            const QJsonObject answer =
                control(*m_sandbox, "POST", u"users/add"_s,
                        {{u"fields"_s, QJsonObject{{u"NAME"_s, u"Zoë"_s},
                                                   {u"LAST_NAME"_s, u"Quintero%1"_s.arg(n)},
                                                   {u"EMAIL"_s, u"zoe.quintero%1@sync.example"_s.arg(n)},
                                                   {u"WORK_POSITION"_s, u"Synchronisation tester"_s},
                                                   {u"WORK_PHONE"_s, u"+1 555 0199 %1"_s.arg(n)}}}});
            QVERIFY2(answer.value("id"_L1).toInt() > 0, QJsonDocument(answer).toJson());
        }
        const QList<QPair<qint64, QJsonObject>> edits = {
            {active.at(10), {{u"WORK_POSITION"_s, u"Chief synchronisation officer"_s}}},
            {active.at(20), {{u"WORK_PHONE"_s, u"+7 (495) 765-43-21"_s}}},
            {active.at(30), {{u"LAST_NAME"_s, u"Ångström-Sync"_s}}},
            {active.at(40), {{u"EMAIL"_s, u"renamed.sync@acme.example"_s}}},
            {active.at(50), {{u"UF_DEPARTMENT"_s, QJsonArray{2}}}},
            {active.at(60), {{u"NAME"_s, u"Ёлка"_s}, {u"WORK_POSITION"_s, u"Бухгалтер синхронизации"_s}}},
        };
        for (const auto &[id, fields] : edits) {
            const QJsonObject answer =
                control(*m_sandbox, "POST", u"users/update"_s, {{u"id"_s, id}, {u"fields"_s, fields}});
            QVERIFY2(answer.value("ok"_L1).toBool(), QJsonDocument(answer).toJson());
        }
        const QList<qint64> dismissed = {active.at(70), active.at(80), active.at(90)};
        for (const qint64 id : dismissed) {
            const QJsonObject answer =
                control(*m_sandbox, "POST", u"users/update"_s,
                        {{u"id"_s, id}, {u"fields"_s, QJsonObject{{u"ACTIVE"_s, u"N"_s}}}});
            QVERIFY2(answer.value("ok"_L1).toBool(), QJsonDocument(answer).toJson());
        }

        const SyncRun run = fullSync(*m_session, *m_runner);
        QVERIFY2(run.finished, qPrintable(run.failure));
        QCOMPARE(run.summary.usersAdded, Added);
        QCOMPARE(run.summary.usersChanged, int(edits.size() + dismissed.size()));
        // The control endpoints cannot delete anyone: nothing may be counted as removed.
        QCOMPARE(run.summary.usersRemoved, 0);
        QCOMPARE(run.summary.userCount, int(before.size()) + Added);
        QCOMPARE(compareWithPortal(), run.summary.userCount);

        DirectoryReader reader(m_path);
        QVERIFY(reader.open().ok());
        for (const qint64 id : dismissed)
            QCOMPARE(reader.userDetails(id)->user.state, UserState::Dismissed);
        const DirectorySyncStatus status = reader.syncStatus();
        QCOMPARE(status.lastAdded, Added);
        QCOMPARE(status.lastChanged, int(edits.size() + dismissed.size()));
        QCOMPARE(status.lastRemoved, 0);

        // The search follows the changes: new names, new phone digits, Cyrillic edits.
        QCOMPARE(search(u"quintero"_s).size(), Added);
        QVERIFY(search(u"angstrom-sync"_s).contains(active.at(30)));
        QVERIFY(search(u"7495765"_s).contains(active.at(20)));
        QVERIFY(search(u"елка"_s).contains(active.at(60)));
        QVERIFY(search(u"renamed.sync"_s).contains(active.at(40)));
    }

    void unchangedSandboxSyncsToNoChanges() {
        const SyncRun run = fullSync(*m_session, *m_runner);
        QVERIFY2(run.finished, qPrintable(run.failure));
        QCOMPARE(run.summary.usersAdded, 0);
        QCOMPARE(run.summary.usersChanged, 0);
        QCOMPARE(run.summary.usersRemoved, 0);
        QCOMPARE(run.summary.text(), DirectorySyncSummary{}.text());
    }
};

QTEST_GUILESS_MAIN(TestDirectorySandboxSync)
#include "tst_directory_sandboxsync.moc"
