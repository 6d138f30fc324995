#pragma once
// What `seed` shows on stderr while it works: each phase with its time (wall
// clock and the process's CPU time, which stays meaningful on a busy machine), and
// the customers written so far, as one updating line on a terminal or a line
// per tenth otherwise; nothing with --quiet.
#include <QElapsedTimer>
#include <QtGlobal>

namespace peyvand::cli {

class SeedProgress
{
public:
    SeedProgress(bool terminal, bool quiet);

    // Ends the phase under way (printing its time) and starts `name` (none: just end).
    void phase(const char *name);
    void customers(qint64 done, qint64 total);
    double elapsedSeconds() const { return m_total.elapsed() / 1000.0; }

private:
    bool m_terminal;
    bool m_quiet;
    QElapsedTimer m_total;
    QElapsedTimer m_phaseTimer;
    const char *m_phase = nullptr;
    double m_phaseCpu = 0;
    int m_lastTenth = 0;
    bool m_lineOpen = false;
};

} // namespace peyvand::cli
