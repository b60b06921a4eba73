// Storage fault injection into the directory sync, in the manner of tst_outboxfaults: a full sync runs
// with the N-th database access failing (DirectorySync::failAccess), for every N until a sync completes
// without reaching N. Each time the sync must report failed(), the file must still open (with the
// writer's checks: quick_check, schema) and hold exactly the previous complete copy, never a mixture;
// then the same writer syncs again without a fault and the file must hold exactly what a sync into a
// fresh file gives, with the right counts.
//
// One writer lives through the whole run, as in the application, and the portal alternates between two
// states A and B, so that both directions are failed at every access: A -> B adds, edits, dismisses and
// drops people, B -> A undoes it. Pages are fed to the writer directly, in the order
// Workspace::refreshDirectory() sends them (every page is delivered, also after a failure: they were
// already queued).

#include "directory/directorydatabase.h"
#include "directory/directorysync.h"
#include "directory/portalfields.h"
#include "directory/searchtext.h"

#include "userfixtures.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 25;

// What the portal returns in one full sync.
struct Company {
    QJsonArray departments;
    QJsonArray users;
};

Company initialCompany(int users) {
    return {UserFixtures::departments(), UserFixtures::users(1, users)};
}

// The second state: people added, edited (position, phone, name, e-mail, department), dismissed and
// gone; a department renamed and one gone.
Company changedCompany(int users) {
    Company company;
    for (const QJsonValue &value : UserFixtures::departments()) {
        QJsonObject row = value.toObject();
        if (row.value(u"ID"_s) == u"24"_s)
            continue;
        if (row.value(u"ID"_s) == u"7"_s)
            row.insert(u"NAME"_s, u"Logistik Hamburg"_s);
        company.departments << row;
    }
    const QHash<int, QJsonObject> edits = {
        {3, {{u"WORK_POSITION"_s, u"Chief synchronisation officer"_s}}},
        {10, {{u"WORK_PHONE"_s, u"+7 (495) 765-43-21"_s}}},
        {15, {{u"LAST_NAME"_s, u"Ångström-Sync"_s}}},
        {22, {{u"EMAIL"_s, u"renamed.sync@acme.example"_s}}},
        {30, {{u"UF_DEPARTMENT"_s, QJsonArray{5}}}},
        {40, {{u"ACTIVE"_s, u"N"_s}}},
        {41, {{u"ACTIVE"_s, false}}},
        {43, {{u"ACTIVE"_s, false}}},
    };
    for (int id = 1; id <= users; ++id) {
        if (id == 44 || id == 45)
            continue; // no longer returned by the portal
        QJsonObject row = UserFixtures::user(id);
        const QJsonObject edit = edits.value(id);
        for (auto it = edit.begin(); it != edit.end(); ++it)
            row.insert(it.key(), it.value());
        company.users << row;
    }
    for (int id = users + 1; id <= users + 8; ++id)
        company.users << UserFixtures::user(id);
    return company;
}

// Rows keyed by ID, to count what a sync from one state to another must report.
QHash<qint64, QJsonObject> byId(const QJsonArray &rows) {
    QHash<qint64, QJsonObject> map;
    for (const QJsonValue &value : rows)
        map.insert(PortalFields::id(value.toObject().value(u"ID"_s)).value_or(0), value.toObject());
    return map;
}

struct Counts {
    int added = 0;
    int changed = 0;
    int removed = 0;
};

Counts expectedCounts(const QJsonArray &fromRows, const QJsonArray &toRows) {
    const QHash<qint64, QJsonObject> from = byId(fromRows);
    const QHash<qint64, QJsonObject> to = byId(toRows);
    Counts counts;
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (!from.contains(it.key()))
            ++counts.added;
        else if (from.value(it.key()) != it.value())
            ++counts.changed;
    }
    for (auto it = from.begin(); it != from.end(); ++it)
        if (!to.contains(it.key()))
            ++counts.removed;
    return counts;
}

struct Outcome {
    int finished = 0;
    int failed = 0;
    QString message;
    DirectorySyncSummary summary;
};

// One full sync on this thread; the signals arrive before each call returns.
Outcome runSync(DirectorySync &sync, const Company &company) {
    Outcome outcome;
    QObject context;
    QObject::connect(&sync, &DirectorySync::finished, &context, [&](const DirectorySyncSummary &summary) {
        ++outcome.finished;
        outcome.summary = summary;
    });
    QObject::connect(&sync, &DirectorySync::failed, &context, [&](const DirectoryError &error) {
        ++outcome.failed;
        outcome.message = error.userMessage();
    });
    sync.beginFullSync(company.users.size());
    sync.ingestDepartments(company.departments);
    qsizetype first = 0;
    do { // a company without people still gets its one (empty) page
        QJsonArray page;
        for (qsizetype i = first; i < std::min(company.users.size(), first + PageSize); ++i)
            page << company.users.at(i);
        sync.ingestUsers(page);
        first += PageSize;
    } while (first < company.users.size());
    sync.finishFullSync();
    return outcome;
}

// Everything the file holds, as sorted text lines: the schema (a sort index left out would show), every
// row of every table and the text of the search indexes. What only says when or in which sync a row was
// written (seen_generation, sync_state) is left out of data; sync_state is kept in status.
struct Snapshot {
    QString error;
    QStringList data;
    QStringList status;
};

void readRows(QSqlQuery &query, const QString &table, QStringList *lines) {
    const QSqlRecord record = query.record();
    QList<std::pair<int, QString>> fields;
    for (int i = 0; i < record.count(); ++i)
        if (record.fieldName(i) != u"seen_generation" && record.fieldName(i) != u"generation")
            fields.append({i, u' ' + record.fieldName(i) + u'='});
    while (query.next()) {
        QString line = table + u':';
        for (const auto &[i, name] : std::as_const(fields)) {
            const QVariant value = query.value(i);
            line += name + (value.isNull() ? u"NULL"_s
                            : value.typeId() == QMetaType::QByteArray
                                ? QString::fromLatin1(value.toByteArray().toHex())
                                : value.toString());
        }
        *lines << line;
    }
}

Snapshot snapshot(const QString &path) {
    Snapshot shot;
    // As the writer opens it at start-up: quick_check and the schema version; a damaged file would be
    // set aside and replaced by an empty one.
    DirectoryDatabase file(path, u"faultcheck"_s);
    const DirectoryResult<DirectoryOpenReport> report = file.open(DirectoryDatabase::OpenMode::Check);
    if (!report || report.value().setAside != DirectoryOpenReport::SetAside::No) {
        shot.error =
            u"the file does not open as it is: "_s + (report ? u"set aside"_s : report.error().logText());
        return shot;
    }
    QSqlQuery query(file.database());
    const auto fail = [&](const QString &what) {
        shot.error = what + u": " + query.lastError().text();
        return shot;
    };
    if (!query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master"_s))
        return fail(u"schema"_s);
    QStringList tables;
    QStringList virtualTables;
    while (query.next()) {
        shot.data << u"schema: "_s + query.value(0).toString() + u' ' + query.value(1).toString() + u' ' +
                         query.value(3).toString();
        const QString name = query.value(1).toString();
        if (query.value(0).toString() != u"table" || name.startsWith(u"sqlite_"))
            continue;
        (query.value(3).toString().startsWith(u"CREATE VIRTUAL") ? virtualTables : tables) << name;
    }
    for (const QString &table : std::as_const(tables)) {
        // An FTS table's shadow tables hold its segments, whose layout depends on the order of the writes.
        if (std::any_of(virtualTables.begin(), virtualTables.end(),
                        [&](const QString &fts) { return table.startsWith(fts + u'_'); }))
            continue;
        if (table == u"file_identity") // random per file by design: two files never share it
            continue;
        if (!query.exec(u"SELECT * FROM "_s + table))
            return fail(table);
        readRows(query, table, table == u"sync_state" ? &shot.status : &shot.data);
    }
    for (const QString &fts : std::as_const(virtualTables)) {
        // The index agrees with its content (a half-written index shows here), and holds this text.
        if (!query.exec(u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(fts)))
            return fail(fts + u" integrity-check");
        // The index keeps no text (contentless): what it holds shows as who each one-character prefix
        // finds, and who is in it at all (every person has a state token).
        QStringList prefixes{u'"' + SearchText::TokenMark + u"\"*"_s};
        for (const QChar c : u"abcdefghijklmnopqrstuvwxyz0123456789"_s)
            prefixes << u'"' + QString(c) + u"\"*"_s;
        for (const QString &prefix : std::as_const(prefixes)) {
            if (!query.exec(u"SELECT group_concat(rowid) FROM %1 WHERE %1 MATCH '%2'"_s.arg(fts, prefix)))
                return fail(fts);
            readRows(query, fts + u' ' + prefix, &shot.data);
        }
    }
    shot.data.sort();
    return shot;
}

// The first line that differs, to say where two copies part.
QString firstDifference(const QStringList &actual, const QStringList &expected) {
    for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
        const QString a = actual.value(i, u"(nothing)"_s);
        const QString e = expected.value(i, u"(nothing)"_s);
        if (a != e)
            return u"line %1 of %2 (expected %3):\n  in the file: %4\n  expected:    %5"_s.arg(i)
                .arg(actual.size())
                .arg(expected.size())
                .arg(a.left(300), e.left(300));
    }
    return {};
}

// The writer's warnings, collected so that each run can be checked for exactly the expected ones.
QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void collectDirectoryLog(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (context.category && qstrcmp(context.category, "invitedesk.directory") == 0) {
        if (type != QtDebugMsg && type != QtInfoMsg)
            s_warnings << message;
        return;
    }
    s_previousHandler(type, context, message);
}

} // namespace

class TestSyncStorageFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // What a sync of company into a new file leaves there.
    Snapshot truthOf(const Company &company, const QString &name) {
        const QString file = m_dir.filePath(name + u".sqlite");
        {
            DirectorySync sync(file);
            sync.open();
            if (runSync(sync, company).finished != 1)
                return {u"the reference sync did not finish"_s, {}, {}};
        }
        return snapshot(file);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        s_previousHandler = qInstallMessageHandler(collectDirectoryLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }
    void init() { s_warnings.clear(); }

    void failAtEveryAccess_data() {
        QTest::addColumn<bool>("emptyFirst");
        QTest::addColumn<int>("users");
        // A: 50 people in 24 departments; B: 8 added, 5 edited, 3 dismissed, 2 gone, a department
        // renamed and one gone.
        QTest::newRow("50 people changed") << false << 50;
        // A: departments without people; B: 30 people. A -> B fills an empty users table, which
        // drops the sort indexes and builds them at the end; B -> A removes everyone.
        QTest::newRow("30 people into an empty directory") << true << 30;
    }

    void failAtEveryAccess() {
        QFETCH(bool, emptyFirst);
        QFETCH(int, users);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const Company states[2] = {
            emptyFirst ? Company{UserFixtures::departments(), {}} : initialCompany(users),
            emptyFirst ? initialCompany(users) : changedCompany(users),
        };
        Snapshot truths[2];
        for (int s = 0; s < 2; ++s) {
            truths[s] = truthOf(states[s], tag + u"-truth" + QString::number(s));
            QVERIFY2(truths[s].error.isEmpty(), qPrintable(truths[s].error));
        }
        QVERIFY2(truths[0].data != truths[1].data, "the syncs under test would change nothing");
        QVERIFY2(s_warnings.isEmpty(), qPrintable(s_warnings.join(u'\n')));

        const QString work = m_dir.filePath(tag + u"-work.sqlite");
        DirectorySync sync(work);
        // Time stands still for the writer: no batch ends because the machine was slow, so after every
        // fault the file must hold exactly the previous copy.
        sync.setClock([] { return qint64(0); });
        bool opened = false;
        QObject context;
        connect(&sync, &DirectorySync::opened, &context,
                [&opened](const DirectoryResult<QString> &notice) { opened = notice.ok(); });
        sync.open();
        QVERIFY(opened);
        QCOMPARE(runSync(sync, states[0]).finished, 1);
        Snapshot previous = snapshot(work);
        if (previous.data != truths[0].data)
            QFAIL(qPrintable(firstDifference(previous.data, truths[0].data)));

        const QString failedText = DirectoryError(DirectoryError::Kind::WriteFailed).userMessage();
        QElapsedTimer total;
        total.start();
        int at = 0; // the state the file holds
        int runs = 0;
        qint64 n = 1;
        for (;; ++n) {
            bool reachedAny = false;
            for (int direction = 0; direction < 2; ++direction, at = 1 - at) {
                const int to = 1 - at;
                const QByteArray where = tag.toUtf8() + ", sync " + QByteArray::number(at) + " -> " +
                                         QByteArray::number(to) + ", fault at access " +
                                         QByteArray::number(n);
                const auto say = [&where](const QString &what) {
                    return QByteArray(where + ": " + what.toUtf8());
                };
                const Counts people = expectedCounts(states[at].users, states[to].users);
                const Counts departments = expectedCounts(states[at].departments, states[to].departments);
                const auto checkCounts = [&](const DirectorySyncSummary &summary) {
                    return summary.usersAdded == people.added && summary.usersChanged == people.changed &&
                           summary.usersRemoved == people.removed &&
                           summary.departmentsAdded == departments.added &&
                           summary.departmentsChanged == departments.changed &&
                           summary.departmentsRemoved == departments.removed &&
                           summary.userCount == states[to].users.size() &&
                           summary.departmentCount == states[to].departments.size();
                };

                s_warnings.clear();
                sync.failAccess(n);
                const Outcome faulted = runSync(sync, states[to]);
                const bool reached = sync.accessCount() >= n;
                ++runs;
                if (reached) {
                    reachedAny = true;
                    QVERIFY2(faulted.failed == 1 && faulted.finished == 0, where.constData());
                    QCOMPARE(faulted.message, failedText);
                    // The log says which access failed; pages that were still queued are only ignored.
                    const QString failure =
                        u"directory sync failed: \"injected storage fault at access %1\""_s.arg(n);
                    QVERIFY2(s_warnings.count(failure) == 1, say(s_warnings.join(u'\n')).constData());
                    for (const QString &warning : std::as_const(s_warnings))
                        QVERIFY2(warning == failure || warning.endsWith(u"outside a full sync ignored"),
                                 say(warning).constData());

                    const Snapshot afterFault = snapshot(work);
                    QVERIFY2(afterFault.error.isEmpty(), say(afterFault.error).constData());
                    if (afterFault.data != previous.data)
                        QFAIL(say(u"not the previous copy at "_s +
                                  firstDifference(afterFault.data, previous.data))
                                  .constData());
                    if (afterFault.status != previous.status)
                        QFAIL(say(u"sync state changed at "_s +
                                  firstDifference(afterFault.status, previous.status))
                                  .constData());

                    // The same writer runs the sync again, as the next refresh would.
                    s_warnings.clear();
                    sync.failAccess(0);
                    const Outcome again = runSync(sync, states[to]);
                    QVERIFY2(again.finished == 1 && again.failed == 0, where.constData());
                    QVERIFY2(checkCounts(again.summary), where.constData());
                } else {
                    // Every access of this direction has been failed once: a plain sync.
                    QVERIFY2(faulted.finished == 1 && faulted.failed == 0, where.constData());
                    QVERIFY2(checkCounts(faulted.summary), where.constData());
                }
                QVERIFY2(s_warnings.isEmpty(), say(s_warnings.join(u'\n')).constData());
                previous = snapshot(work);
                QVERIFY2(previous.error.isEmpty(), say(previous.error).constData());
                if (previous.data != truths[to].data)
                    QFAIL(say(u"not the new truth at "_s + firstDifference(previous.data, truths[to].data))
                              .constData());
            }
            if (!reachedAny)
                break;
        }
        qInfo("%s: failed each of %lld storage accesses in turn, both ways, in %.1f s (%d runs)",
              qPrintable(tag), n - 1, double(total.elapsed()) / 1000.0, runs);
        QVERIFY(n > 100);
    }
};

QTEST_GUILESS_MAIN(TestSyncStorageFaults)
#include "tst_syncstoragefaults.moc"
