#pragma once
// Measures how long the UI thread goes without serving its event loop: a
// timer ticks every 10 ms, and each gap between ticks beyond the interval is a
// stall the user would feel. The phase name says what was running.
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
    double longestGapMs() const { return m_longest; } // tick to tick, the interval included
    QString longestPhase() const { return m_longestPhase; }
    int gapsOver(double ms) const; // how many gaps exceeded ms
    void tick(); // also called by the driver between steps it runs itself

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    QString m_phase;
    QString m_longestPhase;
    QList<double> m_gaps; // gaps over 50 ms
};

} // namespace peyvand::bench
