#include "core/platform/platform.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#endif

namespace kasibi {

namespace {

QString dictionaryName(const QString& language) {
    if (language == QLatin1String("ru")) return QStringLiteral("ru_RU");
    if (language == QLatin1String("kk")) return QStringLiteral("kk_KZ");
    return {};
}

} // namespace

QString Platform::spellingDictionary(const QString& language) {
    const QString name = dictionaryName(language);
    if (name.isEmpty()) return {};
#ifdef Q_OS_WIN
    // The installer puts them in dictionaries\ beside kasibi.exe (docs/windows-build.md).
    return QCoreApplication::applicationDirPath() + QStringLiteral("/dictionaries/") + name;
#else
    // Debian's hunspell-ru and hunspell-kk.
    return QStringLiteral("/usr/share/hunspell/") + name;
#endif
}

Platform::Memory Platform::memory() {
    Memory memory;
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)) {
        memory.residentMegabytes = counters.WorkingSetSize / 1048576.0;
        memory.peakMegabytes = counters.PeakWorkingSetSize / 1048576.0;
    }
#else
    // The kernel's own accounting, in kB.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const double kb = line.simplified().split(' ').value(1).toDouble();
            if (line.startsWith("VmRSS:")) memory.residentMegabytes = kb / 1024;
            if (line.startsWith("VmHWM:")) memory.peakMegabytes = kb / 1024;
        }
    }
#endif
    return memory;
}

double Platform::loadAverage() {
#ifdef Q_OS_WIN
    return -1; // Windows keeps no load average
#else
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
#endif
}

} // namespace kasibi
