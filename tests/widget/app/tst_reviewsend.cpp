// What reaches the portal is what the review grid shows, end to end over real HTTP to the sandbox:
// the main window's invite dialog imports a CSV file naming two people in Finance with their
// positions while the dialog has another department selected; user.add creates both in Finance,
// with those names and positions.
#include "../../integration/portal/sandboxharness.h"
#include "../../inviteresults.h"
#include "applicationshell.h"
#include "invite/csvimportdialog.h"
#include "invite/invitationoutbox.h"
#include "invite/invitationsender.h"
#include "invite/invitebyemailtab.h"
#include "invite/invitedialog.h"
#include "mainwindow.h"
#include "portal/portalcall.h"
#include "portal/portalsession.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Harness;

class TestReviewSend : public QObject {
    Q_OBJECT

    static QJsonObject portalUser(PortalSession *session, qint64 id) {
        PortalCall *call = session->call(
            u"user.get"_s, QJsonObject{{u"FILTER"_s, QJsonObject{{u"ID"_s, id}}}, {u"ADMIN_MODE"_s, true}});
        QSignalSpy done(call, &PortalCall::finished);
        if (!done.wait(20000) || !call->result().ok())
            return {};
        return call->result().value().result.toArray().first().toObject();
    }

private Q_SLOTS:
    void csvPeopleArriveInTheirOwnDepartment() {
        auto sandbox = startSandbox([] {
            SandboxOptions options;
            options.users = 40;
            options.rateLimit = false;
            return options;
        }());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = sandbox->adminWebhookUrl();
        options.refreshMinutes = 0;
        Workspace workspace(&settings, options);
        ApplicationShell shell(&workspace, &settings);
        QSignalSpy ready(&shell, &ApplicationShell::ready);
        shell.show();
        workspace.start();
        QVERIFY(ready.wait(30000));

        shell.window()->findChild<QAction *>(u"inviteAction"_s)->trigger();
        InviteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shell.window()->findChild<InviteDialog *>()) && dialog->isVisible());
        dialog->setCurrentTab(InviteDialog::Tab::InviteByEmail);
        auto *department = dialog->findChild<QComboBox *>(u"emailDepartment"_s);
        const int finance = department->findText(u"Finance"_s);
        const int other = department->findText(u"Human Resources"_s);
        QVERIFY(finance > 0 && other > 0);
        const qint64 financeId = department->itemData(finance).toLongLong();
        department->setCurrentIndex(other);

        const QString path = dir.filePath(u"finance.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("E-mail,First name,Last name,Position,Department\r\n"
                   "chief.tester@example.com,Chief,Tester,Chief Tester,Finance\r\n"
                   "junior.tester@example.com,Junior,Tester,Junior Tester,Finance\r\n");
        file.close();
        CsvImportDialog *preview = dialog->inviteByEmailTab()->importCsvFile(path);
        QTest::mouseClick(preview->findChild<QPushButton *>(u"csvImportAccept"_s), Qt::LeftButton);
        auto *invite = dialog->findChild<QPushButton *>(u"emailInvite"_s);
        QTRY_VERIFY(invite->isEnabled());
        QSignalSpy drained(workspace.sender(), &InvitationSender::drained);
        QTest::mouseClick(invite, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0, 30000);

        QList<Invitation> sent;
        QVERIFY(
            takeResult(workspace.outbox()->invitations(workspace.portalKey(), InvitationState::Sent), &sent));
        QCOMPARE(sent.size(), 2);
        const QHash<QString, QString> positions{{u"chief.tester@example.com"_s, u"Chief Tester"_s},
                                                {u"junior.tester@example.com"_s, u"Junior Tester"_s}};
        for (const Invitation &row : std::as_const(sent)) {
            const QJsonObject user = portalUser(workspace.session(), row.userId);
            QCOMPARE(user.value(u"EMAIL"_s).toString(), row.email);
            QCOMPARE(user.value(u"NAME"_s).toString(),
                     row.email.startsWith(u"chief"_s) ? u"Chief"_s : u"Junior"_s);
            QCOMPARE(user.value(u"LAST_NAME"_s).toString(), u"Tester"_s);
            QCOMPARE(user.value(u"WORK_POSITION"_s).toString(), positions.value(row.email));
            const QJsonArray departments = user.value(u"UF_DEPARTMENT"_s).toArray();
            QCOMPARE(departments.size(), 1);
            QCOMPARE(departments.first().toVariant().toLongLong(), financeId);
        }
        dialog->close();
    }
};

QTEST_MAIN(TestReviewSend)
#include "tst_reviewsend.moc"
