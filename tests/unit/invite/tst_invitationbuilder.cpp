#include "invite/invitationbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The one place both invite tabs turn a recipient into an invitation: every field as given, the
// recipient's own department before the tab's target, extranet groups, the per-recipient message.
class TestInvitationBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldsAsGiven();
    void ownDepartmentWins();
    void extranetTakesGroups();
    void messageIsFilledPerRecipient();

private:
    static Recipient person() {
        Recipient r;
        r.email = u" chief@example.com "_s;
        r.firstName = u"Chief"_s;
        r.middleName = u"Q."_s;
        r.lastName = u"Tester"_s;
        r.position = u"Chief Tester"_s;
        return r;
    }
    static InvitationBuilder::Sender sender() {
        return {u"acme.example"_s, u"Acme"_s, u"Olga Admin"_s, u"email"_s};
    }
};

void TestInvitationBuilder::fieldsAsGiven() {
    const InvitationBuilder builder(sender(), {3, u"Sales"_s, false, {}});
    const NewInvitation inv = builder.build(person());
    QCOMPARE(inv.portal, u"acme.example"_s);
    QCOMPARE(inv.email, u"chief@example.com"_s);
    QCOMPARE(inv.firstName, u"Chief"_s);
    QCOMPARE(inv.middleName, u"Q."_s);
    QCOMPARE(inv.lastName, u"Tester"_s);
    QCOMPARE(inv.position, u"Chief Tester"_s);
    QCOMPARE(inv.departmentIds, QList<int>{3});
    QCOMPARE(inv.departmentName, u"Sales"_s);
    QVERIFY(!inv.extranet);
    QCOMPARE(inv.tab, u"email"_s);
    QCOMPARE(inv.inviter, u"Olga Admin"_s);
    QVERIFY(inv.message.isEmpty()); // no message: the Register tab
}

void TestInvitationBuilder::ownDepartmentWins() {
    const InvitationBuilder builder(sender(), {3, u"Sales"_s, false, {}});
    Recipient r = person();
    r.department = u"Finance"_s;
    r.departmentId = 7;
    const NewInvitation inv = builder.build(r);
    QCOMPARE(inv.departmentIds, QList<int>{7});
    QCOMPARE(inv.departmentName, u"Finance"_s);
    // Without a target either, nothing is invented.
    const InvitationBuilder none(sender(), {});
    QVERIFY(none.build(person()).departmentIds.isEmpty());
}

void TestInvitationBuilder::extranetTakesGroups() {
    const InvitationBuilder builder(sender(), {0, u"Extranet: Partners"_s, true, {11, 12}});
    Recipient r = person();
    r.departmentId = 7; // ignored: extranet users join groups (the grid flags such a row)
    const NewInvitation inv = builder.build(r);
    QVERIFY(inv.extranet);
    QCOMPARE(inv.groupIds, (QList<int>{11, 12}));
    QVERIFY(inv.departmentIds.isEmpty());
}

void TestInvitationBuilder::messageIsFilledPerRecipient() {
    InvitationBuilder builder(sender(), {3, u"Sales"_s, false, {}});
    builder.setMessage(MessageTemplate(u"Hello {first_name}, welcome to {department} at {portal}."_s));
    Recipient r = person();
    r.department = u"Finance"_s;
    r.departmentId = 7;
    QCOMPARE(builder.build(r).message, u"Hello Chief, welcome to Finance at Acme."_s);
    QCOMPARE(builder.build(person()).message, u"Hello Chief, welcome to Sales at Acme."_s);
}

QTEST_GUILESS_MAIN(TestInvitationBuilder)
#include "tst_invitationbuilder.moc"
