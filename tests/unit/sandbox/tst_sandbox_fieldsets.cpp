// Scope-dependent user field sets of the sandbox portal (spec §6.6): which fields `user`,
// `user_basic` and `user_brief` see, and which set a list of scopes gives.
#include "sandbox/userquery.h"

#include <QTest>

class TestSandboxFieldSets : public QObject {
    Q_OBJECT
private slots:
    void fieldSetOf_data();
    void fieldSetOf();
    void allowed_data();
    void allowed();
    void toJsonAndLabelsFollowTheSet();
};

using FieldSet = UserQuery::FieldSet;
Q_DECLARE_METATYPE(UserQuery::FieldSet)

void TestSandboxFieldSets::fieldSetOf_data() {
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<FieldSet>("expected");
    QTest::newRow("user") << QStringList{QStringLiteral("department"), QStringLiteral("user")}
                          << FieldSet::Full;
    QTest::newRow("user wins") << QStringList{QStringLiteral("user_brief"), QStringLiteral("user")}
                               << FieldSet::Full;
    QTest::newRow("basic") << QStringList{QStringLiteral("user_basic"), QStringLiteral("user_brief")}
                           << FieldSet::Basic;
    QTest::newRow("brief") << QStringList{QStringLiteral("department"), QStringLiteral("user_brief")}
                           << FieldSet::Brief;
}

void TestSandboxFieldSets::fieldSetOf() {
    QFETCH(QStringList, scopes);
    QFETCH(FieldSet, expected);
    QCOMPARE(UserQuery::fieldSetOf(scopes), expected);
}

void TestSandboxFieldSets::allowed_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("full");
    QTest::addColumn<bool>("basic");
    QTest::addColumn<bool>("brief");
    QTest::newRow("ID") << "ID" << true << true << true;
    QTest::newRow("NAME") << "NAME" << true << true << true;
    QTest::newRow("EMAIL") << "EMAIL" << true << true << false;
    QTest::newRow("LAST_LOGIN") << "LAST_LOGIN" << true << false << false;
    QTest::newRow("PERSONAL_MOBILE") << "PERSONAL_MOBILE" << true << true << false;
    QTest::newRow("WORK_PHONE") << "WORK_PHONE" << true << true << false;
    QTest::newRow("WORK_POSITION") << "WORK_POSITION" << true << true << true;
    QTest::newRow("UF_DEPARTMENT") << "UF_DEPARTMENT" << true << true << true;
    QTest::newRow("USER_TYPE") << "USER_TYPE" << true << true << true;
}

void TestSandboxFieldSets::allowed() {
    QFETCH(QString, field);
    QFETCH(bool, full);
    QFETCH(bool, basic);
    QFETCH(bool, brief);
    QCOMPARE(UserQuery::fieldAllowed(field, FieldSet::Full), full);
    QCOMPARE(UserQuery::fieldAllowed(field, FieldSet::Basic), basic);
    QCOMPARE(UserQuery::fieldAllowed(field, FieldSet::Brief), brief);
}

void TestSandboxFieldSets::toJsonAndLabelsFollowTheSet() {
    SandboxUser u;
    u.id = 7;
    u.name = QStringLiteral("Ada");
    u.email = QStringLiteral("ada@example.com");
    u.lastLogin = QStringLiteral("2024-01-01T10:00:00+00:00");
    const QJsonObject full = UserQuery::toJson(u);
    const QJsonObject basic = UserQuery::toJson(u, {}, FieldSet::Basic);
    const QJsonObject brief = UserQuery::toJson(u, {}, FieldSet::Brief);
    QVERIFY(full.contains(QStringLiteral("EMAIL")) && full.contains(QStringLiteral("LAST_LOGIN")));
    QVERIFY(basic.contains(QStringLiteral("EMAIL")) && !basic.contains(QStringLiteral("LAST_LOGIN")));
    QVERIFY(!brief.contains(QStringLiteral("EMAIL")) && !brief.contains(QStringLiteral("LAST_LOGIN")));
    QCOMPARE(brief.value(QStringLiteral("NAME")).toString(), QStringLiteral("Ada"));
    for (const QString &key : UserQuery::fieldLabels(FieldSet::Brief).keys())
        QVERIFY2(UserQuery::fieldAllowed(key, FieldSet::Brief), qPrintable(key));
    QVERIFY(UserQuery::fieldLabels(FieldSet::Basic).contains(QStringLiteral("EMAIL")));
    QVERIFY(!UserQuery::fieldLabels(FieldSet::Basic).contains(QStringLiteral("LAST_LOGIN")));
    QCOMPARE(UserQuery::fieldLabels().size(), UserQuery::standardFields().size());
}

QTEST_GUILESS_MAIN(TestSandboxFieldSets)
#include "tst_sandbox_fieldsets.moc"
