#include "SeedProgress.h"

#include <cstdio>
#include <sys/resource.h>

namespace peyvand::cli {

namespace {

// User and system time of the whole process (all threads), in seconds.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

SeedProgress::SeedProgress(bool terminal, bool quiet)
    : m_terminal(terminal)
    , m_quiet(quiet)
{
    m_total.start();
}

void SeedProgress::phase(const char *name)
{
    if (m_phase && !m_quiet) {
        if (m_lineOpen)
            std::fputc('\n', stderr);
        std::fprintf(stderr, "seed: %-12s %7.1f s (cpu %.1f s)\n", m_phase, m_phaseTimer.elapsed() / 1000.0,
                     cpuSeconds() - m_phaseCpu);
        std::fflush(stderr);
    }
    m_lineOpen = false;
    m_phase = name;
    m_phaseTimer.start();
    m_phaseCpu = cpuSeconds();
}

void SeedProgress::customers(qint64 done, qint64 total)
{
    if (m_quiet || total <= 0)
        return;
    const double seconds = m_phaseTimer.elapsed() / 1000.0;
    const double rate = seconds > 0 ? done / seconds : 0;
    const qint64 left = rate > 0 ? qint64((total - done) / rate) : 0;
    const int percent = int(done * 100 / total);
    if (m_terminal) {
        std::fprintf(stderr, "\rseed: %lld / %lld customers (%3d%%), %.0f/s, %llds left   ", (long long)done,
                     (long long)total, percent, rate, (long long)left);
        m_lineOpen = true;
    } else {
        const int tenth = int(done * 10 / total);
        if (tenth == m_lastTenth)
            return;
        m_lastTenth = tenth;
        std::fprintf(stderr, "seed: %lld / %lld customers (%d%%), %.0f/s\n", (long long)done, (long long)total, percent,
                     rate);
    }
    std::fflush(stderr);
}

} // namespace peyvand::cli
