#include "Trace.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <ctime>
#include <optional>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace peyvand::Trace {

namespace {

std::optional<bool> g_enabled;

// The process start in CLOCK_BOOTTIME milliseconds (field 22 of /proc/self/stat,
// clock ticks since boot), or nullopt off Linux.
std::optional<double> processStartMs()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces: count fields after its ')'.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    constexpr int startTimeAfterName = 22 - 3; // field 3 is the first after the name
    if (fields.size() <= startTimeAfterName)
        return std::nullopt;
    bool ok = false;
    const double ticks = fields[startTimeAfterName].toDouble(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    if (!ok || perSecond <= 0)
        return std::nullopt;
    return ticks * 1000.0 / double(perSecond);
#else
    return std::nullopt;
#endif
}

double bootTimeMs()
{
#ifdef Q_OS_LINUX
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

} // namespace

void enable(bool on)
{
    g_enabled = on;
}

bool enabled()
{
    if (!g_enabled) {
        const QByteArray value = qgetenv("PEYVAND_TRACE");
        g_enabled = !value.isEmpty() && value != "0";
    }
    return *g_enabled;
}

double sinceStart()
{
    static const std::optional<double> start = processStartMs();
    static QElapsedTimer fallback;
    if (start)
        return bootTimeMs() - *start;
    if (!fallback.isValid())
        fallback.start();
    return double(fallback.nsecsElapsed()) / 1e6;
}

void mark(const QString &milestone)
{
    if (enabled())
        markAt(sinceStart(), milestone);
}

void markAt(double msSinceStart, const QString &milestone)
{
    if (!enabled())
        return;
    std::fprintf(stderr, "peyvand-trace: %.1f ms %s\n", msSinceStart, milestone.toUtf8().constData());
    std::fflush(stderr);
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace peyvand::Trace
