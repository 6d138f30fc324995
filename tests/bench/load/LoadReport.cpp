#include "LoadReport.h"

#include <QJsonArray>
#include <algorithm>

namespace peyvand::load {

namespace {

double percentile(std::vector<qint64> &v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return double(v[i]) / 1e6;
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

} // namespace

LoadReport::LoadReport(const LoadRunInfo &info, const QList<LoadRecord> &records, const LoadVerdict &verdict)
    : m_info(info)
    , m_records(records)
    , m_verdict(verdict)
{
    m_seconds = double(info.endNs - info.startNs) / 1e9;
    std::vector<qint64> latencies[kOpCount];
    std::vector<qint64> all;
    for (const LoadRecord &r : records) {
        for (const Sample &s : r.samples) {
            OpFigures &f = m_ops[int(s.op)];
            ++f.calls;
            switch (s.outcome) {
            case Outcome::Ok:
                ++f.ok;
                latencies[int(s.op)].push_back(s.durationNs);
                all.push_back(s.durationNs);
                break;
            case Outcome::Conflict:
                ++f.conflicts;
                break;
            case Outcome::Unknown:
                ++f.unknown;
                break;
            case Outcome::Unavailable:
                ++f.unavailable;
                break;
            case Outcome::Error:
                ++f.errors;
                break;
            }
        }
        for (auto it = r.counters.begin(); it != r.counters.end(); ++it)
            m_counters[it.key()] += it.value();
        m_errors += r.errors.size();
    }
    for (int i = 0; i < kOpCount; ++i) {
        OpFigures &f = m_ops[i];
        f.perSecond = m_seconds > 0 ? double(f.ok) / m_seconds : 0;
        f.maxMs = latencies[i].empty() ? 0 : double(*std::max_element(latencies[i].begin(), latencies[i].end())) / 1e6;
        f.p50Ms = percentile(latencies[i], 0.50);
        f.p99Ms = percentile(latencies[i], 0.99);
        m_total.calls += f.calls;
        m_total.ok += f.ok;
        m_total.conflicts += f.conflicts;
        m_total.unknown += f.unknown;
        m_total.unavailable += f.unavailable;
        m_total.errors += f.errors;
        m_total.maxMs = std::max(m_total.maxMs, f.maxMs);
    }
    m_total.perSecond = m_seconds > 0 ? double(m_total.ok) / m_seconds : 0;
    m_total.p50Ms = percentile(all, 0.50);
    m_total.p99Ms = percentile(all, 0.99);
    m_unavailable = m_total.unavailable;
    m_errors = std::max(m_errors, m_total.errors);
    if (info.restarted)
        computeStall();
}

void LoadReport::computeStall()
{
    // The server is gone once the stop returned: a success after that came on a new session.
    const qint64 down = m_info.restart.stoppedNs;
    std::vector<qint64> ends, stalls, recoveries;
    for (const LoadRecord &r : m_records) {
        qint64 lastBefore = 0, firstAfter = 0;
        for (const Sample &s : r.samples) {
            if (s.outcome != Outcome::Ok)
                continue;
            const qint64 end = s.startNs + s.durationNs;
            ends.push_back(end);
            if (end <= down)
                lastBefore = std::max(lastBefore, end);
            else if (firstAfter == 0 || end < firstAfter)
                firstAfter = end;
        }
        if (firstAfter && lastBefore) {
            stalls.push_back(firstAfter - lastBefore);
            recoveries.push_back(firstAfter - m_info.restart.upNs);
        }
    }
    std::sort(ends.begin(), ends.end());
    for (size_t i = 1; i < ends.size(); ++i)
        m_gapMs = std::max(m_gapMs, double(ends[i] - ends[i - 1]) / 1e6);
    if (!stalls.empty()) {
        std::sort(stalls.begin(), stalls.end());
        std::sort(recoveries.begin(), recoveries.end());
        m_stallMedianMs = double(stalls[stalls.size() / 2]) / 1e6;
        m_stallMaxMs = double(stalls.back()) / 1e6;
        m_recoveryMedianMs = double(recoveries[recoveries.size() / 2]) / 1e6;
        m_recoveryMaxMs = double(recoveries.back()) / 1e6;
    }
}

QString LoadReport::markdown() const
{
    QString out;
    out += QStringLiteral("| operation | calls | ok | ops/s | p50 ms | p99 ms | max ms | conflicts | unknown | "
                          "unavailable | errors |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    auto row = [&](const QString &name, const OpFigures &f) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
                   .arg(name)
                   .arg(f.calls)
                   .arg(f.ok)
                   .arg(QString::number(f.perSecond, 'f', 1), ms(f.p50Ms), ms(f.p99Ms), ms(f.maxMs))
                   .arg(f.conflicts)
                   .arg(f.unknown)
                   .arg(f.unavailable)
                   .arg(f.errors);
    };
    for (int i = 0; i < kOpCount; ++i)
        row(QString::fromLatin1(opName(Op(i))), m_ops[i]);
    row(QStringLiteral("**all**"), m_total);
    return out;
}

QString LoadReport::text() const
{
    QString out;
    out += QStringLiteral("peyvand-load: %1 workers (%2 reps, %3 managers, %4 support desk) for %5 s\n")
               .arg(m_info.workers)
               .arg(m_info.reps)
               .arg(m_info.managers)
               .arg(m_info.desk)
               .arg(m_seconds, 0, 'f', 1);
    out += markdown();
    out += QStringLiteral("latency: successful calls only, from the service call to its return (retries and "
                          "reconnects included)\n");
    out += QStringLiteral("counters: transactions retried after a lost session %1, after a serialization "
                          "failure/deadlock %2; reconnects %3; outcome-unknown commits %4\n")
               .arg(m_counters.value(QStringLiteral("retried_after_lost_session")))
               .arg(m_counters.value(QStringLiteral("retried_after_conflict")))
               .arg(m_counters.value(QStringLiteral("reconnects")))
               .arg(m_counters.value(QStringLiteral("outcome_unknown_commits")));
    if (m_info.restarted)
        out += QStringLiteral("restart: stop took %1 s, server down %2 s (stop asked → accepting again); no call "
                              "succeeded anywhere for %3 s; each worker's stall (last success before the server was "
                              "gone → first success after): median %4 s, max %5 s; first success after the server "
                              "accepted again: median %6 s, max %7 s\n")
                   .arg(double(m_info.restart.stoppedNs - m_info.restart.stopBeginNs) / 1e9, 0, 'f', 2)
                   .arg(double(m_info.restart.upNs - m_info.restart.stopBeginNs) / 1e9, 0, 'f', 2)
                   .arg(m_gapMs / 1000, 0, 'f', 2)
                   .arg(m_stallMedianMs / 1000, 0, 'f', 2)
                   .arg(m_stallMaxMs / 1000, 0, 'f', 2)
                   .arg(m_recoveryMedianMs / 1000, 0, 'f', 2)
                   .arg(m_recoveryMaxMs / 1000, 0, 'f', 2);
    out += QStringLiteral("checked: %1 acknowledged writes; outcome unknown: %2 committed, %3 not committed\n")
               .arg(m_verdict.acknowledgedChecked)
               .arg(m_verdict.unknownCommitted)
               .arg(m_verdict.unknownNotCommitted);
    for (const QString &u : m_verdict.unknownDetails)
        out += QStringLiteral("  unknown outcome: %1\n").arg(u);
    for (const QString &p : m_info.workerProblems)
        out += QStringLiteral("WORKER FAILED: %1\n").arg(p);
    int shown = 0;
    for (const LoadRecord &r : m_records)
        for (const QString &e : r.errors)
            if (shown++ < 20)
                out += QStringLiteral("ERROR (%1): %2\n").arg(r.username, e);
    for (const QString &f : m_verdict.failures)
        out += QStringLiteral("CHECK FAILED: %1\n").arg(f);
    return out;
}

QJsonObject LoadReport::json() const
{
    QJsonArray ops;
    auto figures = [](const QString &name, const OpFigures &f) {
        return QJsonObject { { "operation", name },    { "calls", f.calls },
                             { "ok", f.ok },           { "ops_per_s", f.perSecond },
                             { "p50_ms", f.p50Ms },    { "p99_ms", f.p99Ms },
                             { "max_ms", f.maxMs },    { "conflicts", f.conflicts },
                             { "unknown", f.unknown }, { "unavailable", f.unavailable },
                             { "errors", f.errors } };
    };
    for (int i = 0; i < kOpCount; ++i)
        ops.append(figures(QString::fromLatin1(opName(Op(i))), m_ops[i]));
    QJsonObject counters;
    for (auto it = m_counters.begin(); it != m_counters.end(); ++it)
        counters.insert(it.key(), it.value());
    QJsonObject o { { "command", m_info.command },
                    { "workers", m_info.workers },
                    { "seconds", m_seconds },
                    { "operations", ops },
                    { "total", figures(QStringLiteral("all"), m_total) },
                    { "counters", counters },
                    { "acknowledged_checked", m_verdict.acknowledgedChecked },
                    { "unknown_committed", m_verdict.unknownCommitted },
                    { "unknown_not_committed", m_verdict.unknownNotCommitted },
                    { "check_failures", QJsonArray::fromStringList(m_verdict.failures) },
                    { "worker_failures", m_info.workerFailures },
                    { "errors", m_errors } };
    if (m_info.restarted)
        o.insert("restart",
                 QJsonObject { { "stop_s", double(m_info.restart.stoppedNs - m_info.restart.stopBeginNs) / 1e9 },
                               { "down_s", double(m_info.restart.upNs - m_info.restart.stopBeginNs) / 1e9 },
                               { "no_success_anywhere_s", m_gapMs / 1000 },
                               { "stall_median_s", m_stallMedianMs / 1000 },
                               { "stall_max_s", m_stallMaxMs / 1000 },
                               { "recovery_median_s", m_recoveryMedianMs / 1000 },
                               { "recovery_max_s", m_recoveryMaxMs / 1000 } });
    return o;
}

} // namespace peyvand::load
