// Measurements, not a test (DISABLED_, run by hand; docs/team-mode.md
// "Reports"): every ReportRepository method timed on a SQLite file and on a
// PostgreSQL database holding the same rows (the answers compared), then the
// PostgreSQL plans printed through auto_explain (EXPLAIN ANALYZE of the very
// statements).
//   export PEYVAND_REPORT_SQLITE=/tmp/r.sqlite PEYVAND_REPORT_PG_URL=postgresql://…
//   build-rel/tests/peyvand_pg_tests --gtest_also_run_disabled_tests --gtest_filter='*PgReportTiming*'
// The PostgreSQL database must be migrated and loaded first: the first run
// migrates an empty one and stops, saying so; then
// tests/pg/report_timing_load.py copies the SQLite file's rows into it.
#include "Customer.h"
#include "PgConnection.h"
#include "PgMigrations.h"
#include "PgReportRepository.h"
#include "PgReportRows.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "ReportPeriod.h"
#include "SqliteDatabase.h"
#include "SqliteReportRepository.h"
#include "SqliteStatement.h"

#include <QElapsedTimer>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

struct Call
{
    QString name;
    std::function<QStringList(const ReportRepository &)> run; // the rows as text (PgReportRows.h)
};

QList<Call> calls(qint64 legal, qint64 individual, qint64 rep, const QDateTime &now)
{
    const ReportPeriod year = ReportPeriod::preset(PeriodPreset::ThisYear, businessDay(now));
    const ReportPeriod month = ReportPeriod::preset(PeriodPreset::ThisMonth, businessDay(now));
    const QDateTime stuckBefore = now.addDays(-7);
    QList<Call> out;
    for (const auto &[pipeline, owner, label] : { std::tuple { legal, qint64(0), "legal, everyone" },
                                                  std::tuple { individual, qint64(0), "individual, everyone" },
                                                  std::tuple { individual, rep, "individual, one rep" } }) {
        const QString on = QString::fromLatin1(label);
        out << Call { QStringLiteral("openByStage (%1)").arg(on), [=](const ReportRepository &r) {
                         return rowsOf(r.openByStage(pipeline, owner, year.endUtc()));
                     } };
        out << Call { QStringLiteral("reachedByPosition (%1, year)").arg(on), [=](const ReportRepository &r) {
                         return rowsOf(r.reachedByPosition(pipeline, owner, year.startUtc(), year.endUtc()));
                     } };
        out << Call { QStringLiteral("closedByOutcome (%1, year)").arg(on), [=](const ReportRepository &r) {
                         return rowsOf(r.closedByOutcome(pipeline, owner, year.startUtc(), year.endUtc()));
                     } };
        out << Call { QStringLiteral("openByExpectedClose (%1, 6 months)").arg(on), [=](const ReportRepository &r) {
                         return rowsOf(r.openByExpectedClose(pipeline, owner, year.endUtc(), month.from,
                                                             month.from.addMonths(6)));
                     } };
    }
    for (const auto &[kind, owner, label] :
         { std::tuple { std::optional<CustomerKind>(), qint64(0), "all, everyone" },
           std::tuple { std::optional<CustomerKind>(CustomerKind::Legal), qint64(0), "legal, everyone" },
           std::tuple { std::optional<CustomerKind>(CustomerKind::Individual), rep, "individual, one rep" } }) {
        const QString on = QString::fromLatin1(label);
        out << Call { QStringLiteral("activityByDay (%1, year)").arg(on), [=](const ReportRepository &r) {
                         return rowsOf(r.activityByDay(kind, owner, year.from, year.to));
                     } };
        out << Call { QStringLiteral("overdueFollowUps (%1)").arg(on),
                      [=](const ReportRepository &r) { return rowsOf(r.overdueFollowUps(kind, owner, now)); } };
        out << Call { QStringLiteral("ordersByStatus (%1, year)").arg(on), [=](const ReportRepository &r) {
                         return rowsOf(r.ordersByStatus(kind, owner, year.from, year.to));
                     } };
        out << Call { QStringLiteral("stuckOrders (%1, 7 days, 500)").arg(on),
                      [=](const ReportRepository &r) { return rowsOf(r.stuckOrders(kind, owner, stuckBefore, 500)); } };
        out << Call { QStringLiteral("stuckOrderCount (%1, 7 days)").arg(on),
                      [=](const ReportRepository &r) { return rowsOf(r.stuckOrderCount(kind, owner, stuckBefore)); } };
    }
    return out;
}

double millis(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

TEST(DISABLED_PgReportTiming, every_method_on_both_backends)
{
    const QByteArray file = qgetenv("PEYVAND_REPORT_SQLITE");
    const QByteArray url = qgetenv("PEYVAND_REPORT_PG_URL");
    ASSERT_FALSE(file.isEmpty() || url.isEmpty()) << "set PEYVAND_REPORT_SQLITE and PEYVAND_REPORT_PG_URL";
    SqliteDatabase sqlite(QString::fromLocal8Bit(file), SqliteDatabase::OpenMode::ReadOnly);
    PgConnection postgres(QString::fromLocal8Bit(url));
    PgMigrations::migrate(postgres);
    const qint64 customers = postgres.prepare(QStringLiteral("SELECT count(*) FROM customers")).exec().int64(0, 0);
    ASSERT_GT(customers, 0) << "migrated; now load the same rows as the SQLite file";

    auto scalar = [&](const char *sql) {
        auto q = sqlite.prepare(sql);
        return q->step() ? q->int64(0) : 0;
    };
    const qint64 legal = scalar("SELECT id FROM pipelines WHERE kind = 'legal' ORDER BY id LIMIT 1");
    const qint64 individual = scalar("SELECT id FROM pipelines WHERE kind = 'individual' ORDER BY id LIMIT 1");
    const qint64 rep = scalar("SELECT owner_id FROM customers WHERE owner_id IS NOT NULL "
                              "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1");
    const QDateTime now = QDateTime::fromSecsSinceEpoch(scalar("SELECT max(created_at) FROM orders"), Qt::UTC);
    std::printf("%lld customers, %lld deals, %lld activities, %lld orders; now %s\n", customers,
                scalar("SELECT count(*) FROM deals"), scalar("SELECT count(*) FROM activities"),
                scalar("SELECT count(*) FROM orders"), qPrintable(now.toString(Qt::ISODate)));

    SqliteReportRepository onSqlite(sqlite);
    PgReportRepository onPostgres(postgres);
    std::printf("%-58s %6s %10s %10s %10s %10s\n", "method (arguments)", "rows", "SQLite 1st", "SQLite 2nd", "PG 1st",
                "PG 2nd");
    const QList<Call> all = calls(legal, individual, rep, now);
    for (const Call &c : all) {
        QStringList rows, pgRows;
        const double s1 = millis([&] { rows = c.run(onSqlite); });
        const double s2 = millis([&] { c.run(onSqlite); });
        const double p1 = millis([&] { pgRows = c.run(onPostgres); });
        const double p2 = millis([&] { c.run(onPostgres); });
        EXPECT_EQ(pgRows.join(QLatin1Char('\n')).toStdString(), rows.join(QLatin1Char('\n')).toStdString())
            << c.name.toStdString();
        // Rows, or for a count the count.
        const qint64 shown
            = c.name.startsWith(QLatin1String("stuckOrderCount")) ? rows.value(0).toLongLong() : rows.size();
        std::printf("%-58s %6lld %10.2f %10.2f %10.2f %10.2f\n", qPrintable(c.name), shown, s1, s2, p1, p2);
    }

    // The plans, as the server ran them (auto_explain logs them as notices,
    // which PgConnection logs at debug level).
    if (qEnvironmentVariableIsSet("PEYVAND_REPORT_PLANS")) {
        spdlog::set_level(spdlog::level::debug);
        postgres.exec(QStringLiteral("LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; "
                                     "SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on; "
                                     "SET auto_explain.log_level = notice"));
        for (const Call &c : all) {
            std::printf("\n== %s\n", qPrintable(c.name));
            std::fflush(stdout);
            c.run(onPostgres);
        }
        spdlog::set_level(spdlog::level::info);
    }
}
