// PgReportRepository answers every report question exactly as
// SqliteReportRepository does: the same customers, deals (moved through
// stages, won and lost), activities with follow-ups and orders along their
// status flow are written through each backend's repositories, customers are
// reassigned and one deleted, and then every method is called with many
// argument sets — each pipeline, everyone's and one owner's, no kind and each
// kind, periods crossing Tehran's midnight and Nowruz, empty and reversed
// ranges, stuck orders with ties and limits — and the rows compared in order.
#include "PgActivityRepository.h"
#include "PgDealRepository.h"
#include "PgOrderRepository.h"
#include "PgParityFixture.h"
#include "PgReportRepository.h"
#include "PgReportRows.h"
#include "ReportPeriod.h"
#include "SqliteReportRepository.h"

#include <QStringList>
#include <functional>
#include <map>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDate kDay0(2025, 3, 15); // a week before Nowruz (1 Farvardin 1404 = 2025-03-21)
const QDateTime kStuckBase = businessDayStart(kDay0.addDays(5)).addSecs(9 * 3600);
// Around a Tehran midnight: just before, on it, just after, UTC's midnight, late evening.
const qint64 kOffsets[] = { -1, 0, 1, 12600, 70000 };

class PgReportParityTest : public PgParityFixture
{
protected:
    PgReportParityTest()
        : pgDeals(connection)
        , pgActivities(connection)
        , pgOrders(connection)
        , sqliteReports(sqlite.database())
        , pgReports(connection)
    {
        for (int i = 0; i < 4; ++i)
            reps << addUserOnBoth(QStringLiteral("rep%1").arg(i));
        idle = addUserOnBoth(QStringLiteral("idle"));
        addUserOnBoth(QStringLiteral("boss"), UserRole::Manager);
        addCustomers();
        addDeals();
        addActivities();
        addOrders();
        // A reassignment moves the customer's orders to the new owner; a
        // deleted customer takes its activities and orders out of the summaries.
        updateCustomerOnBoth(customers[3], [&](Customer &c) { c.ownerId = reps[1]; });
        updateCustomerOnBoth(customers[5], [](Customer &c) { c.ownerId = 0; });
        updateCustomerOnBoth(customers[8], [&](Customer &c) { c.ownerId = reps[2]; });
        execOnBoth(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(customers[7]));
        deleted = customers[7];
    }

    void addCustomers()
    {
        for (int i = 0; i < 40; ++i) {
            Customer c;
            c.kind = i % 2 ? CustomerKind::Individual : CustomerKind::Legal;
            c.individual.firstName = QStringLiteral("نام%1").arg(i);
            c.individual.lastName = QStringLiteral("خانوادگی%1").arg(i);
            c.legal.companyName = QStringLiteral("شرکت %1").arg(i);
            c.createdAt = c.updatedAt = businessDayStart(kDay0.addDays(-60));
            c.ownerId = i % 5 == 4 ? 0 : reps[i % 4];
            customers << addCustomerOnBoth(c);
            kinds << c.kind;
        }
    }

    void addDeals()
    {
        pipelines = { *sqlite.pipelines().defaultFor(CustomerKind::Legal),
                      *sqlite.pipelines().defaultFor(CustomerKind::Individual) };
        for (int i = 0; i < 160; ++i) {
            const int customer = (3 * i + i / 8) % 40; // both kinds on every day
            // Mostly the kind's pipeline; every ninth deal in the other one.
            const Pipeline &p = pipelines[(kinds[customer] == CustomerKind::Legal) == (i % 9 != 0) ? 0 : 1];
            QList<Stage> open, won, lost;
            for (const Stage &s : p.stages)
                (s.outcome == StageOutcome::Open ? open : s.outcome == StageOutcome::Won ? won : lost) << s;
            Deal d;
            d.customerId = customers[customer];
            d.pipelineId = p.id;
            d.stageId = open[0].id;
            d.title = QStringLiteral("فرصت %1").arg(i);
            d.amount = 1'000'000 * (i % 13) + 12'345 * (i % 7) + (i % 3); // Rials that do not divide by 100
            if (i % 5 != 0)
                d.expectedClose = kDay0.addDays(i % 20 - 5); // ties, some before any range
            d.ownerId = i % 11 == 0 ? 0 : reps[(i + customer) % 4];
            d.status = DealStatus::Open;
            // Eight days around kDay0, each at every offset around its midnight.
            d.createdAt = businessDayStart(kDay0.addDays(i % 8 - 4)).addSecs(kOffsets[(i / 8) % 5]);
            const qint64 id = sqlite.deals().add(d, 0);
            ASSERT_EQ(pgDeals.add(d, 0), id);
            d.id = id;
            for (int step = 1; step <= i % 5 && step < open.size(); ++step)
                moveOnBoth(d, open[step], d.createdAt.addDays(step));
            if (i % 6 == 0 || i % 6 == 1) {
                const bool win = i % 6 == 0;
                d.closedAt
                    = businessDayStart(businessDay(d.createdAt).addDays(1 + i % 4)).addSecs(kOffsets[(i / 6) % 5]);
                d.status = win ? DealStatus::Won : DealStatus::Lost;
                if (!win && i % 4 != 1)
                    d.lostReason = static_cast<LostReason>(i % 7);
                moveOnBoth(d, win ? won[0] : lost[0], d.closedAt);
            }
        }
    }

    void moveOnBoth(Deal &d, const Stage &stage, const QDateTime &at)
    {
        sqlite.deals().recordStageChange(d.id, stage.id, at, d.ownerId);
        pgDeals.recordStageChange(d.id, stage.id, at, d.ownerId);
        d.stageId = stage.id;
        d.version = 0;
        sqlite.deals().update(d);
        pgDeals.update(d);
    }

    void addActivities()
    {
        for (int i = 0; i < 300; ++i) {
            Activity a;
            a.customerId = customers[i % 40];
            a.type = static_cast<ActivityType>(i % 6);
            a.at = businessDayStart(kDay0.addDays(i % 30 - 15)).addSecs(kOffsets[(i / 3) % 5]);
            a.ownerId = i % 7 == 0 ? 0 : reps[i % 4];
            if (i % 3 == 0)
                a.followUpAt = a.at.addDays(i % 10 - 3);
            a.createdAt = a.at;
            const qint64 id = sqlite.activities().add(a);
            ASSERT_EQ(pgActivities.add(a), id);
            if (i % 9 == 0) {
                sqlite.activities().setFollowUpDone(id, true, 0);
                pgActivities.setFollowUpDone(id, true, 0);
            }
            activities << a;
        }
    }

    void addOrders()
    {
        const OrderStatus flow[] = { OrderStatus::Registered, OrderStatus::Confirmed, OrderStatus::Paid,
                                     OrderStatus::Shipped, OrderStatus::Delivered };
        for (int i = 0; i < 200; ++i) {
            Order o;
            o.customerId = customers[i % 40];
            o.createdAt = businessDayStart(kDay0.addDays(i % 25 - 12)).addSecs(kOffsets[(i / 2) % 5]);
            o.updatedAt = o.createdAt;
            o.total = 10'000 * (i % 17) + i;
            o.lines << OrderLine { 0, QStringLiteral("کالا"), 1, o.total };
            o.history << OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, o.createdAt, 0, {} };
            const qint64 id = sqlite.orders().add(o);
            ASSERT_EQ(pgOrders.add(o), id);
            // Status changes at one of eight times: many stuck orders tie on their time.
            const QDateTime changed = kStuckBase.addSecs(3600 * (i % 8));
            OrderStatus now = OrderStatus::Registered;
            for (int step = 1; step <= i % 6 && step < 5; ++step) {
                const OrderStatusChange c { 0, now, flow[step], changed, 0, {} };
                sqlite.orders().recordStatusChange(id, c, 0);
                pgOrders.recordStatusChange(id, c, 0);
                now = flow[step];
            }
            if (i % 11 == 0) {
                const OrderStatusChange c { 0, now, OrderStatus::Cancelled, changed, 0, {} };
                sqlite.orders().recordStatusChange(id, c, 0);
                pgOrders.recordStatusChange(id, c, 0);
            }
        }
    }

    // Compares one call on both; counts the calls that had rows.
    void same(const char *method, const QString &args, const QStringList &want, const QStringList &got)
    {
        EXPECT_EQ(got.join(QLatin1Char('\n')).toStdString(), want.join(QLatin1Char('\n')).toStdString())
            << method << "(" << args.toStdString() << ")";
        ++calls[method];
        if (!want.isEmpty() && want != QStringList { QStringLiteral("0") })
            ++withRows[method];
    }

    QList<qint64> pipelineIds() const { return { pipelines[0].id, pipelines[1].id, 999 }; }
    QList<qint64> owners() const { return { 0, reps[0], reps[3], idle }; }
    static QList<std::optional<CustomerKind>> kindsToTry()
    {
        return { std::nullopt, CustomerKind::Individual, CustomerKind::Legal };
    }
    // [from, to) moments: periods by business day, and moments either side of one midnight.
    static QList<std::pair<QDateTime, QDateTime>> moments()
    {
        const QDateTime midnight = businessDayStart(kDay0);
        const QDateTime utcMidnight(kDay0, QTime(0, 0), Qt::UTC);
        return {
            { businessDayStart(kDay0.addDays(-25)), businessDayStart(kDay0.addDays(30)) },
            { businessDayStart(kDay0), businessDayStart(kDay0.addDays(1)) },
            { businessDayStart(QDate(2025, 3, 20)), businessDayStart(QDate(2025, 3, 23)) }, // Nowruz
            { midnight.addSecs(-1), midnight.addSecs(1) },
            { midnight, midnight.addSecs(1) },
            { utcMidnight, utcMidnight.addDays(1) }, // crosses Tehran's midnight at 20:30 UTC
            { midnight, midnight }, // empty
            { midnight.addDays(3), midnight }, // reversed
            { QDateTime(), midnight }, // unbounded start: nothing, as SQLite's NULL
        };
    }
    // [from, to] business days.
    static QList<std::pair<QDate, QDate>> days()
    {
        return {
            { kDay0.addDays(-25), kDay0.addDays(30) },
            { kDay0, kDay0 },
            { kDay0.addDays(-1), kDay0 },
            { QDate(2025, 3, 20), QDate(2025, 3, 21) }, // the last day of 1403 and Nowruz
            { kDay0.addDays(1), kDay0 }, // reversed
            { QDate(2020, 1, 1), QDate(2020, 12, 31) }, // nothing then
        };
    }

    PgDealRepository pgDeals;
    PgActivityRepository pgActivities;
    PgOrderRepository pgOrders;
    SqliteReportRepository sqliteReports;
    PgReportRepository pgReports;
    QList<qint64> reps, customers;
    QList<CustomerKind> kinds;
    QList<Pipeline> pipelines;
    QList<Activity> activities;
    qint64 idle = 0, deleted = 0;
    std::map<std::string, int> calls, withRows;
};

} // namespace

TEST_F(PgReportParityTest, deal_reports_are_sqlites)
{
    for (const qint64 pipeline : pipelineIds())
        for (const qint64 owner : owners()) {
            for (const auto &[from, to] : moments()) {
                const QString args = QStringLiteral("%1, %2, %3, %4").arg(pipeline).arg(owner).arg(of(from), of(to));
                same("openByStage", args, rowsOf(sqliteReports.openByStage(pipeline, owner, to)),
                     rowsOf(pgReports.openByStage(pipeline, owner, to)));
                same("reachedByPosition", args, rowsOf(sqliteReports.reachedByPosition(pipeline, owner, from, to)),
                     rowsOf(pgReports.reachedByPosition(pipeline, owner, from, to)));
                same("closedByOutcome", args, rowsOf(sqliteReports.closedByOutcome(pipeline, owner, from, to)),
                     rowsOf(pgReports.closedByOutcome(pipeline, owner, from, to)));
            }
            for (const QDateTime &createdBefore :
                 { businessDayStart(kDay0), businessDayStart(kDay0.addDays(30)), QDateTime() })
                for (const auto &[from, until] : QList<std::pair<QDate, QDate>> {
                         { kDay0, kDay0.addDays(10) },
                         { kDay0.addDays(-10), kDay0.addDays(-10) },
                         { kDay0.addDays(3), kDay0.addDays(2) },
                         { kDay0.addDays(-30), kDay0.addDays(30) },
                         { QDate(), kDay0 },
                     }) {
                    const QString args = QStringLiteral("%1, %2, %3, %4, %5")
                                             .arg(pipeline)
                                             .arg(owner)
                                             .arg(of(createdBefore), of(from), of(until));
                    same("openByExpectedClose", args,
                         rowsOf(sqliteReports.openByExpectedClose(pipeline, owner, createdBefore, from, until)),
                         rowsOf(pgReports.openByExpectedClose(pipeline, owner, createdBefore, from, until)));
                }
        }
    for (const char *method : { "openByStage", "reachedByPosition", "closedByOutcome", "openByExpectedClose" })
        EXPECT_GT(withRows[method], calls[method] / 6)
            << method << ": the data reaches too few cases, " << withRows[method] << " of " << calls[method];
}

TEST_F(PgReportParityTest, activity_and_order_reports_are_sqlites)
{
    for (const auto &kind : kindsToTry())
        for (const qint64 owner : owners()) {
            for (const auto &[from, to] : days()) {
                const QString args = QStringLiteral("%1, %2, %3, %4").arg(of(kind)).arg(owner).arg(of(from), of(to));
                same("activityByDay", args, rowsOf(sqliteReports.activityByDay(kind, owner, from, to)),
                     rowsOf(pgReports.activityByDay(kind, owner, from, to)));
                same("ordersByStatus", args, rowsOf(sqliteReports.ordersByStatus(kind, owner, from, to)),
                     rowsOf(pgReports.ordersByStatus(kind, owner, from, to)));
            }
            for (const QDateTime &now : { businessDayStart(kDay0), businessDayStart(kDay0.addDays(12)),
                                          activities[3].followUpAt, QDateTime() }) {
                const QString args = QStringLiteral("%1, %2, %3").arg(of(kind)).arg(owner).arg(of(now));
                same("overdueFollowUps", args, rowsOf(sqliteReports.overdueFollowUps(kind, owner, now)),
                     rowsOf(pgReports.overdueFollowUps(kind, owner, now)));
            }
            for (const QDateTime &before : { kStuckBase.addSecs(3 * 3600), kStuckBase.addSecs(3 * 3600 + 1),
                                             kStuckBase.addDays(20), kStuckBase }) {
                const QString args = QStringLiteral("%1, %2, %3").arg(of(kind)).arg(owner).arg(of(before));
                same("stuckOrderCount", args, rowsOf(sqliteReports.stuckOrderCount(kind, owner, before)),
                     rowsOf(pgReports.stuckOrderCount(kind, owner, before)));
                for (const int limit : { 0, 1, 3, 7, 500, -1 })
                    same("stuckOrders", args + QStringLiteral(", %1").arg(limit),
                         rowsOf(sqliteReports.stuckOrders(kind, owner, before, limit)),
                         rowsOf(pgReports.stuckOrders(kind, owner, before, limit)));
            }
        }
    for (const char *method :
         { "activityByDay", "ordersByStatus", "overdueFollowUps", "stuckOrders", "stuckOrderCount" })
        EXPECT_GT(withRows[method], calls[method] / 6)
            << method << ": the data reaches too few cases, " << withRows[method] << " of " << calls[method];
}

// Not only the same as SQLite: an activity belongs to the Iranian business day
// it happened on (UTC+03:30), counted here from the rows as written.
TEST_F(PgReportParityTest, activities_count_on_their_tehran_day)
{
    for (const QDate &day : { kDay0.addDays(-1), kDay0, kDay0.addDays(1), QDate(2025, 3, 21) }) {
        qint64 expected = 0;
        for (const Activity &a : activities)
            if (a.customerId != deleted && businessDay(a.at) == day)
                ++expected;
        qint64 counted = 0;
        for (const ActivityDayAggregate &a : pgReports.activityByDay(std::nullopt, 0, day, day)) {
            EXPECT_EQ(a.day, day);
            counted += a.count;
        }
        EXPECT_GT(expected, 0) << of(day).toStdString();
        EXPECT_EQ(counted, expected) << of(day).toStdString();
    }
    // One second before and at a Tehran midnight are two days.
    const QDateTime midnight = businessDayStart(kDay0);
    EXPECT_EQ(businessDay(midnight.addSecs(-1)), kDay0.addDays(-1));
    EXPECT_EQ(businessDay(midnight), kDay0);
}
