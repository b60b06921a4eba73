#include "common/appinfo.h"

#include <QCoreApplication>
#include <QTest>

class TestAppInfo : public QObject {
    Q_OBJECT
private slots:
    void userAgentCarriesVersion() {
        QCOMPARE(AppInfo::userAgent(), QByteArray("InviteDesk/") + AppInfo::version().toLatin1());
        QVERIFY(!AppInfo::version().isEmpty());
    }
    void applicationMetadataIsApplied() {
        AppInfo::applyToApplication();
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("InviteDesk"));
        QCOMPARE(QCoreApplication::applicationVersion(), AppInfo::version());
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
