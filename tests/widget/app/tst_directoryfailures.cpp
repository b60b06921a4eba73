// The local files' failures reach the window as an error of their area and the right kind, in the
// user's language (German here): a directory file on a disk that refuses every write, a file of an
// older version whose migration the disk refuses, a portal that fails during the sync (its words stay
// the last ones shown): DirectoryError; an outbox file that such a disk cannot create: InviteError. Real
// parts only: SQLite files, a sandbox portal over loopback, the window's status bar.
#include "../../integration/portal/sandboxharness.h"
#include "../../unit/directory/directoryfiles.h"
#include "applicationshell.h"
#include "common/languages.h"
#include "directory/directoryerror.h"
#include "invite/inviteerror.h"
#include "mainwindow.h"
#include "portal/portalerror.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Harness;

namespace {

// What the window was told: the error, and the status bar's text right after it arrived.
struct Shown {
    DirectoryError error;
    QString statusBar;
};
} // namespace

class TestDirectoryFailures : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxPortal> m_sandbox;

    Workspace::Options options(const QTemporaryDir &dir) const {
        Workspace::Options options;
        options.dataDir = dir.path();
        options.portalWebhook = m_sandbox->adminWebhookUrl();
        options.refreshMinutes = 0;
        return options;
    }

    // A first run that syncs the directory: its file's path.
    QString syncedDirectory(const QTemporaryDir &dir) {
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        QSignalSpy synced(&workspace, &Workspace::syncFinished);
        workspace.start();
        if (!synced.wait(30000))
            return {};
        return workspace.directoryDatabasePath();
    }

    // Starts a workspace with its window; what the first syncFailed showed (none when it synced).
    static std::optional<Shown> firstFailure(Workspace &workspace, ApplicationShell &shell) {
        std::optional<Shown> shown;
        QObject context;
        // After the shell's own connection (made in its constructor): the status bar already shows it.
        connect(&workspace, &Workspace::syncFailed, &context, [&](const DirectoryError &error) {
            if (!shown)
                shown = Shown{error, shell.window()->statusBar()->currentMessage()};
        });
        bool synced = false;
        connect(&workspace, &Workspace::syncFinished, &context, [&synced] { synced = true; });
        shell.show();
        workspace.start();
        if (!QTest::qWaitFor([&] { return shown.has_value() || synced; }, 60000))
            qWarning("no syncFailed within 60 s");
        if (synced && !shown)
            qWarning("the directory synced: no failure");
        return shown;
    }

    // The window was told an error of `kind` whose words (in the status bar too) begin with `words`, and
    // the log has a technical reason.
    static void verifyShown(const std::optional<Shown> &shown, DirectoryError::Kind kind,
                            const QString &words) {
        QVERIFY(shown.has_value());
        QVERIFY2(shown->error.kind() == kind, qPrintable(shown->error.logText()));
        QCOMPARE(shown->statusBar, shown->error.userMessage());
        QVERIFY2(shown->statusBar.startsWith(words), qPrintable(shown->statusBar));
        QVERIFY(!shown->error.logText().isEmpty());
    }

#ifdef Q_OS_UNIX
    // A workspace with its window over the synced files in dir, on a disk that refuses every write
    // past `bytes`: what its first syncFailed showed.
    std::optional<Shown> failureOnAFullDisk(const QTemporaryDir &dir, rlim_t bytes) {
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        ApplicationShell shell(&workspace, &settings);
        const DirectoryFiles::FileSizeLimit full(bytes);
        if (!full.ok())
            return std::nullopt;
        return firstFailure(workspace, shell);
    }
#endif

    static int fileVersion(const QString &path) {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery q(db);
            if (db.open() && q.exec(u"SELECT version FROM schema_version"_s) && q.next())
                version = q.value(0).toInt();
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return version;
    }

private slots:
    void initTestCase() {
        QVERIFY(Languages::install(qApp, u"de"_s));
        SandboxOptions sandboxOptions;
        sandboxOptions.users = 30;
        sandboxOptions.rateLimit = false;
        m_sandbox = startSandbox(sandboxOptions);
    }

    void init() {
        reset(*m_sandbox);
    }

    // A healthy file on a disk that refuses every write: StorageUnavailable, the file left alone.
    void openFailureReachesTheWindow() {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE (Unix)");
#else
        QTemporaryDir dir;
        const QString path = syncedDirectory(dir);
        QVERIFY(QFile::exists(path));
        const qint64 size = QFileInfo(path).size();

        verifyShown(
            failureOnAFullDisk(dir, 1), DirectoryError::Kind::StorageUnavailable,
            u"Die lokale Kopie des Verzeichnisses kann nicht geöffnet werden: Der Datenträger ist voll"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QFileInfo(path).size(), size); // nothing deleted, nothing set aside
#endif
    }

    // A version-1 file whose migration the disk refuses: MigrationFailed, the file stays at version 1.
    void migrationFailureReachesTheWindow() {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE (Unix)");
#else
        QTemporaryDir dir;
        const QString path = syncedDirectory(dir);
        QVERIFY(QFile::exists(path));
        QVERIFY(DirectoryFiles::writeVersion1(path));
        QCOMPARE(fileVersion(path), 1);

        // Reads and the file's own pages work; nothing may grow past the file's size.
        verifyShown(
            failureOnAFullDisk(dir, rlim_t(QFileInfo(path).size())), DirectoryError::Kind::MigrationFailed,
            u"Die lokale Kopie des Verzeichnisses konnte nicht für diese Version von InviteDesk umgewandelt"_s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(fileVersion(path), 1); // left as it was, never set aside
#endif
    }

    // The portal answers the department list with a broken body, every time: PortalFailed with the
    // portal's own words (German), shown in the status bar.
    void portalFailureReachesTheWindow() {
        QTemporaryDir dir;
        fault(*m_sandbox,
              {{u"kind"_s, u"malformed"_s}, {u"count"_s, 1000}, {u"method"_s, u"department.get"_s}});
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        ApplicationShell shell(&workspace, &settings);
        const QString expected = PortalError(PortalError::Kind::MalformedResponse).userMessage();
        QVERIFY2(!expected.isEmpty() && !expected.startsWith(u"The portal sent"_s), qPrintable(expected));
        verifyShown(firstFailure(workspace, shell), DirectoryError::Kind::PortalFailed, expected);
    }

    // The outbox file cannot be made on a disk that refuses every write: StorageUnavailable, in the
    // status bar in German, with the technical reason in the log; nothing can be sent.
    void outboxOpenFailureReachesTheWindow() {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE (Unix)");
#else
        QTemporaryDir dir;
        {
            // A first run makes the directory and the settings; its outbox goes, so the next run makes
            // a new one.
            QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
            Workspace workspace(&settings, options(dir));
            QSignalSpy synced(&workspace, &Workspace::syncFinished);
            workspace.start();
            QVERIFY(synced.wait(30000));
        }
        QVERIFY(QDir(dir.filePath(u"outbox"_s)).removeRecursively());

        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        ApplicationShell shell(&workspace, &settings);
        std::optional<InviteError> failure;
        QString statusBar;
        QObject context;
        // After the shell's own connection (made in its constructor): the status bar already shows it.
        connect(&workspace, &Workspace::outboxFailed, &context, [&](const InviteError &error) {
            if (failure)
                return;
            failure = error;
            statusBar = shell.window()->statusBar()->currentMessage();
        });
        const DirectoryFiles::FileSizeLimit full(1);
        QVERIFY(full.ok());
        shell.show();
        workspace.start();
        QTRY_VERIFY_WITH_TIMEOUT(failure.has_value(), 30000);
        QVERIFY2(failure->kind() == InviteError::Kind::StorageUnavailable, qPrintable(failure->logText()));
        QCOMPARE(statusBar, failure->userMessage());
        QVERIFY2(statusBar.startsWith(u"Der Postausgang kann nicht beschrieben werden"_s),
                 qPrintable(statusBar));
        QVERIFY(!failure->logText().isEmpty());
        QCOMPARE(workspace.outbox(), nullptr);
#endif
    }

    // A portal failure is the last word of its sync: the writer winding down after it must not
    // replace the portal's words in the status bar with "refresh cancelled". The portal answers
    // the department list with a move (a failure that keeps the app online); a refresh asked for right
    // after the failure starts once the first sync has wound down, and by then the window still
    // shows the portal's words and was told nothing else.
    void portalFailureStaysTheLastWord() {
        QTemporaryDir dir;
        fault(*m_sandbox, {{u"kind"_s, u"moved"_s},
                           {u"count"_s, 1000},
                           {u"method"_s, u"department.get"_s},
                           {u"location"_s, u"http://127.0.0.1:9"_s}});
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        ApplicationShell shell(&workspace, &settings);
        QList<Shown> failures;
        // What the window had been told, and showed, when the refresh began.
        std::optional<QList<Shown>> whenRestarted;
        QString statusWhenRestarted;
        int started = 0;
        QObject context;
        connect(&workspace, &Workspace::syncFailed, &context, [&](const DirectoryError &error) {
            failures << Shown{error, shell.window()->statusBar()->currentMessage()};
            if (failures.size() == 1) // the user's next press, from the event loop
                QTimer::singleShot(0, &workspace, &Workspace::refreshDirectory);
        });
        connect(&workspace, &Workspace::syncStarted, &context, [&] {
            if (++started != 2)
                return;
            whenRestarted = failures;
            statusWhenRestarted = shell.window()->statusBar()->currentMessage();
        });
        shell.show();
        workspace.start();
        QTRY_VERIFY_WITH_TIMEOUT(whenRestarted.has_value() || failures.size() >= 2, 30000);
        QCOMPARE(failures.first().error.kind(), DirectoryError::Kind::PortalFailed);
        const QString portalWords = failures.first().error.userMessage();
        QVERIFY(!portalWords.isEmpty());
        for (const Shown &shown : std::as_const(failures))
            QVERIFY2(shown.error.kind() == DirectoryError::Kind::PortalFailed, qPrintable(shown.statusBar));
        QVERIFY(whenRestarted.has_value());
        QCOMPARE(whenRestarted->size(), 1);
        QCOMPARE(statusWhenRestarted, portalWords);
    }
};

QTEST_MAIN(TestDirectoryFailures)
#include "tst_directoryfailures.moc"
