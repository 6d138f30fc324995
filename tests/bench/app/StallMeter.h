#pragma once
// Measures how long the UI thread goes without serving its event loop: a
// timer ticks every 10 ms, and each gap between ticks beyond the interval is a
// stall the user would feel. The phase name says what was running. Each gap's
// CPU time of the UI thread tells work from waiting for a shared, busy CPU.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace peyvand::bench {

class StallMeter : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 10;

    explicit StallMeter(QObject *parent = nullptr);

    void setPhase(const QString &phase) { m_phase = phase; }
    struct Gap
    {
        double wallMs = 0; // tick to tick, the interval included
        double cpuMs = 0; // the UI thread's CPU time in it
        long preempted = 0; // involuntary context switches: the CPU went to another thread or process
        long waited = 0; // voluntary ones: the thread blocked (reading the disk, a lock)
        QString phase;
    };
    Gap longest() const { return m_longest; }
    Gap longestCpu() const { return m_longestCpu; } // the gap with the most UI-thread CPU time
    QList<Gap> worst(int n) const; // the n longest gaps over 50 ms, longest first
    int gapsOver(double ms) const; // how many gaps exceeded ms
    void tick(); // also called by the driver between steps it runs itself

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    long m_lastPreempted = 0;
    long m_lastWaited = 0;
    QString m_phase;
    Gap m_longest;
    Gap m_longestCpu;
    QList<Gap> m_gaps; // gaps over 50 ms
};

} // namespace peyvand::bench
