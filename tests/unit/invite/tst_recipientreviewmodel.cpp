#include "invite/departmentmatcher.h"
#include "invite/recipientlistparser.h"
#include "invite/recipientproblemfilter.h"
#include "invite/recipientreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using M = RecipientReviewModel;

// The review grid's model, under Qt's model tester: rows from typed text and imported files, the
// fields that will be sent, inline edits that survive re-parsing, departments matched by name or ID,
// "problems only" and "remove invalid", and the draft state.
class TestRecipientReviewModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void departmentMatcher();
    void importedRowsKeepTheirFields();
    void unknownDepartmentIsARowProblem();
    void extranetRowsMayNotNameADepartment();
    void nameSplitIsEditable();
    void editsOfTypedRowsSurviveTyping();
    void problemsOnlyAndRemoveInvalid();
    void stateRoundTrips();
    void resultsArriveInOneUpdatePerAnswer();

private:
    static DepartmentMatcher finance() {
        return DepartmentMatcher({{1, u"Acme"_s}, {7, u"Finance"_s}, {8, u"Sales"_s}, {9, u"Sales"_s}});
    }
    static Recipient imported(const QString &email, const QString &first, const QString &last,
                              const QString &position, const QString &department, int line) {
        Recipient r;
        r.email = email;
        r.check = EmailAddress::check(email);
        r.firstName = first;
        r.lastName = last;
        r.position = position;
        r.department = department;
        r.sourceFile = u"people.csv"_s;
        r.sourceLine = line;
        r.source = email;
        return r;
    }
    static QString cell(const M &m, int row, int column) { return m.index(row, column).data().toString(); }
};

void TestRecipientReviewModel::departmentMatcher() {
    const DepartmentMatcher m = finance();
    QCOMPARE(m.match(u"  finance "_s).id, 7);
    QCOMPARE(m.match(u"Finance"_s).name, u"Finance"_s);
    QCOMPARE(m.match(u"7"_s).name, u"Finance"_s);
    QVERIFY(m.match(u"Sales"_s).problem.contains(u"8, 9"_s)); // ambiguous: asks for the ID
    QCOMPARE(m.match(u"9"_s).id, 9);
    QVERIFY(!m.match(u"Marketing"_s).problem.isEmpty());
    QVERIFY(!m.match(u"42"_s).problem.isEmpty());
    QCOMPARE(m.match(u""_s).id, 0);
    QVERIFY(m.match(u""_s).problem.isEmpty());
    QVERIFY(!DepartmentMatcher().match(u"Finance"_s).problem.isEmpty());
}

void TestRecipientReviewModel::importedRowsKeepTheirFields() {
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDepartments(finance());
    model.setTarget(u"Sales"_s, false);
    model.addImported(
        {imported(u"chief@example.com"_s, u"Chief"_s, u"Tester"_s, u"Chief Tester"_s, u"finance"_s, 2),
         imported(u"junior@example.com"_s, u"Junior"_s, u"Tester"_s, u"Junior Tester"_s, u"7"_s, 3),
         imported(u"plain@example.com"_s, u"Plain"_s, {}, {}, {}, 4)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, M::SourceColumn), u"people.csv, line 2"_s);
    QCOMPARE(cell(model, 0, M::PositionColumn), u"Chief Tester"_s);
    QCOMPARE(cell(model, 0, M::DepartmentColumn), u"Finance"_s);
    QCOMPARE(cell(model, 1, M::DepartmentColumn), u"Finance"_s); // by ID, shown by name
    QCOMPARE(model.recipients().at(1).recipient.departmentId, 7);
    // No department of its own: shows (and goes to) the tab's target.
    QCOMPARE(cell(model, 2, M::DepartmentColumn), u"Sales"_s);
    QVERIFY(model.index(2, M::DepartmentColumn).data(M::InheritedRole).toBool());
    QCOMPARE(model.recipients().at(2).recipient.departmentId, 0);
    for (const ClassifiedRecipient &c : model.recipients())
        QCOMPARE(c.state, RecipientState::Ready);
}

void TestRecipientReviewModel::unknownDepartmentIsARowProblem() {
    M model;
    model.setDepartments(finance());
    model.setTarget(u"Sales"_s, false);
    model.addImported({imported(u"a@example.com"_s, u"A"_s, {}, {}, u"Marketing"_s, 2),
                       imported(u"b@example.com"_s, u"B"_s, {}, {}, u"Sales"_s, 3)});
    QCOMPARE(model.recipients().at(0).state, RecipientState::InvalidDetails);
    QVERIFY(cell(model, 0, M::StateColumn).contains(u"Marketing"_s));
    QCOMPARE(model.recipients().at(1).state, RecipientState::InvalidDetails); // ambiguous
    QCOMPARE(model.invalidCount(), 2);
    // Fixing the cell fixes the row.
    QVERIFY(model.setData(model.index(0, M::DepartmentColumn), u"Finance"_s));
    QCOMPARE(model.recipients().at(0).state, RecipientState::Ready);
    QCOMPARE(model.recipients().at(0).recipient.departmentId, 7);
}

void TestRecipientReviewModel::extranetRowsMayNotNameADepartment() {
    M model;
    model.setDepartments(finance());
    model.addImported({imported(u"a@example.com"_s, u"A"_s, {}, {}, u"Finance"_s, 2)});
    QCOMPARE(model.recipients().at(0).state, RecipientState::Ready);
    model.setTarget(u"Extranet: Partners"_s, true);
    QCOMPARE(model.recipients().at(0).state, RecipientState::InvalidDetails);
}

void TestRecipientReviewModel::nameSplitIsEditable() {
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTypedRecipients(RecipientListParser().parse(u"محمد عبد الله <m@example.com>"_s));
    QCOMPARE(model.rowCount(), 1);
    // The split is shown as it will be sent, and each part is editable.
    const QString first = cell(model, 0, M::FirstNameColumn);
    const QString last = cell(model, 0, M::LastNameColumn);
    QCOMPARE(first + u' ' + last, u"محمد عبد الله"_s);
    QVERIFY(model.flags(model.index(0, M::FirstNameColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(0, M::FirstNameColumn), u"محمد"_s));
    QVERIFY(model.setData(model.index(0, M::LastNameColumn), u"عبد الله"_s));
    QCOMPARE(model.recipients().at(0).recipient.firstName, u"محمد"_s);
    QCOMPARE(model.recipients().at(0).recipient.lastName, u"عبد الله"_s);
    QVERIFY(!(model.flags(model.index(0, M::StateColumn)) & Qt::ItemIsEditable));
}

void TestRecipientReviewModel::editsOfTypedRowsSurviveTyping() {
    M model;
    model.setTypedRecipients(RecipientListParser().parse(u"Ann Lee <ann@example.com>"_s));
    QVERIFY(model.setData(model.index(0, M::PositionColumn), u"Clerk"_s));
    model.setTypedRecipients(RecipientListParser().parse(u"Ann Lee <ann@example.com>, bo@example.com"_s));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, M::PositionColumn), u"Clerk"_s);
    // An address edit is checked again.
    QVERIFY(model.setData(model.index(1, M::AddressColumn), u"bo@"_s));
    QCOMPARE(model.recipients().at(1).state, RecipientState::InvalidAddress);
}

void TestRecipientReviewModel::problemsOnlyAndRemoveInvalid() {
    M model;
    model.setDepartments(finance());
    RecipientProblemFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTypedRecipients(RecipientListParser().parse(u"ok@example.com, broken@, ok@example.com"_s));
    model.addImported({imported(u"x@example.com"_s, u"X"_s, {}, {}, u"Nowhere"_s, 2),
                       imported(u"y@example.com"_s, u"Y"_s, {}, {}, {}, 3)});
    QCOMPARE(filter.rowCount(), 5);
    filter.setProblemsOnly(true);
    QCOMPARE(filter.rowCount(), 3); // broken@, the repeat, Nowhere
    QCOMPARE(model.invalidCount(), 2);
    const QStringList kept = model.removeInvalid();
    QCOMPARE(kept, (QStringList{u"ok@example.com"_s, u"ok@example.com"_s}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(filter.rowCount(), 1); // the repeat is not invalid: it stays, and is skipped
    QCOMPARE(model.invalidCount(), 0);
    filter.setProblemsOnly(false);
    QCOMPARE(filter.rowCount(), 3);
}

void TestRecipientReviewModel::stateRoundTrips() {
    M model;
    model.setDepartments(finance());
    model.setTypedRecipients(RecipientListParser().parse(u"Ann Lee <ann@example.com>"_s));
    QVERIFY(model.setData(model.index(0, M::DepartmentColumn), u"Finance"_s));
    model.addImported({imported(u"x@example.com"_s, u"X"_s, u"Y"_s, u"Clerk"_s, u"7"_s, 9)});
    const QJsonObject state = model.state();

    M restored;
    restored.setDepartments(finance());
    restored.restoreState(state);
    restored.setTypedRecipients(RecipientListParser().parse(u"Ann Lee <ann@example.com>"_s));
    QCOMPARE(restored.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < M::ColumnCount; ++column)
            QCOMPARE(cell(restored, row, column), cell(model, row, column));
    }
}

// A sender's answer names many rows: the model takes them in one call and tells the view once, for
// the rows between the first and the last it touched; the result text knows when the portal is away.
void TestRecipientReviewModel::resultsArriveInOneUpdatePerAnswer() {
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResultText([](const Invitation &invitation, bool portalWaiting) {
        return u"%1%2"_s.arg(int(invitation.state)).arg(portalWaiting ? u" waiting"_s : QString());
    });
    model.setTypedRecipients(
        RecipientListParser().parse(u"a@example.com, b@example.com, c@example.com, d@example.com"_s));
    QCOMPARE(model.rowCount(), 4);
    auto result = [](const QString &email, InvitationState state) {
        Invitation invitation;
        invitation.email = email;
        invitation.emailKey = EmailAddress::check(email).comparisonKey;
        invitation.state = state;
        return invitation;
    };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResults({result(u"b@example.com"_s, InvitationState::Queued),
                      result(u"c@example.com"_s, InvitationState::Failed)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), M::ColumnCount - 1);
    QVERIFY(model.hasResult(EmailAddress::check(u"b@example.com"_s).comparisonKey));
    QVERIFY(!model.hasResult(EmailAddress::check(u"a@example.com"_s).comparisonKey));
    QCOMPARE(cell(model, 1, M::StateColumn), QString::number(int(InvitationState::Queued)));
    QCOMPARE(cell(model, 2, M::StateColumn), QString::number(int(InvitationState::Failed)));
    QVERIFY(!(model.flags(model.index(1, M::AddressColumn)) & Qt::ItemIsEditable)); // sent as it was
    QVERIFY(model.flags(model.index(0, M::AddressColumn)) & Qt::ItemIsEditable);

    changed.clear();
    model.setResults({result(u"nobody@example.com"_s, InvitationState::Sent)}); // not in the list
    QCOMPARE(changed.size(), 0);

    model.setPortalWaiting(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 1, M::StateColumn), u"%1 waiting"_s.arg(int(InvitationState::Queued)));
    model.setPortalWaiting(true); // no change, no update
    QCOMPARE(changed.size(), 1);

    // Typing more keeps the results of the rows already sent, now on other rows.
    model.setTypedRecipients(RecipientListParser().parse(
        u"z@example.com, a@example.com, b@example.com, c@example.com, d@example.com"_s));
    changed.clear();
    model.setResults({result(u"d@example.com"_s, InvitationState::Sent)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
    QCOMPARE(cell(model, 2, M::StateColumn), u"%1 waiting"_s.arg(int(InvitationState::Queued)));
}

QTEST_GUILESS_MAIN(TestRecipientReviewModel)
#include "tst_recipientreviewmodel.moc"
