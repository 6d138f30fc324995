// The manager reports for a whole Jalali year (the year of the latest
// activity in the file, "now" fixed at that activity), as the Reports view and
// `peyvand-cli report` compute them (ReportService over schema 6's indexes and
// day summaries), against the plainest SQL giving the same figures: GROUP BY
// over the base tables. Both sides return the same checksum (deals, activities
// or orders counted), so a mismatch shows in the rows column.
#include "BenchHarness.h"
#include "JalaliDate.h"
#include "ReportService.h"

using namespace peyvand;
using namespace peyvand::bench;

namespace {

struct YearSetup
{
    ReportFilter filter;
    std::shared_ptr<FixedClock> clock;
    qint64 from = 0, to = 0, now = 0; // unix seconds: [from, to), now
};

qint64 scalar(sqlite3 *db, const char *sql)
{
    return rawScalar(db, sql);
}

YearSetup yearOf(Context &ctx, ReportScope scope = ReportScope::All, qint64 owner = 0)
{
    YearSetup s;
    qint64 latest = scalar(ctx.raw, "SELECT max(at) FROM activities");
    if (latest == 0)
        latest = QDateTime::currentSecsSinceEpoch();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(latest, Qt::UTC);
    s.clock = std::make_shared<FixedClock>(now);
    s.filter.scope = scope;
    s.filter.ownerId = owner;
    s.filter.period = ReportPeriod::preset(PeriodPreset::ThisYear, businessDay(now));
    s.from = s.filter.period.startUtc().toSecsSinceEpoch();
    s.to = s.filter.period.endUtc().toSecsSinceEpoch();
    s.now = latest;
    return s;
}

// Steps a statement with ?1..?n bound to `values`, summing column `col`.
qint64 sumColumn(sqlite3 *db, const char *sql, std::initializer_list<qint64> values, int col)
{
    sqlite3_stmt *st = rawStatement(db, sql);
    int i = 0;
    for (qint64 v : values)
        sqlite3_bind_int64(st, ++i, v);
    qint64 sum = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        sum += sqlite3_column_int64(st, col);
    sqlite3_reset(st);
    return sum;
}

} // namespace

PEYVAND_BENCH("report/pipeline year all")
{
    const YearSetup s = yearOf(ctx);
    return Measure {
        [&ctx, s] {
            const PipelineReport r = ReportService(*ctx.store, *s.clock).pipeline(s.filter);
            qint64 n = 0;
            for (const PipelineSection &sec : r.sections)
                n += sec.count;
            return n;
        },
        [&ctx, s] {
            return sumColumn(ctx.raw,
                             "SELECT d.pipeline_id, d.stage_id, count(*), sum(d.amount), "
                             "sum((d.amount / 100) * s.probability + (d.amount % 100) * s.probability / 100) "
                             "FROM deals d JOIN stages s ON s.id = d.stage_id "
                             "WHERE d.status = 'open' AND d.created_at < ?1 GROUP BY 1, 2",
                             { s.to }, 2);
        },
        5,
        Budget::Report,
    };
}

PEYVAND_BENCH("report/funnel year all")
{
    const YearSetup s = yearOf(ctx);
    return Measure {
        [&ctx, s] {
            const FunnelReport r = ReportService(*ctx.store, *s.clock).funnel(s.filter);
            qint64 n = 0;
            for (const FunnelSection &sec : r.sections)
                n += sec.steps.front().reached + sec.winRate.won + sec.winRate.lost;
            return n;
        },
        [&ctx, s] {
            // Furthest stage per deal from the history, then closed deals by outcome and reason.
            const qint64 created
                = sumColumn(ctx.raw,
                            "SELECT reached, count(*) FROM (SELECT d.id, max(s.position) AS reached FROM deals d "
                            "JOIN deal_stage_history h ON h.deal_id = d.id JOIN stages s ON s.id = h.stage_id "
                            "WHERE d.created_at >= ?1 AND d.created_at < ?2 AND s.outcome <> 'lost' GROUP BY d.id) "
                            "GROUP BY reached",
                            { s.from, s.to }, 1);
            const qint64 closed = sumColumn(ctx.raw,
                                            "SELECT pipeline_id, status, lost_reason, count(*), sum(amount), "
                                            "sum(closed_at - created_at) FROM deals WHERE status <> 'open' "
                                            "AND closed_at >= ?1 AND closed_at < ?2 GROUP BY 1, 2, 3",
                                            { s.from, s.to }, 3);
            return created + closed;
        },
        5,
        Budget::Report,
    };
}

PEYVAND_BENCH("report/forecast year all")
{
    const YearSetup s = yearOf(ctx);
    // The months the report covers (its shape), worked out once before timing.
    const ForecastReport shape = ReportService(*ctx.store, *s.clock).forecast(s.filter);
    const QDate until = shape.sections.front().months.back().firstDay.addMonths(1, JalaliDate::calendar());
    const QByteArray untilIso = until.toString(Qt::ISODate).toLatin1();
    return Measure {
        [&ctx, s] {
            const ForecastReport r = ReportService(*ctx.store, *s.clock).forecast(s.filter);
            qint64 n = 0;
            for (const ForecastSection &sec : r.sections) {
                n += sec.overdue.count;
                for (const ForecastMonth &m : sec.months)
                    n += m.count;
            }
            return n;
        },
        [&ctx, s, untilIso] {
            // Open deals by expected close day (bucketed into months by the caller).
            sqlite3_stmt *st
                = rawStatement(ctx.raw,
                               "SELECT d.pipeline_id, d.expected_close, count(*), sum(d.amount), "
                               "sum((d.amount / 100) * s.probability + (d.amount % 100) * s.probability / 100) "
                               "FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.status = 'open' "
                               "AND d.created_at < ?1 AND (d.expected_close IS NULL OR d.expected_close < ?2) "
                               "GROUP BY 1, 2");
            sqlite3_bind_int64(st, 1, s.to);
            sqlite3_bind_text(st, 2, untilIso.constData(), -1, SQLITE_TRANSIENT);
            qint64 n = 0;
            while (sqlite3_step(st) == SQLITE_ROW)
                n += sqlite3_column_int64(st, 2);
            sqlite3_reset(st);
            return n;
        },
        5,
        Budget::Report,
    };
}

PEYVAND_BENCH("report/activity year all")
{
    const YearSetup s = yearOf(ctx);
    return Measure {
        [&ctx, s] {
            const ActivityReport r = ReportService(*ctx.store, *s.clock).activity(s.filter);
            qint64 n = 0;
            for (const RepActivity &rep : r.reps)
                n += rep.calls + rep.meetings + rep.other;
            return n;
        },
        [&ctx, s] {
            const qint64 n = sumColumn(ctx.raw,
                                       "SELECT (at + 12600) / 86400, owner_id, type, count(*) FROM activities "
                                       "WHERE at >= ?1 AND at < ?2 GROUP BY 1, 2, 3",
                                       { s.from, s.to }, 3);
            sumColumn(ctx.raw,
                      "SELECT owner_id, count(*) FROM activities WHERE follow_up_at IS NOT NULL "
                      "AND follow_up_done = 0 AND follow_up_at < ?1 GROUP BY owner_id",
                      { s.now }, 1);
            return n;
        },
        5,
        Budget::Report,
    };
}

PEYVAND_BENCH("report/activity year b2b")
{
    const YearSetup s = yearOf(ctx, ReportScope::B2B);
    return Measure {
        [&ctx, s] {
            const ActivityReport r = ReportService(*ctx.store, *s.clock).activity(s.filter);
            qint64 n = 0;
            for (const RepActivity &rep : r.reps)
                n += rep.calls + rep.meetings + rep.other;
            return n;
        },
        [&ctx, s] {
            const qint64 n = sumColumn(ctx.raw,
                                       "SELECT (a.at + 12600) / 86400, a.owner_id, a.type, count(*) FROM activities a "
                                       "JOIN customers c ON c.id = a.customer_id WHERE a.at >= ?1 AND a.at < ?2 "
                                       "AND c.kind = 'legal' GROUP BY 1, 2, 3",
                                       { s.from, s.to }, 3);
            sumColumn(ctx.raw,
                      "SELECT a.owner_id, count(*) FROM activities a JOIN customers c ON c.id = a.customer_id "
                      "WHERE a.follow_up_at IS NOT NULL AND a.follow_up_done = 0 AND a.follow_up_at < ?1 "
                      "AND c.kind = 'legal' GROUP BY a.owner_id",
                      { s.now }, 1);
            return n;
        },
        5,
        Budget::Report,
    };
}

PEYVAND_BENCH("report/orders year all")
{
    const YearSetup s = yearOf(ctx);
    return Measure {
        [&ctx, s] {
            const OrdersReport r = ReportService(*ctx.store, *s.clock).orders(s.filter);
            return r.count + r.stuckCount;
        },
        [&ctx, s] {
            const qint64 n = sumColumn(ctx.raw,
                                       "SELECT c.kind, o.status, count(*), sum(o.total) FROM orders o "
                                       "JOIN customers c ON c.id = o.customer_id "
                                       "WHERE o.created_at >= ?1 AND o.created_at < ?2 GROUP BY 1, 2",
                                       { s.from, s.to }, 2);
            const qint64 stuck
                = scalar(ctx.raw,
                         QByteArray("SELECT count(*) FROM orders WHERE status IN ('registered','confirmed',"
                                    "'paid','shipped') AND updated_at < ")
                             .append(QByteArray::number(s.now - 7 * 86400))
                             .constData());
            return n + stuck;
        },
        5,
        Budget::Report,
    };
}
