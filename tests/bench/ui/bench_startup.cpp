// Cold start to the first painted window with a 100 000-user directory, and peak RSS, beside an empty
// QWidget window started by the same benchmark. Prints figures, asserts nothing.
// Targets: start <= 1.5x the empty window's, peak RSS <= empty + 40 MB.
//   bench_startup [users=100000] [runs=5]      the parent: prepares the cache, runs the children
//   bench_startup empty|label|frame|full <file> one child: shows its window, prints figures, exits
// "label" is the empty window with one line of text in a QLabel: the floor of any window that shows
// text (font database, fontconfig, glyph rendering), to read the other figures against.
// "frame" is the main window with both pages but no directory (no SQLite at all): what any real text
// window costs over an empty QWidget (fonts, style, widgets); "full" adds the 100 000-user directory.
// Each child is a fresh process: "spawn" is measured by the parent from starting the process to the
// child's report (exec, dynamic linking, QApplication, window, first paint); "main" by the child from
// main() to the window's first QEvent::Paint; "frame" to the end of that first frame (children
// painted, so the table's first rows were read).

#include "directory/directoryreader.h"
#include "directory/directorysync.h"
#include "mainwindow.h"
#include "pages/companystructurepage.h"
#include "pages/employeespage.h"
#include "processusage.h"

#include "userfixtures.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_sinceMain;

// With INVITEDESK_BENCH_TRACE set, the child prints where its start-up time goes.
void trace(const char *step) {
    static const bool enabled = qEnvironmentVariableIsSet("INVITEDESK_BENCH_TRACE");
    if (enabled)
        std::fprintf(stderr, "  %8.2f ms  %s\n", double(g_sinceMain.nsecsElapsed()) / 1e6, step);
}

// Reports the window's first paint, then the end of that frame, and quits.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            m_paintMs = double(g_sinceMain.nsecsElapsed()) / 1e6;
            m_cpuMs = ProcessUsage::cpuMs();
            trace("first paint");
            QTimer::singleShot(0, this, [this] {
                std::printf("main_ms=%.2f frame_ms=%.2f cpu_ms=%.2f rss_kb=%ld\n", m_paintMs,
                            double(g_sinceMain.nsecsElapsed()) / 1e6, m_cpuMs, ProcessUsage::peakRssKb());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
    double m_paintMs = 0;
    double m_cpuMs = 0;
};

int runChild(int argc, char **argv, bool full, bool withDirectory, bool withLabel, const QString &path) {
    QApplication app(argc, argv);
    trace("QApplication");
    FirstPaintProbe probe;
    if (!full) {
        QWidget window;
        window.resize(1100, 700);
        if (withLabel)
            new QLabel(u"InviteDesk"_s, &window);
        window.installEventFilter(&probe);
        window.show();
        return app.exec();
    }
    MainWindow window;
    trace("MainWindow");
    auto *employees = new EmployeesPage;
    trace("EmployeesPage");
    auto *structure = new CompanyStructurePage;
    trace("CompanyStructurePage");
    // Both pages read through one shared reader (DirectoryReader::shared); the structure page reads
    // nothing until its tab is first shown.
    if (withDirectory)
        employees->setDirectory(path);
    trace("EmployeesPage::setDirectory");
    if (withDirectory)
        structure->setDirectory(path);
    trace("CompanyStructurePage::setDirectory");
    window.addPage(employees, EmployeesPage::tr("Employees"));
    window.addPage(structure, CompanyStructurePage::tr("Company structure"));
    window.installEventFilter(&probe);
    window.show();
    trace("show");
    return app.exec();
}

bool cacheHolds(const QString &path, int users) {
    if (!QFileInfo::exists(path))
        return false;
    DirectoryReader reader(path);
    if (!reader.open(DirectoryDatabase::OpenMode::Check).ok())
        return false;
    QSqlQuery query(reader.database());
    return query.exec(u"SELECT count(*) FROM users"_s) && query.next() && query.value(0).toInt() == users;
}

void prepareCache(const QString &path, int users) {
    if (cacheHolds(path, users)) {
        std::printf("cache: %s (reused, %.1f MB)\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);
        return;
    }
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    DirectorySync sync(path);
    sync.open();
    sync.beginFullSync(users);
    sync.ingestDepartments(UserFixtures::departments(200));
    for (int first = 1; first <= users; first += 50)
        sync.ingestUsers(UserFixtures::users(first, std::min(50, users - first + 1), 200));
    sync.finishFullSync();
    std::printf("cache: %s (built in %.1f s, %.1f MB)\n", qPrintable(path), double(timer.elapsed()) / 1e3,
                double(QFileInfo(path).size()) / 1e6);
}

struct Figures {
    double spawnMs = 0, mainMs = 0, frameMs = 0, cpuMs = 0, rssMb = 0;
};

bool runOnce(const QString &mode, const QString &path, Figures *figures) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {mode, path});
    QByteArray out;
    double spawnMs = -1;
    while (child.waitForReadyRead(30000)) {
        out += child.readAllStandardOutput();
        if (out.contains("rss_kb=")) {
            spawnMs = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    child.waitForFinished(30000);
    out += child.readAllStandardOutput();
    if (spawnMs < 0)
        return false;
    figures->spawnMs = spawnMs;
    for (const QByteArray &field : out.trimmed().split(' ')) {
        const QList<QByteArray> pair = field.split('=');
        if (pair.size() != 2)
            continue;
        if (pair.at(0) == "main_ms")
            figures->mainMs = pair.at(1).toDouble();
        else if (pair.at(0) == "frame_ms")
            figures->frameMs = pair.at(1).toDouble();
        else if (pair.at(0) == "cpu_ms")
            figures->cpuMs = pair.at(1).toDouble();
        else if (pair.at(0) == "rss_kb")
            figures->rssMb = pair.at(1).toDouble() / 1024.0;
    }
    return true;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv) {
    g_sinceMain.start();
    if (argc >= 3 && (qstrcmp(argv[1], "empty") == 0 || qstrcmp(argv[1], "label") == 0 ||
                      qstrcmp(argv[1], "frame") == 0 || qstrcmp(argv[1], "full") == 0)) {
        // INVITEDESK_BENCH_NO_DIRECTORY (kept for old notes): "full" without a directory, i.e. "frame".
        const bool withDirectory =
            qstrcmp(argv[1], "full") == 0 && !qEnvironmentVariableIsSet("INVITEDESK_BENCH_NO_DIRECTORY");
        const bool window = qstrcmp(argv[1], "empty") != 0 && qstrcmp(argv[1], "label") != 0;
        return runChild(argc, argv, window, withDirectory, qstrcmp(argv[1], "label") == 0,
                        QString::fromLocal8Bit(argv[2]));
    }

    QCoreApplication app(argc, argv);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    const QString path = QDir::temp().filePath(u"invitedesk-bench-startup-%1.sqlite"_s.arg(users));
    prepareCache(path, users);
    std::printf("platform: %s\n",
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "default" : qgetenv("QT_QPA_PLATFORM").constData());

    QHash<QString, QList<Figures>> results;
    const QStringList modes = {u"empty"_s, u"label"_s, u"frame"_s, u"full"_s};
    for (const QString &mode : modes) { // one warm-up each: the file cache, not the process, is warm
        Figures ignored;
        runOnce(mode, path, &ignored);
    }
    for (int run = 0; run < runs; ++run) {
        for (const QString &mode : modes) {
            Figures figures;
            if (!runOnce(mode, path, &figures)) {
                std::printf("%s: the child did not report\n", qPrintable(mode));
                return 1;
            }
            std::printf("  run %d %-5s spawn %7.1f ms  main %7.1f ms  frame %7.1f ms  CPU %6.1f ms  peak RSS "
                        "%6.1f MB\n",
                        run + 1, qPrintable(mode), figures.spawnMs, figures.mainMs, figures.frameMs,
                        figures.cpuMs, figures.rssMb);
            results[mode] << figures;
        }
    }
    const auto medianOf = [&results](const QString &mode, double Figures::*field) {
        QList<double> values;
        for (const Figures &figures : results.value(mode))
            values << figures.*field;
        return median(values);
    };
    std::printf("\nmedians of %d runs, %d users       empty     label     frame      full   full/empty  "
                "label/empty  full/frame\n",
                runs, users);
    for (const auto &[name, field] : {std::pair{"spawn to first paint (ms)", &Figures::spawnMs},
                                      std::pair{"main to first paint (ms) ", &Figures::mainMs},
                                      std::pair{"main to first frame (ms) ", &Figures::frameMs},
                                      std::pair{"CPU to first paint (ms)  ", &Figures::cpuMs}}) {
        const double empty = medianOf(u"empty"_s, field), label = medianOf(u"label"_s, field),
                     frame = medianOf(u"frame"_s, field), full = medianOf(u"full"_s, field);
        std::printf(
            "  %s      %8.1f  %8.1f  %8.1f  %8.1f    %5.2fx      %5.2fx      %5.2fx  (target full <= 1.5x "
            "empty)\n",
            name, empty, label, frame, full, full / empty, label / empty, full / frame);
    }
    const double emptyRss = medianOf(u"empty"_s, &Figures::rssMb),
                 labelRss = medianOf(u"label"_s, &Figures::rssMb),
                 frameRss = medianOf(u"frame"_s, &Figures::rssMb),
                 fullRss = medianOf(u"full"_s, &Figures::rssMb);
    std::printf(
        "  peak RSS, VmHWM (MB)           %8.1f  %8.1f  %8.1f  %8.1f    +%.1f MB over empty, +%.1f MB over "
        "frame (target <= +40 MB over empty)\n",
        emptyRss, labelRss, frameRss, fullRss, fullRss - emptyRss, fullRss - frameRss);
    return 0;
}
