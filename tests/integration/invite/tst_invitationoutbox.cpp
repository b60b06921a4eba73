#include "invite/invitationauditlog.h"
#include "invite/invitationdrafts.h"
#include "invite/invitationoutbox.h"
#include "invite/outboxdatabase.h"
#include "invite/templatelibrary.h"

#include "../../inviteresults.h"
#include "releasedoutbox.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

// The outbox file on a real SQLite file: opening and migrations, the state machine, idempotency,
// drafts, saved templates and the audit log export.
class TestInvitationOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWithSafeSettings();
    void refusesNewerSchema();
    void refusesDamagedFile();
    void migratesVersion1File();
    void phoneIsStored();
    void enqueueIsIdempotent();
    void enqueueIsAllOrNothing();
    void stateMachine();
    void retryAndDiscard();
    void connectionPerThread();
    void draftsSurviveACrash();
    void templateLibrary();
    void auditLogCsv();
    void auditCsvNeutralisesHiddenFormulas_data();
    void auditCsvNeutralisesHiddenFormulas();

private:
    NewInvitation invitation(const QString &email,
                             const QString &portal = QStringLiteral("acme.bitrix24.com"));
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

NewInvitation TestInvitationOutbox::invitation(const QString &email, const QString &portal) {
    NewInvitation n;
    n.portal = portal;
    n.email = email;
    n.firstName = QStringLiteral("Anna");
    n.lastName = QStringLiteral("Schmidt");
    n.departmentIds = {1, 7};
    n.departmentName = QStringLiteral("Sales");
    n.message = QStringLiteral("Hello Anna");
    n.tab = QStringLiteral("email");
    n.inviter = QStringLiteral("Olga");
    return n;
}

void TestInvitationOutbox::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("outbox.sqlite"));
}

void TestInvitationOutbox::cleanup() {
    m_dir.reset();
}

void TestInvitationOutbox::opensWithSafeSettings() {
    {
        OutboxDatabase db(m_path);
        QVERIFY(succeeded(db.open()));
        QCOMPARE(db.journalMode(), QStringLiteral("wal"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), OutboxDatabase::SchemaVersion);
    }
    OutboxDatabase again(m_path); // reopening keeps the schema and does not migrate twice
    QVERIFY(succeeded(again.open()));
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestInvitationOutbox::refusesNewerSchema() {
    {
        OutboxDatabase db(m_path);
        QVERIFY(db.open());
        QVERIFY(db.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    OutboxDatabase db(m_path);
    const InviteResult<void> opened = db.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind(), InviteError::Kind::NewerVersion);
    QVERIFY(opened.error().logText().contains(QStringLiteral("99")));
}

void TestInvitationOutbox::refusesDamagedFile() {
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray junk("SQLite format 3");
    junk.append(char(0));
    junk.append(QByteArray(8192, 'x'));
    f.write(junk);
    f.close();
    OutboxDatabase db(m_path);
    const InviteResult<void> opened = db.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind(), InviteError::Kind::Damaged);
    QVERIFY(!opened.error().logText().isEmpty());
}

namespace {

// Schema 1 as released, with one queued invitation.
const QStringList SchemaV1 = ReleasedOutbox::schema(
    1, {QStringLiteral(
           "INSERT INTO invitations (idempotency_key, portal, email, email_key, first_name, department_ids,"
           " state, created_at, updated_at) VALUES ('old@example.com|acme.bitrix24.com', 'acme.bitrix24.com',"
           " 'old@example.com', 'old@example.com', 'Olaf', '1', 'queued', '2024-01-01T00:00:00.000Z',"
           " '2024-01-01T00:00:00.000Z')")});

using ReleasedOutbox::columnsOf;

} // namespace

void TestInvitationOutbox::migratesVersion1File() {
    const QString name = QStringLiteral("v1-writer");
    {
        QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        v1.setDatabaseName(m_path);
        QVERIFY(v1.open());
        QSqlQuery q(v1);
        for (const QString &statement : SchemaV1)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(!columnsOf(v1, QStringLiteral("invitations")).contains(QStringLiteral("phone")));
        v1.close();
    }
    QSqlDatabase::removeDatabase(name);

    {
        OutboxDatabase db(m_path);
        QVERIFY(succeeded(db.open()));
        QVERIFY(columnsOf(db.connection(), QStringLiteral("invitations")).contains(QStringLiteral("phone")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), OutboxDatabase::SchemaVersion);
        QVERIFY(!q.next()); // still one row
        q.finish();

        // The old row survived, with an empty phone; new rows take one.
        InvitationOutbox outbox(db);
        QList<Invitation> rows;
        QVERIFY(takeResult(outbox.invitations(QStringLiteral("acme.bitrix24.com"), std::nullopt), &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().email, QStringLiteral("old@example.com"));
        QCOMPARE(rows.first().firstName, QStringLiteral("Olaf"));
        QCOMPARE(rows.first().phone, QString());
        NewInvitation n = invitation(QStringLiteral("new@example.com"));
        n.phone = QStringLiteral("+49 170 1234567");
        QVERIFY(succeeded(outbox.enqueue({n})));
        QVERIFY(takeResult(outbox.invitations(QStringLiteral("acme.bitrix24.com"), std::nullopt), &rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().phone, QStringLiteral("+49 170 1234567"));
    }
    OutboxDatabase again(m_path); // a migrated file opens without migrating again
    QVERIFY(succeeded(again.open()));
    QCOMPARE(columnsOf(again.connection(), QStringLiteral("invitations")).count(QStringLiteral("phone")), 1);
}

void TestInvitationOutbox::phoneIsStored() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    NewInvitation with = invitation(QStringLiteral("with.phone@example.com"));
    with.phone = QStringLiteral("  +1 555 0100 ");
    const NewInvitation without = invitation(QStringLiteral("without.phone@example.com"));
    EnqueueReport report;
    QVERIFY(takeResult(outbox.enqueue({with, without}), &report));
    QCOMPARE(report.queuedIds.size(), 2);
    QCOMPARE(outbox.invitation(report.queuedIds.at(0))->phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(outbox.invitation(report.queuedIds.at(1))->phone, QString());
    QList<Invitation> taken;
    QVERIFY(takeResult(outbox.takeForSending(QStringLiteral("acme.bitrix24.com"), 10), &taken));
    QCOMPARE(taken.size(), 2);
    QCOMPARE(taken.first().phone, QStringLiteral("+1 555 0100"));
}

void TestInvitationOutbox::enqueueIsIdempotent() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    EnqueueReport rep;
    QVERIFY(takeResult(
        outbox.enqueue({invitation(QStringLiteral("anna@example.com")),
                        invitation(QStringLiteral("ANNA@example.com.")), invitation(QStringLiteral("bad@")),
                        invitation(QStringLiteral("bo@example.com"))}),
        &rep));
    QCOMPARE(rep.queuedIds.size(), 2);
    QCOMPARE(rep.alreadyPending, QStringList{QStringLiteral("ANNA@example.com.")});
    QCOMPARE(rep.invalid, QStringList{QStringLiteral("bad@")});

    QVERIFY(takeResult(outbox.enqueue({invitation(QStringLiteral("Anna@Example.com"))}), &rep));
    QVERIFY(rep.queuedIds.isEmpty());
    QCOMPARE(rep.alreadyPending.size(), 1);

    // Spec §6.7: employees need a department, extranet users a workgroup.
    NewInvitation noDepartment = invitation(QStringLiteral("nodept@example.com"));
    noDepartment.departmentIds.clear();
    NewInvitation extranetNoGroup = invitation(QStringLiteral("ext@example.com"));
    extranetNoGroup.extranet = true;
    NewInvitation extranet = extranetNoGroup;
    extranet.email = QStringLiteral("ext2@example.com");
    extranet.groupIds = {9};
    QVERIFY(!InvitationOutbox::targetProblem(noDepartment).isEmpty());
    QVERIFY(takeResult(outbox.enqueue({noDepartment, extranetNoGroup, extranet}), &rep));
    QCOMPARE(rep.missingTarget, QStringList({noDepartment.email, extranetNoGroup.email}));
    QCOMPARE(rep.queuedIds.size(), 1);
    QCOMPARE(outbox.invitation(rep.queuedIds.first())->groupIds, QList<int>{9});
    QVERIFY(outbox.invitation(rep.queuedIds.first())->extranet);

    QVERIFY(takeResult(outbox.enqueue({invitation(QStringLiteral("Anna@Example.com"))}), &rep));
    QCOMPARE(rep.alreadyPending.size(), 1);

    // Another portal is another mailbox owner.
    QVERIFY(takeResult(
        outbox.enqueue({invitation(QStringLiteral("anna@example.com"), QStringLiteral("other.bitrix24.de"))}),
        &rep));
    QCOMPARE(rep.queuedIds.size(), 1);

    // The database itself refuses a second pending row, even if a caller skipped the check.
    QSqlQuery q(db.connection());
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO invitations (idempotency_key, portal, email, email_key, state,"
                               " created_at, updated_at) SELECT idempotency_key, portal, email, email_key,"
                               " 'queued', created_at, updated_at FROM invitations WHERE id = 1")));

    QSet<QString> keys;
    QVERIFY(takeResult(outbox.pendingKeys(QStringLiteral("ACME.bitrix24.com")), &keys));
    QCOMPARE(keys, QSet<QString>({QStringLiteral("anna@example.com"), QStringLiteral("bo@example.com"),
                                  QStringLiteral("ext2@example.com")}));
}

void TestInvitationOutbox::enqueueIsAllOrNothing() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    db.failAccess(6); // somewhere in the middle of the inserts
    QVERIFY(!outbox.enqueue({invitation(QStringLiteral("a@x.com")), invitation(QStringLiteral("b@x.com")),
                             invitation(QStringLiteral("c@x.com"))}));
    db.failAccess(0);
    QList<Invitation> all;
    QVERIFY(takeResult(outbox.invitations(QStringLiteral("acme.bitrix24.com"), std::nullopt), &all));
    QVERIFY(all.isEmpty());
}

void TestInvitationOutbox::stateMachine() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    QVERIFY(outbox.enqueue({invitation(QStringLiteral("a@x.com")), invitation(QStringLiteral("b@x.com")),
                            invitation(QStringLiteral("c@x.com")), invitation(QStringLiteral("d@x.com"))}));
    QList<Invitation> taken;
    QVERIFY(takeResult(outbox.takeForSending(QStringLiteral("acme.bitrix24.com"), 3), &taken));
    QCOMPARE(taken.size(), 3);
    QCOMPARE(taken.first().email, QStringLiteral("a@x.com"));
    QCOMPARE(taken.first().departmentIds, QList<int>({1, 7}));
    QCOMPARE(taken.first().attempts, 1);
    QCOMPARE(outbox.invitation(taken.first().id)->state, InvitationState::Sending);

    InvitationOutcome sent{taken.at(0).id, InvitationState::Sent, 501, {}, {}, QStringLiteral("501")};
    InvitationOutcome failed{taken.at(1).id,
                             InvitationState::Failed,
                             0,
                             InvitationFailure::fromPortalError(QStringLiteral("ERROR_ARGUMENT"),
                                                                QStringLiteral("user_count_exceeded")),
                             {},
                             QStringLiteral("ERROR_ARGUMENT: user_count_exceeded")};
    InvitationOutcome review{taken.at(2).id,
                             InvitationState::NeedsReview,
                             0,
                             InvitationFailure::fromPortalError(QStringLiteral("ERROR_CORE"), QString()),
                             {},
                             {}};
    QVERIFY(outbox.applyOutcomes({sent, failed, review}));
    QCOMPARE(outbox.invitation(taken.at(0).id)->userId, 501);
    QCOMPARE(outbox.invitation(taken.at(1).id)->failure.kind, InvitationFailureKind::Limit);
    QCOMPARE(outbox.invitation(taken.at(2).id)->state, InvitationState::NeedsReview);

    // A late answer cannot undo a final state.
    InvitationOutcome late{taken.at(0).id, InvitationState::Queued, 0, {}, {}, {}};
    QVERIFY(outbox.applyOutcomes({late}));
    QCOMPARE(outbox.invitation(taken.at(0).id)->state, InvitationState::Sent);

    QHash<InvitationState, int> counts;
    QVERIFY(takeResult(outbox.countByState(QStringLiteral("acme.bitrix24.com")), &counts));
    QCOMPARE(counts.value(InvitationState::Sent), 1);
    QCOMPARE(counts.value(InvitationState::Failed), 1);
    QCOMPARE(counts.value(InvitationState::NeedsReview), 1);
    QCOMPARE(counts.value(InvitationState::Queued), 1);

    // Once sent, the address is no longer pending: the classifier (not the outbox) stops re-invites.
    EnqueueReport rep;
    QVERIFY(takeResult(outbox.enqueue({invitation(QStringLiteral("a@x.com"))}), &rep));
    QCOMPARE(rep.queuedIds.size(), 1);
}

void TestInvitationOutbox::retryAndDiscard() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    QVERIFY(outbox.enqueue({invitation(QStringLiteral("a@x.com")), invitation(QStringLiteral("b@x.com"))}));
    QList<Invitation> taken;
    QVERIFY(takeResult(outbox.takeForSending(QStringLiteral("acme.bitrix24.com"), 2), &taken));
    QVERIFY(!outbox.discard(taken.at(0).id)); // never a row in flight
    QVERIFY(!outbox.retry(taken.at(0).id));
    QVERIFY(outbox.applyOutcomes(
        {{taken.at(0).id, InvitationState::Failed, 0, {InvitationFailureKind::Network, {}, {}}, {}, {}},
         {taken.at(1).id, InvitationState::NeedsReview, 0, {}, {}, {}}}));
    QVERIFY(outbox.retry(taken.at(0).id));
    QCOMPARE(outbox.invitation(taken.at(0).id)->state, InvitationState::Queued);
    QCOMPARE(outbox.invitation(taken.at(0).id)->failure.kind, InvitationFailureKind::None);
    QVERIFY(outbox.retry(taken.at(1).id)); // needs review: looked up before being sent again
    QCOMPARE(outbox.invitation(taken.at(1).id)->state, InvitationState::Sending);
    QVERIFY(outbox.discard(taken.at(0).id));
    QCOMPARE(outbox.invitation(taken.at(0).id)->state, InvitationState::Discarded);
    QVERIFY(!outbox.retry(taken.at(0).id));

    // A failed row cannot come back while the same mailbox is pending in another row.
    QVERIFY(outbox.enqueue({invitation(QStringLiteral("c@x.com"))}));
    QVERIFY(takeResult(outbox.takeForSending(QStringLiteral("acme.bitrix24.com"), 1), &taken));
    QVERIFY(outbox.applyOutcomes({{taken.at(0).id, InvitationState::Failed, 0, {}, {}, {}}}));
    QVERIFY(outbox.enqueue({invitation(QStringLiteral("c@x.com"))}));
    QVERIFY(!outbox.retry(taken.at(0).id));
}

void TestInvitationOutbox::connectionPerThread() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    QVERIFY(outbox.enqueue({invitation(QStringLiteral("a@x.com"))}));
    QString mainName = db.connection().connectionName();
    QString workerName;
    int workerKeys = -1;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QSet<QString> keys;
        if (takeResult(outbox.pendingKeys(QStringLiteral("acme.bitrix24.com")), &keys))
            workerKeys = int(keys.size());
        workerName = db.connection().connectionName();
        db.releaseThreadConnection();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QCOMPARE(workerKeys, 1);
    QVERIFY(workerName != mainName);
}

void TestInvitationOutbox::draftsSurviveACrash() {
    InvitationDraft d;
    d.portal = QStringLiteral("Acme.Bitrix24.com");
    d.tab = QStringLiteral("email");
    d.recipients = QStringLiteral("a@x.com\n\"Lee, Ann\" <ann@x.com>");
    d.message = QStringLiteral("Hello {first_name}");
    d.templateName = QStringLiteral("Welcome");
    d.departmentIds = {3};
    d.departmentName = QStringLiteral("Support");
    d.extranet = true;
    d.groupIds = {5, 6};
    {
        auto db = std::make_unique<OutboxDatabase>(m_path);
        QVERIFY(db->open());
        InvitationDrafts drafts(*db);
        QVERIFY(drafts.save(d));
        d.message = QStringLiteral("Hello again {first_name}");
        QVERIFY(drafts.save(d)); // the latest edit replaces the earlier one
        // no discard: the process "dies" here
    }
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationDrafts drafts(db);
    const std::optional<InvitationDraft> r =
        drafts.restore(QStringLiteral("acme.bitrix24.com"), QStringLiteral("email"));
    QVERIFY(r.has_value());
    QCOMPARE(r->recipients, d.recipients);
    QCOMPARE(r->message, QStringLiteral("Hello again {first_name}"));
    QCOMPARE(r->templateName, d.templateName);
    QCOMPARE(r->departmentIds, d.departmentIds);
    QCOMPARE(r->departmentName, d.departmentName);
    QCOMPARE(r->extranet, true);
    QCOMPARE(r->groupIds, d.groupIds);
    QVERIFY(r->savedAt.isValid());
    QVERIFY(!drafts.restore(QStringLiteral("acme.bitrix24.com"), QStringLiteral("register")).has_value());
    QVERIFY(drafts.discard(QStringLiteral("acme.bitrix24.com"), QStringLiteral("email")));
    QVERIFY(!drafts.restore(QStringLiteral("acme.bitrix24.com"), QStringLiteral("email")).has_value());
}

void TestInvitationOutbox::templateLibrary() {
    {
        OutboxDatabase db(m_path);
        QVERIFY(db.open());
        TemplateLibrary lib(db);
        QVERIFY(lib.save(QStringLiteral("Welcome"), MessageTemplate(QStringLiteral("Hi {first_name}"))));
        QVERIFY(lib.save(QStringLiteral("agency"), MessageTemplate(QStringLiteral("Dear {full_name}"))));
        QVERIFY(
            lib.save(QStringLiteral("  Welcome "), MessageTemplate(QStringLiteral("Hello {first_name}"))));
        QVERIFY(!lib.save(QStringLiteral("  "), MessageTemplate(QStringLiteral("x"))));
    }
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    TemplateLibrary lib(db);
    QCOMPARE(lib.names(), QStringList({QStringLiteral("agency"), QStringLiteral("Welcome")}));
    QCOMPARE(lib.load(QStringLiteral("Welcome"))->text(), QStringLiteral("Hello {first_name}"));
    QVERIFY(lib.remove(QStringLiteral("agency")));
    QVERIFY(!lib.load(QStringLiteral("agency")).has_value());
}

void TestInvitationOutbox::auditLogCsv() {
    OutboxDatabase db(m_path);
    QVERIFY(db.open());
    InvitationOutbox outbox(db);
    NewInvitation n = invitation(QStringLiteral("a@x.com"));
    n.message = QStringLiteral("=HYPERLINK(\"http://evil\")\nline \"two\"");
    QVERIFY(outbox.enqueue({n}));
    QList<Invitation> taken;
    QVERIFY(takeResult(outbox.takeForSending(QStringLiteral("acme.bitrix24.com"), 1), &taken));
    QVERIFY(
        outbox.applyOutcomes({{taken.at(0).id, InvitationState::Sent, 77, {}, {}, QStringLiteral("77")}}));

    InvitationAuditLog log(db);
    QList<AuditEntry> entries;
    QVERIFY(takeResult(log.entries(QString()), &entries));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).event, QStringLiteral("queued"));
    QCOMPARE(entries.at(1).event, QStringLiteral("sent"));
    QCOMPARE(entries.at(1).answer, QStringLiteral("77"));
    QCOMPARE(entries.at(1).inviter, QStringLiteral("Olga"));
    QCOMPARE(entries.at(1).department, QStringLiteral("Sales"));
    QCOMPARE(entries.at(1).tab, QStringLiteral("email"));

    const QString csvPath = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(succeeded(log.exportCsv(QStringLiteral("acme.bitrix24.com"), csvPath)));
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"Time (UTC)\",\"Portal\",\"Invited by\",\"E-mail\""));
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.count(QStringLiteral("\r\n\"")), 2); // two data rows (the message holds a bare \n)
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\nline \"\"two\"\"\"")));
    QVERIFY(text.contains(QStringLiteral("\"sent\",\"77\"\r\n")));
}

void TestInvitationOutbox::auditCsvNeutralisesHiddenFormulas_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Nina Holt") << QStringLiteral("\"Nina Holt\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("\"'=1+1\"");
    QTest::newRow("leading space") << QStringLiteral(" =HYPERLINK(\"http://evil\")")
                                   << QStringLiteral("\"' =HYPERLINK(\"\"http://evil\"\")\"");
    QTest::newRow("leading spaces and plus")
        << QStringLiteral("   +cmd|' /C calc'!A0") << QStringLiteral("\"'   +cmd|' /C calc'!A0\"");
    QTest::newRow("no-break space") << QStringLiteral("\u00A0@SUM(A1)")
                                    << QStringLiteral("\"'\u00A0@SUM(A1)\"");
    QTest::newRow("zero-width space") << QStringLiteral("\u200B=1+1") << QStringLiteral("\"'\u200B=1+1\"");
    QTest::newRow("word joiner and BOM")
        << QStringLiteral("\u2060\uFEFF-2+3") << QStringLiteral("\"'\u2060\uFEFF-2+3\"");
    QTest::newRow("full-width equals")
        << QStringLiteral("\uFF1DHYPERLINK(1)") << QStringLiteral("\"'\uFF1DHYPERLINK(1)\"");
    QTest::newRow("space then full-width plus")
        << QStringLiteral(" \uFF0B1") << QStringLiteral("\"' \uFF0B1\"");
    QTest::newRow("space inside is no formula") << QStringLiteral("a =b") << QStringLiteral("\"a =b\"");
    QTest::newRow("only spaces") << QStringLiteral("  ") << QStringLiteral("\"  \"");
}

void TestInvitationOutbox::auditCsvNeutralisesHiddenFormulas() {
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(InvitationAuditLog::csvField(value), field);
}

QTEST_GUILESS_MAIN(TestInvitationOutbox)
#include "tst_invitationoutbox.moc"
