#include "processusage.h"

#include <QByteArray>
#include <QFile>

#include <sys/resource.h>

// getrusage(RUSAGE_SELF).ru_maxrss is only the fallback: Linux carries the high-water mark across
// fork and exec, so every child would report the parent's peak (which built the 100 000-user cache).
// VmHWM in /proc/self/status belongs to the current image only.
long ProcessUsage::peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double ProcessUsage::cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}
