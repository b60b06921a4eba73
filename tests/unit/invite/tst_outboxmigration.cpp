// Migrating the outbox file from schema 2 (as released) to the current schema: drafts written by
// the older version come back intact, the new drafts.fields column holds a tab's own fields, and a
// migration that fails at any step leaves the old file exactly as it was.
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/outboxdatabase.h"

#include "../../inviteresults.h"
#include "releasedoutbox.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Schema 2 as released, with one queued invitation and one draft of the e-mail tab.
const QStringList SchemaV2 = ReleasedOutbox::schema(
    2, {u"INSERT INTO invitations (idempotency_key, portal, email, email_key, first_name, department_ids,"
        " state, created_at, updated_at, phone) VALUES ('old@example.com|acme.bitrix24.com',"
        " 'acme.bitrix24.com', 'old@example.com', 'old@example.com', 'Olaf', '1', 'queued',"
        " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '+49 170 1234567')"_s,
        u"INSERT INTO drafts (portal, tab, saved_at, recipients, message, template_name, department_ids,"
        " department_name, extranet, group_ids) VALUES ('acme.bitrix24.com', 'email',"
        " '2024-02-03T04:05:06.789Z', 'nina@example.com, Boris <boris@example.com>',"
        " 'Hi {first_name}, join us.', 'Welcome', '5', 'Support', 0, '')"_s});

const QString Portal = u"acme.bitrix24.com"_s;

using ReleasedOutbox::columnsOf;

// Reads the file with a plain connection of its own: version and drafts' columns, no migration.
struct RawState {
    int version = -1;
    QStringList draftColumns;
    int drafts = -1;
};

RawState readRaw(const QString &path) {
    const QString name = u"raw-reader"_s;
    RawState state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT version FROM schema_version"_s) && q.next())
                state.version = q.value(0).toInt();
            if (q.exec(u"SELECT COUNT(*) FROM drafts"_s) && q.next())
                state.drafts = q.value(0).toInt();
            q.finish();
            state.draftColumns = columnsOf(db, u"drafts"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

bool writeVersion2(const QString &path) {
    const QString name = u"v2-writer"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : SchemaV2) {
            if (!ok)
                break;
            ok = q.exec(statement);
            if (!ok)
                qWarning("%s", qPrintable(statement));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void verifyOldDraft(const InvitationDraft &d) {
    QCOMPARE(d.tab, u"email"_s);
    QCOMPARE(d.recipients, u"nina@example.com, Boris <boris@example.com>"_s);
    QCOMPARE(d.message, u"Hi {first_name}, join us."_s);
    QCOMPARE(d.templateName, u"Welcome"_s);
    QCOMPARE(d.departmentIds, QList<int>{5});
    QCOMPARE(d.departmentName, u"Support"_s);
    QCOMPARE(d.extranet, false);
    QVERIFY(d.groupIds.isEmpty());
    QCOMPARE(d.savedAt, QDateTime::fromString(u"2024-02-03T04:05:06.789Z"_s, Qt::ISODateWithMs));
    QVERIFY(d.savedAt.isValid());
    QVERIFY(d.fields.isEmpty());
}

} // namespace

class TestOutboxMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_dir.reset(); }
    void version2FileKeepsItsDraft();
    void failedMigrationLeavesTheFileAsItWas();
    void fieldsRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestOutboxMigration::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"outbox.sqlite"_s);
}

void TestOutboxMigration::version2FileKeepsItsDraft() {
    QVERIFY(writeVersion2(m_path));
    const RawState before = readRaw(m_path);
    QCOMPARE(before.version, 2);
    QVERIFY(!before.draftColumns.contains(u"fields"_s));

    {
        OutboxDatabase db(m_path);
        QVERIFY(succeeded(db.open()));
        InvitationDrafts drafts(db);
        const std::optional<InvitationDraft> draft = drafts.restore(Portal, u"email"_s);
        QVERIFY(draft);
        verifyOldDraft(*draft);
        QVERIFY(!drafts.restore(Portal, u"register"_s));

        // The invitation of the old file is there too.
        InvitationOutbox outbox(db);
        QList<Invitation> rows;
        QVERIFY(takeResult(outbox.invitations(Portal, std::nullopt), &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().email, u"old@example.com"_s);
        QCOMPARE(rows.first().phone, u"+49 170 1234567"_s);
    }
    const RawState after = readRaw(m_path);
    QCOMPARE(after.version, OutboxDatabase::SchemaVersion);
    QCOMPARE(after.version, 3);
    QCOMPARE(after.draftColumns.count(u"fields"_s), 1);
    QCOMPARE(after.drafts, 1);

    // A migrated file opens without migrating again.
    OutboxDatabase again(m_path);
    QVERIFY(succeeded(again.open()));
    QCOMPARE(columnsOf(again.connection(), u"drafts"_s).count(u"fields"_s), 1);
}

// The migration runs in one transaction: whichever storage access fails, the file stays at
// version 2 with its draft, and the next open migrates it.
void TestOutboxMigration::failedMigrationLeavesTheFileAsItWas() {
    bool opened = false;
    for (int n = 1; n < 30 && !opened; ++n) {
        QFile::remove(m_path);
        QFile::remove(m_path + u"-wal"_s);
        QFile::remove(m_path + u"-shm"_s);
        QVERIFY(writeVersion2(m_path));
        {
            OutboxDatabase db(m_path);
            db.failAccess(n);
            opened = db.open().ok();
        }
        if (opened)
            break;
        const RawState state = readRaw(m_path);
        QVERIFY2(state.version == 2,
                 qPrintable(u"fault at access %1: version %2"_s.arg(n).arg(state.version)));
        QVERIFY2(!state.draftColumns.contains(u"fields"_s), qPrintable(u"fault at access %1"_s.arg(n)));
        QCOMPARE(state.drafts, 1);

        OutboxDatabase db(m_path);
        QVERIFY(succeeded(db.open()));
        InvitationDrafts drafts(db);
        const std::optional<InvitationDraft> draft = drafts.restore(Portal, u"email"_s);
        QVERIFY(draft);
        verifyOldDraft(*draft);
    }
    QVERIFY(opened); // some n is past the last access of open()
}

void TestOutboxMigration::fieldsRoundTrip() {
    QVERIFY(writeVersion2(m_path));
    OutboxDatabase db(m_path);
    QVERIFY(succeeded(db.open()));
    InvitationDrafts drafts(db);
    InvitationDraft draft;
    draft.portal = u"ACME.bitrix24.com "_s;
    draft.tab = u"register"_s;
    draft.departmentIds = {3};
    draft.departmentName = u"Sales"_s;
    draft.fields = QJsonObject{
        {u"firstName"_s, u"Jürgen"_s}, {u"email"_s, u"juergen@example.de"_s}, {u"phone"_s, u"+49 30 123"_s}};
    QVERIFY(succeeded(drafts.save(draft)));
    const std::optional<InvitationDraft> back = drafts.restore(Portal, u"register"_s);
    QVERIFY(back);
    QCOMPARE(back->fields, draft.fields);
    QCOMPARE(back->departmentIds, QList<int>{3});
    // The other tab's draft is untouched.
    const std::optional<InvitationDraft> email = drafts.restore(Portal, u"email"_s);
    QVERIFY(email);
    verifyOldDraft(*email);

    // A damaged value costs the fields, not the draft.
    QVERIFY(db.exec(u"UPDATE drafts SET fields = 'not json' WHERE tab = 'register'"_s));
    const std::optional<InvitationDraft> damaged = drafts.restore(Portal, u"register"_s);
    QVERIFY(damaged);
    QVERIFY(damaged->fields.isEmpty());
    QCOMPARE(damaged->departmentName, u"Sales"_s);
}

QTEST_MAIN(TestOutboxMigration)
#include "tst_outboxmigration.moc"
