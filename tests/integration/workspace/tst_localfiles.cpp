// Local files and other users on the same computer: everything InviteDesk writes is
// owner-only from its creation, and no database is opened through a symbolic link.
#include "directory/directorydatabase.h"
#include "invite/invitationauditlog.h"
#include "invite/outboxdatabase.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#ifndef SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE
#define SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE 0x2
#endif
#endif

using namespace Qt::StringLiterals;

namespace {

// A symbolic link `link` to `target`. On Windows QFile::link() makes a shell shortcut (.lnk format),
// which the file system does not follow; the danger there is an NTFS symbolic link, which an
// unprivileged user may create only in developer mode. An empty string, or why it could not be made.
QString makeSymbolicLink(const QString &target, const QString &link) {
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(link).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(target).toStdWString();
    if (CreateSymbolicLinkW(from.c_str(), to.c_str(), SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE))
        return QFileInfo(link).isSymbolicLink()
                   ? QString()
                   : u"CreateSymbolicLinkW reported success but made no link (Wine's stub)"_s;
    return u"this Windows does not let the user create symbolic links (error %1; developer mode "
           u"or the symbolic-link privilege is needed)"_s.arg(GetLastError());
#else
    return QFile::link(target, link) ? QString() : u"QFile::link failed"_s;
#endif
}

// Any permission for the group or others.
constexpr QFileDevice::Permissions Shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

// umask(0) for the test's duration: whatever relies on the umask instead of setting owner-only
// permissions at creation comes out world-readable and is caught.
#ifdef Q_OS_UNIX
class OpenUmask {
public:
    OpenUmask()
        : m_saved(::umask(0)) {}
    ~OpenUmask() { ::umask(m_saved); }
    OpenUmask(const OpenUmask &) = delete;
    OpenUmask &operator=(const OpenUmask &) = delete;

private:
    mode_t m_saved;
};
#endif

[[maybe_unused]] QString describe(const QString &path) { // used by the Unix-only test
    return path + u" has permissions 0x"_s + QString::number(int(QFile::permissions(path)), 16);
}

} // namespace

class TestLocalFiles : public QObject {
    Q_OBJECT

private slots:
    void everyFileIsOwnerOnlyFromTheStart() {
#ifndef Q_OS_UNIX
        QSKIP("Unix permissions; on Windows the per-user profile keeps these files private");
#else
        QTemporaryDir dir;
        const OpenUmask openUmask;
        const QString dataDir = dir.filePath(u"data/InviteDesk"_s);
        QSettings settings(dir.filePath(u"config/InviteDesk/invitedesk.ini"_s), QSettings::IniFormat);
        Workspace::Options options;
        options.forceSandbox = true;
        options.sandboxUsers = 60;
        options.dataDir = dataDir;
        Workspace workspace(&settings, options);
        QSignalSpy synced(&workspace, &Workspace::syncFinished);
        QSignalSpy outboxOpened(&workspace, &Workspace::outboxOpened);
        workspace.start();
        QVERIFY(synced.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(outboxOpened.size(), 1, 30000);
        QVERIFY(workspace.auditLog());
        QVERIFY(workspace.auditLog()->exportCsv(QString(), dir.filePath(u"audit.csv"_s)));
        settings.setValue(u"window/lastTab"_s, 1);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);

        QStringList checked;
        const auto check = [&checked](const QString &path, bool folder) {
            QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QCOMPARE(info.isDir(), folder);
            QVERIFY2(!(QFile::permissions(path) & Shared), qPrintable(describe(path)));
            checked << path;
        };
        check(dataDir, true);
        check(dir.filePath(u"data"_s), true);
        for (QDirIterator it(dataDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                             QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString path = it.next();
            check(path, it.fileInfo().isDir());
        }
        check(settings.fileName(), false);
        check(QFileInfo(settings.fileName()).absolutePath(), true);
        check(dir.filePath(u"audit.csv"_s), false);
        // The outbox and the directory, with their write-ahead logs, were among them.
        QVERIFY(checked.contains(workspace.outboxPath()));
        QVERIFY(checked.contains(workspace.directoryDatabasePath()));
        QVERIFY(checked.contains(workspace.outboxPath() + u"-wal"_s));
        QVERIFY(checked.contains(workspace.directoryDatabasePath() + u"-wal"_s));
#endif
    }

    void symlinkedDatabaseIsRefused_data() {
        QTest::addColumn<QString>("linked"); // which part of the database is a link
        QTest::newRow("database") << QString();
        QTest::newRow("write-ahead log") << u"-wal"_s;
        QTest::newRow("journal") << u"-journal"_s;
    }

    // A link where a database is expected (say, planted by another user in a shared folder, or left
    // by a careless copy) would make InviteDesk write names and addresses somewhere else.
    void symlinkedDatabaseIsRefused() {
        QFETCH(QString, linked);
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(u"elsewhere"_s);
        {
            QFile target(elsewhere);
            QVERIFY(target.open(QIODevice::WriteOnly));
        }
        for (const QString &name : {u"directory.sqlite"_s, u"outbox.sqlite"_s}) {
            const QString problem = makeSymbolicLink(elsewhere, dir.filePath(name + linked));
#ifdef Q_OS_WIN
            if (!problem.isEmpty())
                QSKIP(qPrintable(problem));
#endif
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        {
            DirectoryDatabase directory(dir.filePath(u"directory.sqlite"_s), u"linked"_s);
            const DirectoryResult<DirectoryOpenReport> report = directory.open();
            QVERIFY(!report.ok());
            QVERIFY2(report.error().logText().contains(u"symbolic link"_s),
                     qPrintable(report.error().logText()));
            QCOMPARE(report.error().kind(), DirectoryError::Kind::CannotOpen); // nothing set aside
        }
        {
            OutboxDatabase outbox(dir.filePath(u"outbox.sqlite"_s));
            const InviteResult<void> opened = outbox.open();
            QVERIFY(!opened);
            QVERIFY2(opened.error().logText().contains(u"symbolic link"_s),
                     qPrintable(opened.error().logText()));
            QCOMPARE(opened.error().kind(), InviteError::Kind::CannotOpen);
        }
        QCOMPARE(QFileInfo(elsewhere).size(), 0); // nothing was written through the links
        QVERIFY(QFileInfo(dir.filePath(u"directory.sqlite"_s + linked)).isSymbolicLink());
        if (!linked.isEmpty()) {
            QVERIFY(!QFile::exists(dir.filePath(u"directory.sqlite"_s)));
            QVERIFY(!QFile::exists(dir.filePath(u"outbox.sqlite"_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalFiles)
#include "tst_localfiles.moc"
