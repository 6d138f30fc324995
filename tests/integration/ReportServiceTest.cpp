// The manager reports on the hand-built data of ReportFixture.h, every figure
// worked out by hand from the table in that header.
#include "ReportService.h"

#include "ReportFixture.h"
#include "ReportTables.h"
#include "TestStore.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {

constexpr qint64 M = 1'000'000; // a million Rials

class Reports : public ::testing::Test
{
protected:
    TestStore db;
    ReportFixture fx { *db };
    ReportService service { *db, fx.clock };

    ReportFilter filter(ReportScope scope = ReportScope::All, qint64 owner = 0) const
    {
        ReportFilter f;
        f.scope = scope;
        f.ownerId = owner;
        f.period = ReportFixture::esfand1403();
        return f;
    }
    static QDate j(int y, int m, int d) { return JalaliDate::fromJalali(y, m, d); }
};

qint64 db_rows(SqliteDatabase &db, const QByteArray &sql)
{
    auto q = db.prepare(sql.constData());
    return q->step() ? q->int64(0) : -1;
}

// The same on the backend under test.
qint64 db_rows(TestStore &db, const QByteArray &sql)
{
    return db.scalar(sql.constData());
}

void exec(TestStore &db, const QString &sql)
{
    db.exec(sql.toUtf8().constData());
}

// The order summary equals a plain GROUP BY over the orders and their customers.
template<typename Db> void expectOrderSummaryMatches(Db &db)
{
    EXPECT_EQ(db_rows(db,
                      "SELECT count(*) FROM (SELECT (o.created_at + 12600) / 86400, c.kind, coalesce(c.owner_id, 0), "
                      "o.status, count(*), sum(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id "
                      "GROUP BY 1, 2, 3, 4 EXCEPT SELECT day, kind, owner_id, status, n, amount FROM order_daily "
                      "WHERE n > 0) AS differences"),
              0);
    EXPECT_EQ(db_rows(db, "SELECT count(*) FROM order_daily WHERE n < 0 OR (n = 0 AND amount <> 0)"), 0);
}

QList<qint64> counts(const PipelineSection &s)
{
    QList<qint64> out;
    for (const StageFigures &f : s.stages)
        out << f.count;
    return out;
}

QList<qint64> reached(const FunnelSection &s)
{
    QList<qint64> out;
    for (const FunnelStep &f : s.steps)
        out << f.reached;
    return out;
}

} // namespace

TEST_F(Reports, pipeline_counts_open_deals_created_by_the_period_end_per_stage)
{
    const PipelineReport r = service.pipeline(filter());
    ASSERT_EQ(r.sections.size(), 2);
    const PipelineSection &b2b = r.sections[0];
    EXPECT_EQ(b2b.kind, CustomerKind::Legal);
    // D7 at lead, D6 at presentation, D2 at proposal; D5 was created after the period.
    EXPECT_EQ(counts(b2b), (QList<qint64> { 1, 0, 1, 1, 0 }));
    EXPECT_EQ(b2b.stages[0].amount, 100 * M);
    EXPECT_EQ(b2b.stages[0].weighted, 10 * M);
    EXPECT_EQ(b2b.stages[2].weighted, 600 * M);
    EXPECT_EQ(b2b.stages[3].weighted, 1200 * M);
    EXPECT_EQ(b2b.count, 3);
    EXPECT_EQ(b2b.amount, 3600 * M);
    EXPECT_EQ(b2b.weighted, 1810 * M);
    // Every B2C deal was lost: all open stages, all zero.
    const PipelineSection &b2c = r.sections[1];
    EXPECT_EQ(b2c.kind, CustomerKind::Individual);
    EXPECT_EQ(counts(b2c), (QList<qint64> { 0, 0, 0 }));
    EXPECT_EQ(b2c.weighted, 0);
}

TEST_F(Reports, the_leap_day_1403_12_30_is_inside_and_1404_01_01_outside)
{
    // A period ending on 1403/12/29 leaves out D4 (created 12/30 23:59);
    // one ending on 12/30 takes it; D5 (1404/01/01 00:00) is never in Esfand.
    ReportFilter f = filter(ReportScope::B2B);
    f.period = ReportPeriod::custom(j(1403, 12, 30), j(1403, 12, 30));
    EXPECT_EQ(reached(service.funnel(f).sections[0]), (QList<qint64> { 1, 1, 1, 1, 1, 1 }));
    f.period = ReportPeriod::custom(j(1403, 12, 1), j(1403, 12, 29));
    EXPECT_EQ(reached(service.funnel(f).sections[0])[0], 3);
    f.period = ReportPeriod::custom(j(1404, 1, 1), j(1404, 1, 1));
    EXPECT_EQ(reached(service.funnel(f).sections[0]), (QList<qint64> { 1, 0, 0, 0, 0, 0 })); // D5 only
    // Pipeline at the end of 1403/12/29: D5 is not yet created.
    f.period = ReportPeriod::custom(j(1403, 12, 1), j(1403, 12, 29));
    EXPECT_EQ(service.pipeline(f).sections[0].count, 3);
    f.period = ReportPeriod::custom(j(1404, 1, 1), j(1404, 1, 1));
    EXPECT_EQ(service.pipeline(f).sections[0].count, 4);
}

TEST_F(Reports, non_leap_esfand_ends_on_the_29th)
{
    // 1404 is not a leap year: its last day is 1404/12/29 (2026-03-20).
    fx.deal(fx.l2, fx.repB, 10 * M, tehran(1404, 12, 29, 23, 59), {});
    fx.deal(fx.l2, fx.repB, 20 * M, tehran(1405, 1, 1, 0, 0), {});
    ReportFilter f = filter(ReportScope::B2B);
    f.period = ReportPeriod::preset(PeriodPreset::ThisMonth, j(1404, 12, 10));
    EXPECT_EQ(f.period.to, j(1404, 12, 29));
    EXPECT_EQ(f.period.to, QDate(2026, 3, 20));
    EXPECT_EQ(reached(service.funnel(f).sections[0])[0], 1);
    EXPECT_THROW(ReportPeriod::custom(j(1404, 12, 1), j(1404, 12, 30)), ValidationError);
}

TEST_F(Reports, funnel_counts_a_deal_that_went_back_a_stage_once_per_stage)
{
    const FunnelReport r = service.funnel(filter(ReportScope::B2B));
    ASSERT_EQ(r.sections.size(), 1);
    const FunnelSection &s = r.sections[0];
    // Created in Esfand: D2 (to proposal, back once), D3 (needs, lost), D4 (to negotiation, won), D7 (lead).
    ASSERT_EQ(s.steps.size(), 6);
    EXPECT_EQ(s.steps.back().stage.outcome, StageOutcome::Won);
    EXPECT_EQ(reached(s), (QList<qint64> { 4, 3, 2, 2, 1, 1 }));
    EXPECT_DOUBLE_EQ(*s.steps[0].conversion, 0.75);
    EXPECT_DOUBLE_EQ(*s.steps[1].conversion, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(*s.steps[2].conversion, 1.0);
    EXPECT_DOUBLE_EQ(*s.steps[3].conversion, 0.5);
    EXPECT_DOUBLE_EQ(*s.steps[4].conversion, 1.0);
    EXPECT_FALSE(s.steps[5].conversion);
}

TEST_F(Reports, win_rate_takes_deals_closed_in_the_period_wherever_they_were_created)
{
    const FunnelSection s = service.funnel(filter(ReportScope::B2B)).sections[0];
    // D1 (created in Bahman) won on 12/05; D3 lost on 12/10; D4 won after the period.
    const WinRate &w = s.winRate;
    EXPECT_EQ(w.won, 1);
    EXPECT_EQ(w.lost, 1);
    EXPECT_EQ(w.wonAmount, 1000 * M);
    EXPECT_EQ(w.lostAmount, 500 * M);
    EXPECT_DOUBLE_EQ(*w.byCount, 0.5);
    EXPECT_DOUBLE_EQ(*w.byAmount, 1000.0 / 1500.0);
    EXPECT_EQ(w.averageWonAmount, 1000 * M);
    EXPECT_DOUBLE_EQ(*w.averageCycleDays, 16.0); // (25 + 7) / 2
    ASSERT_EQ(s.lostReasons.size(), 1);
    EXPECT_EQ(s.lostReasons[0].reason, LostReason::Price);
    EXPECT_EQ(s.lostReasons[0].amount, 500 * M);
}

TEST_F(Reports, all_deals_lost)
{
    const FunnelSection s = service.funnel(filter(ReportScope::B2C)).sections[0];
    EXPECT_EQ(s.kind, CustomerKind::Individual);
    EXPECT_EQ(reached(s), (QList<qint64> { 3, 1, 0, 0 }));
    EXPECT_DOUBLE_EQ(*s.steps[0].conversion, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*s.steps[1].conversion, 0.0);
    EXPECT_FALSE(s.steps[2].conversion); // nothing reached the offer
    EXPECT_EQ(s.winRate.won, 0);
    EXPECT_EQ(s.winRate.lost, 3);
    EXPECT_DOUBLE_EQ(*s.winRate.byCount, 0.0);
    EXPECT_DOUBLE_EQ(*s.winRate.byAmount, 0.0);
    EXPECT_EQ(s.winRate.averageWonAmount, 0);
    EXPECT_NEAR(*s.winRate.averageCycleDays, 5.0 / 3.0, 1e-9);
    ASSERT_EQ(s.lostReasons.size(), 2);
    EXPECT_EQ(s.lostReasons[0].reason, LostReason::Price);
    EXPECT_EQ(s.lostReasons[0].count, 2);
    EXPECT_EQ(s.lostReasons[0].amount, 300 * M);
    EXPECT_EQ(s.lostReasons[1].reason, LostReason::Competitor);
    EXPECT_EQ(s.lostReasons[1].count, 1);
    EXPECT_EQ(s.lostReasons[1].amount, 300 * M);
}

TEST_F(Reports, an_empty_period_has_every_row_with_zeros)
{
    ReportFilter f = filter();
    f.period = ReportPeriod::preset(PeriodPreset::ThisMonth, j(1402, 5, 1));
    const PipelineReport p = service.pipeline(f);
    ASSERT_EQ(p.sections.size(), 2);
    EXPECT_EQ(counts(p.sections[0]), (QList<qint64> { 0, 0, 0, 0, 0 }));
    const FunnelReport fu = service.funnel(f);
    for (const FunnelSection &s : fu.sections) {
        for (const FunnelStep &step : s.steps) {
            EXPECT_EQ(step.reached, 0);
            EXPECT_FALSE(step.conversion);
        }
        EXPECT_FALSE(s.winRate.byCount);
        EXPECT_FALSE(s.winRate.byAmount);
        EXPECT_FALSE(s.winRate.averageCycleDays);
        EXPECT_TRUE(s.lostReasons.isEmpty());
    }
    const ActivityReport a = service.activity(f);
    EXPECT_EQ(a.weekStarts.size(), 5); // 1402/05/01 is a Sunday: 1 + 4 Saturdays in 31 days
    for (const RepActivity &rep : a.reps)
        EXPECT_EQ(rep.calls + rep.meetings + rep.other, 0);
    const OrdersReport o = service.orders(f);
    EXPECT_EQ(o.statuses.size(), 7);
    EXPECT_EQ(o.count, 0);
    EXPECT_EQ(o.amount, 0);
}

TEST_F(Reports, owner_filter)
{
    const FunnelSection s = service.funnel(filter(ReportScope::B2B, fx.repB)).sections[0];
    EXPECT_EQ(reached(s), (QList<qint64> { 1, 1, 0, 0, 0, 0 }));
    EXPECT_EQ(s.winRate.won, 0);
    EXPECT_EQ(s.winRate.lost, 1);
    EXPECT_EQ(service.pipeline(filter(ReportScope::B2B, fx.repB)).sections[0].count, 0);
    EXPECT_EQ(service.pipeline(filter(ReportScope::B2B, fx.repA)).sections[0].count, 3);
    const ActivityReport a = service.activity(filter(ReportScope::All, fx.repB));
    ASSERT_EQ(a.reps.size(), 1);
    EXPECT_EQ(a.reps[0].ownerId, fx.repB);
    const OrdersReport o = service.orders(filter(ReportScope::All, fx.repB));
    EXPECT_EQ(o.count, 0); // rep B's customers ordered nothing in Esfand
    ASSERT_EQ(o.stuck.size(), 1);
    EXPECT_EQ(o.stuck[0].orderId, fx.o5);
}

TEST_F(Reports, bad_filters_are_refused)
{
    ReportFilter f = filter();
    f.ownerId = 9999;
    EXPECT_THROW(service.pipeline(f), NotFoundError);
    f = filter();
    f.period = ReportPeriod { j(1403, 12, 10), j(1403, 12, 1) };
    try {
        service.funnel(f);
        ADD_FAILURE() << "accepted a period that ends before it starts";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.code(), QStringLiteral("end_before_start"));
    }
    f = filter();
    f.period = ReportPeriod {};
    EXPECT_THROW(service.orders(f), ValidationError);
    f = filter();
    f.stuckDays = -1;
    EXPECT_THROW(service.orders(f), ValidationError);
}

TEST_F(Reports, forecast_by_jalali_month_from_today_with_an_overdue_bucket)
{
    const ForecastSection s = service.forecast(filter(ReportScope::B2B)).sections[0];
    // Today is 1404/01/05: the months are Farvardin to Shahrivar 1404.
    ASSERT_EQ(s.months.size(), 6);
    EXPECT_EQ(s.months[0].jalaliYear, 1404);
    EXPECT_EQ(s.months[0].jalaliMonth, 1);
    EXPECT_EQ(s.months[0].firstDay, QDate(2025, 3, 21));
    EXPECT_EQ(s.months[5].jalaliMonth, 6);
    EXPECT_EQ(s.overdue.count, 1); // D6, expected 1403/12/20
    EXPECT_EQ(s.overdue.amount, 1500 * M);
    EXPECT_EQ(s.overdue.weighted, 600 * M);
    EXPECT_EQ(s.months[1].count, 1); // D2 in Ordibehesht
    EXPECT_EQ(s.months[1].weighted, 1200 * M);
    EXPECT_EQ(s.weighted, 1200 * M); // D7 (Aban) is beyond the six months
}

TEST_F(Reports, forecast_of_a_future_period_starts_at_its_month)
{
    ReportFilter f = filter(ReportScope::B2B);
    f.period = ReportPeriod::preset(PeriodPreset::ThisMonth, j(1404, 3, 10));
    const ForecastSection s = service.forecast(f).sections[0];
    EXPECT_EQ(s.months[0].jalaliMonth, 3);
    EXPECT_EQ(s.months[5].jalaliMonth, 8);
    // Overdue: D2 (1404/02/15), D6 (1403/12/20) and D5 (no date).
    EXPECT_EQ(s.overdue.count, 3);
    EXPECT_EQ(s.overdue.amount, 10'500 * M);
    EXPECT_EQ(s.overdue.weighted, 2'500 * M);
    EXPECT_EQ(s.months[5].count, 1); // D7 in Aban
    EXPECT_EQ(s.weighted, 10 * M);
}

TEST_F(Reports, activity_per_rep_per_jalali_week_in_tehran_time)
{
    const ActivityReport r = service.activity(filter());
    EXPECT_EQ(r.weekStarts,
              (QList<QDate> { j(1403, 12, 1), j(1403, 12, 4), j(1403, 12, 11), j(1403, 12, 18), j(1403, 12, 25) }));
    // Active reps A, B, C, then the manager (who has activity); not the inactive rep D.
    ASSERT_EQ(r.reps.size(), 4);
    EXPECT_EQ(r.reps[0].ownerId, fx.repA);
    EXPECT_EQ(r.reps[0].ownerName, QStringLiteral("علی احمدی"));
    EXPECT_EQ(r.reps[1].ownerId, fx.repB);
    EXPECT_EQ(r.reps[2].ownerId, fx.repC);
    EXPECT_EQ(r.reps[3].ownerId, fx.manager);
    const RepActivity &a = r.reps[0];
    EXPECT_EQ(a.calls, 2);
    EXPECT_EQ(a.meetings, 1);
    EXPECT_EQ(a.other, 3);
    EXPECT_EQ(a.overdueFollowUps, 0);
    ASSERT_EQ(a.weeks.size(), 5);
    EXPECT_EQ(a.weeks[0].calls, 1);
    EXPECT_EQ(a.weeks[0].meetings, 0);
    EXPECT_EQ(a.weeks[1].meetings, 1); // 00:10 Saturday in Tehran, Friday in UTC
    EXPECT_EQ(a.weeks[1].other, 1);
    EXPECT_EQ(a.weeks[2].calls, 1);
    EXPECT_EQ(a.weeks[2].other, 1);
    EXPECT_EQ(a.weeks[4].other, 1); // 1403/12/30 23:00
    const RepActivity &b = r.reps[1];
    EXPECT_EQ(b.calls, 1);
    EXPECT_EQ(b.other, 1);
    EXPECT_EQ(b.weeks[2].calls, 1);
    EXPECT_EQ(b.weeks[3].other, 1);
    EXPECT_EQ(b.overdueFollowUps, 1);
    // A rep with no activity: every week, all zero.
    const RepActivity &c = r.reps[2];
    EXPECT_EQ(c.weeks.size(), 5);
    EXPECT_EQ(c.calls + c.meetings + c.other + c.overdueFollowUps, 0);
    EXPECT_EQ(r.reps[3].calls, 1);
}

TEST_F(Reports, activity_b2b_and_b2c_are_separate)
{
    const ActivityReport b2b = service.activity(filter(ReportScope::B2B));
    EXPECT_EQ(b2b.reps[0].calls, 2);
    EXPECT_EQ(b2b.reps[0].meetings, 1);
    EXPECT_EQ(b2b.reps[0].other, 1); // the note
    EXPECT_EQ(b2b.reps[1].calls + b2b.reps[1].other + b2b.reps[1].overdueFollowUps, 0);
    const ActivityReport b2c = service.activity(filter(ReportScope::B2C));
    EXPECT_EQ(b2c.reps[0].calls, 0);
    EXPECT_EQ(b2c.reps[0].other, 2); // email, SMS
    EXPECT_EQ(b2c.reps[1].calls, 1);
    EXPECT_EQ(b2c.reps[1].overdueFollowUps, 1);
    ASSERT_EQ(b2c.reps.size(), 3); // the manager worked only with a company
}

TEST_F(Reports, orders_created_in_the_period_by_status_and_stuck_orders)
{
    const OrdersReport r = service.orders(filter());
    ASSERT_EQ(r.statuses.size(), 7);
    EXPECT_EQ(r.statuses[0].status, OrderStatus::Registered);
    EXPECT_EQ(r.statuses[0].count, 1); // O3
    EXPECT_EQ(r.statuses[0].amount, 5000 * M);
    EXPECT_EQ(r.statuses[1].count, 1); // O2 confirmed
    EXPECT_EQ(r.statuses[4].status, OrderStatus::Delivered);
    EXPECT_EQ(r.statuses[4].amount, 650 * M);
    EXPECT_EQ(r.statuses[5].count, 0); // O4 was created in 1404
    EXPECT_EQ(r.count, 3);
    EXPECT_EQ(r.amount, 5750 * M);
    ASSERT_EQ(r.stuck.size(), 3);
    EXPECT_EQ(r.stuckCount, 3);
    EXPECT_EQ(r.stuck[0].orderId, fx.o5);
    EXPECT_EQ(r.stuck[0].days, 64);
    EXPECT_EQ(r.stuck[0].customerName, QStringLiteral("سارا آزمون"));
    EXPECT_EQ(r.stuck[1].orderId, fx.o2);
    EXPECT_EQ(r.stuck[1].status, OrderStatus::Confirmed);
    EXPECT_EQ(r.stuck[1].days, 14);
    EXPECT_EQ(r.stuck[1].since, tehran(1403, 12, 21));
    EXPECT_EQ(r.stuck[2].orderId, fx.o3);
    EXPECT_EQ(r.stuck[2].days, 7);

    ReportFilter f = filter(ReportScope::B2B);
    const OrdersReport b2b = service.orders(f);
    EXPECT_EQ(b2b.count, 1);
    EXPECT_EQ(b2b.statuses[0].count, 1);
    ASSERT_EQ(b2b.stuck.size(), 1);
    EXPECT_EQ(b2b.stuck[0].orderId, fx.o3);
    f = filter(ReportScope::B2C);
    f.stuckDays = 10;
    const OrdersReport b2c = service.orders(f);
    EXPECT_EQ(b2c.count, 2);
    EXPECT_EQ(b2c.amount, 750 * M);
    EXPECT_EQ(b2c.stuckCount, 2); // O5 and O2; O3 is a company's and O6 is a day old
}

TEST_F(Reports, the_stuck_list_is_the_oldest_across_statuses_up_to_its_limit)
{
    // The list merges one ordered branch per status; the limit applies to the merged list.
    const QDateTime before = fx.clock.now().addSecs(-7 * 86400);
    const QList<StuckOrder> all = db->reports().stuckOrders(std::nullopt, 0, before, 500);
    ASSERT_EQ(all.size(), 3);
    const QList<StuckOrder> two = db->reports().stuckOrders(std::nullopt, 0, before, 2);
    ASSERT_EQ(two.size(), 2);
    EXPECT_EQ(two[0].orderId, fx.o5); // registered, 64 days
    EXPECT_EQ(two[1].orderId, fx.o2); // confirmed, 14 days
    for (int i = 1; i < all.size(); ++i)
        EXPECT_LE(all[i - 1].since, all[i].since);
}

TEST_F(Reports, stuck_orders_are_the_oldest_first_up_to_the_limit_in_every_scope)
{
    // The repository's list under the service: without a scope the oldest are
    // chosen from the status index before any customer is read.
    const QDateTime before = fx.clock.now().addSecs(-7 * 86400);
    const auto ids = [](const QList<StuckOrder> &list) {
        QList<qint64> out;
        for (const StuckOrder &s : list)
            out << s.orderId;
        return out;
    };
    const ReportRepository &reports = db->reports();
    EXPECT_EQ(ids(reports.stuckOrders(std::nullopt, 0, before, 2)), (QList<qint64> { fx.o5, fx.o2 }));
    EXPECT_EQ(ids(reports.stuckOrders(std::nullopt, 0, before, 500)), (QList<qint64> { fx.o5, fx.o2, fx.o3 }));
    const QList<StuckOrder> one = reports.stuckOrders(std::nullopt, 0, before, 1);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one[0].customerName, QStringLiteral("سارا آزمون"));
    EXPECT_EQ(ids(reports.stuckOrders(CustomerKind::Individual, 0, before, 1)), QList<qint64> { fx.o5 });
    EXPECT_EQ(ids(reports.stuckOrders(CustomerKind::Legal, 0, before, 500)), QList<qint64> { fx.o3 });
    EXPECT_EQ(ids(reports.stuckOrders(std::nullopt, 0, before, 0)), QList<qint64> {});
}

TEST_F(Reports, triggers_keep_the_activity_summary_right_after_updates_and_deletes)
{
    auto &db = this->db;
    // The note moves to rep B, the call of rep B to a company, the task is deleted.
    exec(db, QStringLiteral("UPDATE activities SET owner_id = %1 WHERE id = %2").arg(fx.repB).arg(fx.noteA));
    exec(db, QStringLiteral("UPDATE activities SET customer_id = %1 WHERE id = %2").arg(fx.l2).arg(fx.callB));
    exec(db, QStringLiteral("DELETE FROM activities WHERE id = %1").arg(fx.taskB));
    const ActivityReport all = service.activity(filter());
    EXPECT_EQ(all.reps[0].other, 2);
    EXPECT_EQ(all.reps[1].other, 1); // the note
    EXPECT_EQ(all.reps[1].calls, 1);
    EXPECT_EQ(all.reps[1].overdueFollowUps, 0);
    const ActivityReport b2b = service.activity(filter(ReportScope::B2B));
    EXPECT_EQ(b2b.reps[1].calls, 1);
    EXPECT_EQ(b2b.reps[1].other, 1);
    // Moving an activity in time moves it between weeks.
    exec(db, QStringLiteral("UPDATE activities SET at = at + 7 * 86400 WHERE id = %1").arg(fx.callB));
    EXPECT_EQ(service.activity(filter()).reps[1].weeks[3].calls, 1);
    // Deleting a customer takes its activities out of the summary too.
    exec(db, QStringLiteral("DELETE FROM customers WHERE id = %1").arg(fx.l2));
    EXPECT_EQ(service.activity(filter()).reps[1].calls, 0);
    // The summary equals a plain GROUP BY over what is left.
    EXPECT_EQ(db_rows(db, "SELECT sum(n) FROM activity_daily"), db_rows(db, "SELECT count(*) FROM activities"));
    EXPECT_EQ(db_rows(db,
                      "SELECT count(*) FROM (SELECT (a.at + 12600) / 86400 AS day, coalesce(a.owner_id, 0) AS o, "
                      "c.kind AS k, a.type AS t, count(*) AS n FROM activities a JOIN customers c "
                      "ON c.id = a.customer_id GROUP BY 1, 2, 3, 4 EXCEPT SELECT day, owner_id, kind, type, n "
                      "FROM activity_daily WHERE n > 0) AS differences"),
              0);
}

TEST_F(Reports, triggers_keep_the_order_summary_right_after_status_total_and_deletes)
{
    auto &db = this->db;
    OrderService orders(*this->db, fx.clock);
    orders.changeStatus(fx.o2, OrderStatus::Paid, fx.repA);
    OrdersReport r = service.orders(filter());
    EXPECT_EQ(r.statuses[1].count, 0);
    EXPECT_EQ(r.statuses[2].count, 1);
    EXPECT_EQ(r.statuses[2].amount, 100 * M);
    EXPECT_EQ(r.stuckCount, 2); // O2 just changed status
    exec(db, QStringLiteral("UPDATE orders SET total = total + 1 WHERE id = %1").arg(fx.o3));
    exec(db, QStringLiteral("DELETE FROM orders WHERE id = %1").arg(fx.o1));
    r = service.orders(filter());
    EXPECT_EQ(r.statuses[0].amount, 5000 * M + 1);
    EXPECT_EQ(r.statuses[4].count, 0);
    EXPECT_EQ(r.count, 2);
    exec(db, QStringLiteral("UPDATE orders SET created_at = created_at - 40 * 86400 WHERE id = %1").arg(fx.o3));
    r = service.orders(filter());
    EXPECT_EQ(r.count, 1);
    expectOrderSummaryMatches(db);
}

TEST_F(Reports, a_reassigned_customer_takes_its_orders_to_the_new_owner)
{
    auto &db = this->db;
    EXPECT_EQ(service.orders(filter(ReportScope::All, fx.repA)).count, 3);
    EXPECT_EQ(service.orders(filter(ReportScope::All, fx.repB)).count, 0);
    CustomerService customers(*this->db, fx.clock);
    Customer mina = customers.get(fx.i1);
    mina.ownerId = fx.repB;
    customers.update(mina);
    const OrdersReport a = service.orders(filter(ReportScope::All, fx.repA));
    EXPECT_EQ(a.count, 1); // O3 of the company
    EXPECT_EQ(a.statuses[0].amount, 5000 * M);
    const OrdersReport b = service.orders(filter(ReportScope::All, fx.repB));
    EXPECT_EQ(b.count, 2); // O1 and O2 of Mina
    EXPECT_EQ(b.amount, 750 * M);
    EXPECT_EQ(service.orders(filter()).count, 3); // everyone's: unchanged
    // Saving the customer without changing the owner changes nothing.
    customers.update(customers.get(fx.i1));
    EXPECT_EQ(service.orders(filter(ReportScope::All, fx.repB)).count, 2);
    expectOrderSummaryMatches(db);
}

TEST_F(Reports, migration_backfills_the_reached_stage)
{
    auto &db = this->db;
    // What the trigger kept equals what the migration computes from the history.
    EXPECT_EQ(db_rows(db,
                      "SELECT count(*) FROM deals WHERE reached_position <> coalesce((SELECT max(s.position) "
                      "FROM deal_stage_history h JOIN stages s ON s.id = h.stage_id WHERE h.deal_id = deals.id "
                      "AND s.outcome <> 'lost'), 0)"),
              0);
    EXPECT_EQ(db_rows(db, QStringLiteral("SELECT reached_position FROM deals WHERE id = %1").arg(fx.d2).toUtf8()), 4);
    EXPECT_EQ(db_rows(db, QStringLiteral("SELECT reached_position FROM deals WHERE id = %1").arg(fx.d3).toUtf8()), 2);
}

TEST(ReportMigration, schema_6_fills_the_summaries_from_existing_rows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(PEYVAND_TEST_DATA_DIR "/schema_v5.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    SqliteDataStore store(path);
    auto &db = store.database();
    // The fixture: one call on 2023-11-14 22:13:20 UTC (= 2023-11-15 01:43 in Tehran), one order, one deal
    // that entered stages 1 and 2.
    EXPECT_EQ(db_rows(db, "SELECT sum(n) FROM activity_daily"), 1);
    EXPECT_EQ(db_rows(db, "SELECT day FROM activity_daily"), (1700000000 + 12600) / 86400);
    EXPECT_EQ(businessDayOf(db_rows(db, "SELECT day FROM activity_daily")), QDate(2023, 11, 15));
    EXPECT_EQ(db_rows(db, "SELECT amount FROM order_daily WHERE kind = 'individual' AND status = 'registered'"),
              650000000);
    EXPECT_EQ(db_rows(db, "SELECT reached_position FROM deals WHERE id = 1"), 2);
    FixedClock clock(QDateTime(QDate(2023, 11, 20), QTime(12, 0), Qt::UTC));
    actAsNewManager(store);
    ReportService service(store, clock);
    ReportFilter f;
    f.period = ReportPeriod::custom(QDate(2023, 11, 15), QDate(2023, 11, 15));
    EXPECT_EQ(service.activity(f).reps.at(0).calls, 1);
    EXPECT_EQ(service.orders(f).count, 1);
    EXPECT_EQ(service.pipeline(f).sections.at(0).count, 1);
}

namespace {

// Every cell has its column's type (or is null), every row every column.
void expectWellTyped(const QList<ReportTable> &tables)
{
    for (const ReportTable &t : tables) {
        EXPECT_FALSE(t.code.isEmpty());
        EXPECT_FALSE(t.persian.isEmpty());
        for (const QList<QVariant> &row : t.rows) {
            ASSERT_EQ(row.size(), t.columns.size()) << t.code.toStdString();
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (row[i].isNull())
                    continue;
                const int type = row[i].typeId();
                switch (t.columns[i].type) {
                case ReportColumn::Type::Integer:
                case ReportColumn::Type::Money:
                    EXPECT_EQ(type, QMetaType::LongLong) << t.code.toStdString() << ' ' << i;
                    break;
                case ReportColumn::Type::Percent:
                case ReportColumn::Type::Days:
                    EXPECT_EQ(type, QMetaType::Double) << t.code.toStdString() << ' ' << i;
                    break;
                case ReportColumn::Type::Date:
                    EXPECT_EQ(type, QMetaType::QDate) << t.code.toStdString() << ' ' << i;
                    break;
                case ReportColumn::Type::Text:
                    EXPECT_EQ(type, QMetaType::QString) << t.code.toStdString() << ' ' << i;
                    break;
                }
            }
        }
    }
}

QStringList codes(const QList<ReportTable> &tables)
{
    QStringList out;
    for (const ReportTable &t : tables)
        out << t.code;
    return out;
}

} // namespace

TEST_F(Reports, tables_for_the_cli_and_the_desktop_view)
{
    const ReportFilter f = filter();
    for (bool persian : { false, true }) {
        expectWellTyped(ReportTables::of(service.pipeline(f), persian));
        expectWellTyped(ReportTables::of(service.funnel(f), persian));
        expectWellTyped(ReportTables::of(service.forecast(f), persian));
        expectWellTyped(ReportTables::of(service.activity(f), persian));
        expectWellTyped(ReportTables::of(service.orders(f), persian));
    }
    EXPECT_EQ(codes(ReportTables::of(service.funnel(f))),
              (QStringList { "funnel_b2b", "funnel_b2c", "win_rate", "lost_reasons_b2b", "lost_reasons_b2c" }));
    EXPECT_EQ(codes(ReportTables::of(service.pipeline(filter(ReportScope::B2C)))), QStringList { "pipeline_b2c" });
    // Lost reasons: codes in English, labels in Persian.
    const auto english = ReportTables::of(service.funnel(filter(ReportScope::B2C)));
    const auto persian = ReportTables::of(service.funnel(filter(ReportScope::B2C)), true);
    EXPECT_EQ(english[2].rows[0][0].toString(), QStringLiteral("price"));
    EXPECT_EQ(persian[2].rows[0][0].toString(), QStringLiteral("قیمت"));
    EXPECT_EQ(persian[1].rows[0][0].toString(), QStringLiteral("اشخاص"));
    // The win rate row of B2C: 0 won of 3, percent 0, cycle 5/3 days.
    EXPECT_EQ(english[1].rows[0][2].toLongLong(), 3);
    EXPECT_DOUBLE_EQ(english[1].rows[0][5].toDouble(), 0.0);
    // Forecast: the overdue row first, then six months.
    const auto forecast = ReportTables::of(service.forecast(filter(ReportScope::B2B)), true);
    ASSERT_EQ(forecast[0].rows.size(), 7);
    EXPECT_TRUE(forecast[0].rows[0][1].isNull());
    EXPECT_EQ(forecast[0].rows[1][1].toDate(), j(1404, 1, 1));
    EXPECT_EQ(forecast[0].rows[1][0].toString(), QStringLiteral("فروردین 1404"));
    // Activity: one row per rep, and per rep and week.
    const auto activity = ReportTables::of(service.activity(f));
    EXPECT_EQ(activity[0].rows.size(), 4);
    EXPECT_EQ(activity[1].rows.size(), 4 * 5);
}
