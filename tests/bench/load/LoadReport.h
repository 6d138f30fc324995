#pragma once
// Figures of a run from the workers' records: per operation the calls by
// outcome, throughput (successful calls per second of the run) and p50/p99
// latency of the successful calls; the stores' retry and reconnect counters;
// and, with a restart, how long the clients were stalled.
#include "LoadRecord.h"
#include "LoadVerifier.h"

#include <QJsonObject>
#include <QString>

namespace peyvand::load {

struct RestartTimes
{
    qint64 stopBeginNs = 0; // the stop was asked for
    qint64 stoppedNs = 0; // the server was down
    qint64 upNs = 0; // the server accepted connections again
};

struct LoadRunInfo
{
    QString command;
    int workers = 0;
    int reps = 0, managers = 0, desk = 0;
    qint64 startNs = 0, endNs = 0;
    int workerFailures = 0;
    QStringList workerProblems;
    bool restarted = false;
    RestartTimes restart;
};

class LoadReport
{
public:
    LoadReport(const LoadRunInfo &info, const QList<LoadRecord> &records, const LoadVerdict &verdict);

    QString text() const; // for the terminal
    QString markdown() const; // the tables docs/performance.md shows
    QJsonObject json() const;
    qint64 unexpectedErrors() const { return m_errors; }
    qint64 unavailable() const { return m_unavailable; }

private:
    struct OpFigures
    {
        qint64 calls = 0, ok = 0, conflicts = 0, unknown = 0, unavailable = 0, errors = 0;
        double perSecond = 0, p50Ms = 0, p99Ms = 0, maxMs = 0;
    };
    void computeStall();

    LoadRunInfo m_info;
    const QList<LoadRecord> &m_records;
    const LoadVerdict &m_verdict;
    OpFigures m_ops[kOpCount];
    OpFigures m_total;
    QMap<QString, qint64> m_counters;
    qint64 m_errors = 0, m_unavailable = 0;
    double m_seconds = 0;
    // Restart: the longest time no call succeeded anywhere; per worker the time
    // between its last success before the server was gone and its first after
    // (stall), and from the server accepting again to that first success (recovery).
    double m_gapMs = 0, m_stallMedianMs = 0, m_stallMaxMs = 0, m_recoveryMedianMs = 0, m_recoveryMaxMs = 0;
};

} // namespace peyvand::load
