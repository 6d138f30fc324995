#include "StallMeter.h"

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

namespace peyvand::bench {

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

// This thread's context switches so far: involuntary, voluntary.
std::pair<long, long> switches()
{
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return { usage.ru_nivcsw, usage.ru_nvcsw };
}

} // namespace

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_lastCpu = threadCpuMs();
    std::tie(m_lastPreempted, m_lastWaited) = switches();
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double cpu = threadCpuMs();
    const auto [preempted, waited] = switches();
    const Gap gap { double(now - m_last) / 1e6, cpu - m_lastCpu, preempted - m_lastPreempted, waited - m_lastWaited,
                    m_phase };
    m_last = now;
    m_lastCpu = cpu;
    m_lastPreempted = preempted;
    m_lastWaited = waited;
    if (gap.wallMs > 50)
        m_gaps << gap;
    if (gap.wallMs > m_longest.wallMs)
        m_longest = gap;
    if (gap.cpuMs > m_longestCpu.cpuMs)
        m_longestCpu = gap;
}

QList<StallMeter::Gap> StallMeter::worst(int n) const
{
    QList<Gap> gaps = m_gaps;
    std::sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.wallMs > b.wallMs; });
    return gaps.mid(0, n);
}

int StallMeter::gapsOver(double ms) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](const Gap &g) { return g.wallMs > ms; }));
}

} // namespace peyvand::bench
