// What differs between platforms and is easy to get wrong where it cannot be seen: how the
// command line is decoded, and which data folder holds the SQLite files. Meaningful on every
// platform; under Wine (./test --windows) these fail for the Windows mistakes they guard against.
#include "common/processarguments.h"
#include "directory/directorydatabase.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class TestPlatformFit : public QObject {
    Q_OBJECT
private slots:
    void argumentsKeepEveryCharacter();
    void dataFilesAreLocalNotRoaming();
};

void TestPlatformFit::argumentsKeepEveryCharacter() {
    // Cyrillic, German and CJK in one run: outside any single ANSI code page, so an argv-based decoding
    // on Windows turns some of them into '?'.
    const QStringList sent{u"Отдел продаж"_s, u"Müller & Söhne"_s, u"研发部"_s,
                           u"C:\\Users\\Zoë\\people.csv"_s};
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), QStringList{u"--echo-arguments"_s} + sent);
    QVERIFY2(child.waitForFinished(60000), qPrintable(child.errorString()));
    QCOMPARE(child.exitCode(), 0);
    // The child's stdout is in text mode: on Windows each line ends in CR LF.
    const QStringList echoed =
        QString::fromUtf8(child.readAllStandardOutput()).remove(u'\r').split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(echoed, sent);
}

void TestPlatformFit::dataFilesAreLocalNotRoaming() {
    QStandardPaths::setTestModeEnabled(false);
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QCOMPARE(Workspace::defaultDataDir(), local);
    const QString cache = DirectoryDatabase::defaultPath(u"portal.example.com"_s, 1);
    QVERIFY2(QDir::cleanPath(cache).startsWith(QDir::cleanPath(local) + u'/'), qPrintable(cache));
}

int main(int argc, char **argv) {
    // The child: print what the platform code decoded, one argument a line, in UTF-8.
    const QStringList arguments = processArguments(argc, argv);
    if (arguments.size() > 1 && arguments.at(1) == u"--echo-arguments"_s) {
        QByteArray out;
        for (const QString &argument : arguments.mid(2))
            out += argument.toUtf8() + '\n';
        fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return 0;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"InviteDesk-test"_s);
    QCoreApplication::setApplicationName(u"tst_platformfit"_s);
    TestPlatformFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_platformfit.moc"
