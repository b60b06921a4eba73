// Security checks on the real stack: hostile text in search, look-ups and the outbox is
// only ever a bound value (it finds nothing and breaks nothing), and plain http is refused for every
// host that is not loopback.
#include "../../inviteresults.h"
#include "directory/directoryreader.h"
#include "directory/employeetablemodel.h"
#include "invite/invitationoutbox.h"
#include "portal/portalcredentials.h"
#include "workspace/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecurity : public QObject {
    Q_OBJECT

    static int count(const QSqlDatabase &db, const QString &table) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void hostileTextIsOnlyEverAValue() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 80;
        options.dataDir = dir.path();
        Workspace workspace(&settings, options);
        QSignalSpy synced(&workspace, &Workspace::syncFinished);
        workspace.start();
        QVERIFY(synced.wait(30000));

        DirectoryReader reader(workspace.directoryDatabasePath());
        QVERIFY(reader.open().ok());
        const int users = count(reader.database(), u"users"_s);
        QVERIFY(users >= 80);
        const QStringList hostile{u"'; DROP TABLE users; --"_s,
                                  u"\"); DELETE FROM users; --"_s,
                                  u"x' OR '1'='1"_s,
                                  u"* NEAR OR AND"_s,
                                  u"\" OR 1=1 --"_s,
                                  u"%' OR name LIKE '%"_s};
        EmployeeTableModel model(&reader);
        for (const QString &text : hostile) {
            model.setSearchText(text);
            QVERIFY2(model.rowCount() == 0,
                     qPrintable(text + u" matched "_s + QString::number(model.rowCount())));
            QVERIFY(reader.statesForEmails({text, text + u"@example.com"_s}).isEmpty());
        }
        // Text with no searchable word at all is no filter: everyone is listed, nothing breaks.
        model.setSearchText(u"%' -- ;"_s);
        QCOMPARE(model.rowCount() > 0, true);
        QCOMPARE(count(reader.database(), u"users"_s), users);

        EnqueueReport report;
        NewInvitation evil;
        evil.portal = workspace.portalKey();
        evil.email = u"x'); DROP TABLE invitations; --@example.com"_s;
        evil.departmentIds = {1};
        QVERIFY(takeResult(workspace.outbox()->enqueue({evil}), &report));
        QSet<QString> pending;
        QVERIFY(takeResult(workspace.outbox()->pendingKeys(workspace.portalKey()),
                           &pending)); // the table is still there
        QHash<InvitationState, int> counts;
        QVERIFY(takeResult(workspace.outbox()->countByState(workspace.portalKey()), &counts));
    }

    void plainHttpRefusedExceptLoopback_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https portal") << u"https://acme.bitrix24.com/rest/1/abc123/"_s << true;
        QTest::newRow("http portal") << u"http://acme.bitrix24.com/rest/1/abc123/"_s << false;
        QTest::newRow("http private address") << u"http://192.168.1.10/rest/1/abc123/"_s << false;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080/rest/1/abc123/"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080/rest/1/abc123/"_s << true;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080/rest/1/abc123/"_s << true;
    }
    void plainHttpRefusedExceptLoopback() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const Result<PortalCredentials> credentials = PortalCredentials::fromWebhookUrl(url);
        QCOMPARE(credentials.ok(), accepted);
        if (!accepted)
            QCOMPARE(credentials.error().code(), u"not_https"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
