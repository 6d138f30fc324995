#include "StallMeter.h"

#include <algorithm>

namespace peyvand::bench {

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gap = double(now - m_last) / 1e6;
    m_last = now;
    if (gap > 50)
        m_gaps << gap;
    if (gap > m_longest) {
        m_longest = gap;
        m_longestPhase = m_phase;
    }
}

int StallMeter::gapsOver(double ms) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](double g) { return g > ms; }));
}

} // namespace peyvand::bench
