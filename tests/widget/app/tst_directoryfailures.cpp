// The directory's failures reach the window as a DirectoryError of the right kind, in the user's
// language (German here): a directory file on a disk that refuses every write, a file of an older
// version whose migration the disk refuses, and a portal that fails during the sync. Real parts
// only: SQLite files, a sandbox portal over loopback, the window's status bar.
#include "../../integration/portal/sandboxharness.h"
#include "applicationshell.h"
#include "common/languages.h"
#include "directory/directoryerror.h"
#include "mainwindow.h"
#include "portal/portalerror.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace Harness;

namespace {
#ifdef Q_OS_UNIX
// A full disk, for this process only: the kernel refuses every write past `bytes` (EFBIG, the
// signal ignored) while reads go on working, as on a full file system.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
    bool m_ok = false;
};
#endif

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

    // The version-1 schema (InviteDesk 0.1) with one department: a file that needs migrating.
    static bool writeVersion1File(const QString &path) {
        for (const QString &part : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
            QFile::remove(part);
        bool ok = true;
        {
            QSqlDatabase v1 = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            v1.setDatabaseName(path);
            ok = v1.open();
            QSqlQuery q(v1);
            for (const QString &sql : {
                     u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
                     u"INSERT INTO schema_version VALUES (1)"_s,
                     u"CREATE TABLE users (id INTEGER PRIMARY KEY, first_name TEXT NOT NULL DEFAULT '',"
                     " last_name TEXT NOT NULL DEFAULT '', second_name TEXT NOT NULL DEFAULT '',"
                     " email TEXT NOT NULL DEFAULT '', email_norm TEXT NOT NULL DEFAULT '',"
                     " position TEXT NOT NULL DEFAULT '', work_phone TEXT NOT NULL DEFAULT '',"
                     " mobile_phone TEXT NOT NULL DEFAULT '', inner_phone TEXT NOT NULL DEFAULT '',"
                     " department_ids TEXT NOT NULL DEFAULT '', user_type TEXT NOT NULL DEFAULT '',"
                     " active INTEGER NOT NULL DEFAULT 1, last_login TEXT, date_register TEXT,"
                     " state INTEGER NOT NULL DEFAULT 0, raw_json TEXT, content_hash BLOB,"
                     " seen_generation INTEGER NOT NULL DEFAULT 0)"_s,
                     u"CREATE INDEX users_email_norm ON users (email_norm)"_s,
                     u"CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
                     " parent_id INTEGER, head_id INTEGER, sort INTEGER NOT NULL DEFAULT 500,"
                     " seen_generation INTEGER NOT NULL DEFAULT 0)"_s,
                     u"CREATE TABLE membership (user_id INTEGER NOT NULL, department_id INTEGER NOT NULL,"
                     " PRIMARY KEY (user_id, department_id)) WITHOUT ROWID"_s,
                     u"CREATE INDEX membership_department ON membership (department_id, user_id)"_s,
                     u"CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                     " generation INTEGER NOT NULL DEFAULT 0, last_full_sync TEXT,"
                     " user_count INTEGER NOT NULL DEFAULT 0, department_count INTEGER NOT NULL DEFAULT 0,"
                     " last_added INTEGER NOT NULL DEFAULT 0, last_changed INTEGER NOT NULL DEFAULT 0,"
                     " last_removed INTEGER NOT NULL DEFAULT 0)"_s,
                     u"INSERT INTO sync_state (id, generation, user_count) VALUES (1, 4, 0)"_s,
                     u"INSERT INTO departments (id, name) VALUES (3, 'Vertrieb Süd')"_s,
                 })
                ok = ok && q.exec(sql);
            v1.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        return ok;
    }

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

    void init() { reset(*m_sandbox); }

    // A healthy file on a disk that refuses every write: StorageUnavailable, the file left alone.
    void openFailureReachesTheWindow() {
#ifndef Q_OS_UNIX
        QSKIP("needs RLIMIT_FSIZE (Unix)");
#else
        QTemporaryDir dir;
        const QString path = syncedDirectory(dir);
        QVERIFY(QFile::exists(path));
        const qint64 size = QFileInfo(path).size();

        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        ApplicationShell shell(&workspace, &settings);
        std::optional<Shown> shown;
        {
            const FileSizeLimit full(1);
            QVERIFY(full.ok());
            shown = firstFailure(workspace, shell);
        }
        QVERIFY(shown.has_value());
        QVERIFY2(shown->error.kind() == DirectoryError::Kind::StorageUnavailable,
                 qPrintable(shown->error.logText()));
        QCOMPARE(shown->statusBar, shown->error.userMessage());
        QVERIFY2(
            shown->statusBar.startsWith(u"Die lokale Kopie des Verzeichnisses kann nicht geöffnet werden"_s),
            qPrintable(shown->statusBar));
        QVERIFY(!shown->error.logText().isEmpty());
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
        QVERIFY(writeVersion1File(path));
        QCOMPARE(fileVersion(path), 1);

        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings, options(dir));
        ApplicationShell shell(&workspace, &settings);
        std::optional<Shown> shown;
        {
            // Reads and the file's own pages work; nothing may grow past the file's size.
            const FileSizeLimit full(rlim_t(QFileInfo(path).size()));
            QVERIFY(full.ok());
            shown = firstFailure(workspace, shell);
        }
        QVERIFY(shown.has_value());
        QVERIFY2(shown->error.kind() == DirectoryError::Kind::MigrationFailed,
                 qPrintable(shown->error.logText()));
        QCOMPARE(shown->statusBar, shown->error.userMessage());
        QVERIFY2(
            shown->statusBar.contains(u"konnte nicht für diese Version von InviteDesk umgewandelt werden"_s),
            qPrintable(shown->statusBar));
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
        const std::optional<Shown> shown = firstFailure(workspace, shell);
        QVERIFY(shown.has_value());
        QVERIFY2(shown->error.kind() == DirectoryError::Kind::PortalFailed,
                 qPrintable(shown->error.logText()));
        const QString expected = PortalError(PortalError::Kind::MalformedResponse).userMessage();
        QCOMPARE(shown->error.userMessage(), expected);
        QCOMPARE(shown->statusBar, expected);
        QVERIFY(!shown->error.logText().isEmpty());
        QVERIFY2(!expected.isEmpty() && !expected.startsWith(u"The portal sent"_s), qPrintable(expected));
    }
};

QTEST_MAIN(TestDirectoryFailures)
#include "tst_directoryfailures.moc"
