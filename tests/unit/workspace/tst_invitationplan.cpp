// InvitationPlan, DepartmentIndex and ScriptedReport: every CSV row gets exactly one
// outcome, with the reason a helpdesk needs, before anything is queued.
#include "invite/csvrecipientreader.h"
#include "workspace/departmentindex.h"
#include "workspace/invitationplan.h"
#include "workspace/scriptedreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInvitationPlan : public QObject {
    Q_OBJECT

    static DepartmentIndex departments() {
        DepartmentIndex index;
        index.add({1, u"Company"_s, 0, 0, 500});
        index.add({2, u"Sales"_s, 1, 0, 500});
        index.add({3, u"Backend"_s, 1, 0, 500});
        index.add({4, u"Support"_s, 2, 0, 500});
        index.add({5, u"Support"_s, 3, 0, 500});
        return index;
    }

private slots:
    void departmentsResolveByIdOrName() {
        const DepartmentIndex index = departments();
        int id = 0;
        QCOMPARE(index.resolve(u"3"_s, &id), DepartmentIndex::Match::Found);
        QCOMPARE(id, 3);
        QCOMPARE(index.resolve(u"  sales "_s, &id), DepartmentIndex::Match::Found);
        QCOMPARE(id, 2);
        QCOMPARE(index.resolve(u"support"_s, &id), DepartmentIndex::Match::Ambiguous);
        QCOMPARE(index.resolve(u"Marketing"_s, &id), DepartmentIndex::Match::Unknown);
        QVERIFY(!DepartmentIndex::isId(u"-4"_s));
        QCOMPARE(index.tree(), u"1  Company\n3    Backend\n5      Support\n2    Sales\n4      Support\n"_s);
    }

    void everyRowGetsOneOutcome() {
        const CsvRecipientImport csv = CsvRecipientReader().read("email,department,position\n"
                                                                 "new@plan.example,backend,Dev\n"      // 2
                                                                 "broken,,\n"                          // 3
                                                                 "NEW@plan.example,,\n"                // 4
                                                                 "employee@plan.example,,\n"           // 5
                                                                 "invited@plan.example,,\n"            // 6
                                                                 "gone@plan.example,,\n"               // 7
                                                                 "sent@plan.example,,\n"               // 8
                                                                 "waiting@plan.example,,\n"            // 9
                                                                 "nodept@plan.example,,\n"             // 10
                                                                 "unknown@plan.example,Marketing,\n"   // 11
                                                                 "ambiguous@plan.example,Support,\n"); // 12
        QCOMPARE(csv.rows.size(), 11);
        const DepartmentIndex index = departments();
        InvitationPlan::Inputs inputs;
        inputs.portal = u"acme.example"_s;
        inputs.departments = &index;
        inputs.people.insert(u"employee@plan.example"_s, {KnownPersonState::Employee, 11, {}});
        inputs.people.insert(u"invited@plan.example"_s, {KnownPersonState::Invited, 12, {}});
        inputs.people.insert(u"gone@plan.example"_s, {KnownPersonState::Dismissed, 13, {}});
        Invitation sent;
        sent.id = 1;
        sent.emailKey = u"sent@plan.example"_s;
        sent.state = InvitationState::Sent;
        sent.userId = 14;
        Invitation waiting;
        waiting.id = 2;
        waiting.emailKey = u"waiting@plan.example"_s;
        waiting.state = InvitationState::Queued;
        inputs.outbox = {sent, waiting};
        // Rows with a department cell that is empty fall back to --department only when given: here none.
        InvitationPlan plan(csv.rows, inputs,
                            [](const Recipient &r) -> QString { return u"Hello "_s + r.email; });

        QStringList codes;
        for (const ScriptedRow &row : plan.rows())
            codes << row.code;
        QCOMPARE(codes,
                 (QStringList{u"queued"_s, u"invalid-address"_s, u"duplicate-in-file"_s, u"employee"_s,
                              u"invited"_s, u"dismissed"_s, u"sent-earlier"_s, u"queued-earlier"_s,
                              u"no-department"_s, u"unknown-department"_s, u"ambiguous-department"_s}));
        QVERIFY(plan.rows().at(2).reason.contains(u'2')); // names the first line
        QCOMPARE(plan.toQueue().size(), 1);
        QCOMPARE(plan.toQueue().first().invitation.departmentIds, QList<int>{3});
        QCOMPARE(plan.toQueue().first().invitation.position, u"Dev"_s);
        QCOMPARE(plan.toQueue().first().invitation.message, u"Hello new@plan.example"_s);
        QCOMPARE(plan.queuedEarlier().value(7), 2);

        // Nothing settled by the outbox or repeated is asked of the portal.
        QCOMPARE(InvitationPlan::addressesToLookUp(csv.rows, inputs.outbox).size(), 7);

        ScriptedReport report;
        report.rows = plan.rows();
        QCOMPARE(report.summary().line(),
                 u"summary: queued 1 sent 0 skipped 5 invalid 4 failed 0 waiting 2"_s);
        QTemporaryDir dir;
        QString error;
        QVERIFY(report.write(dir.filePath(u"r.json"_s), &error));
        QFile json(dir.filePath(u"r.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"rows"_s).toArray().size(), 11);
        QVERIFY(!report.write(dir.filePath(u"missing/r.csv"_s), &error));
    }
};

QTEST_GUILESS_MAIN(TestInvitationPlan)
#include "tst_invitationplan.moc"
