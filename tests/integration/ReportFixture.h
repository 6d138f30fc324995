#pragma once
// A hand-built data set for the report tests, with every figure worked out by
// hand in ReportServiceTest.cpp. Times are Tehran wall-clock times (UTC+03:30)
// of Jalali days; the report period is Esfand 1403 (a leap year: 1403/12/30
// exists) and "now" is 1404/01/05 12:00 Tehran.
//
// B2B (amounts in Rials; stages lead 10%, needs 20%, presentation 40%,
// proposal 60%, negotiation 80%, won, lost):
//   D1 1,000,000,000 rep A  created 1403/11/10, proposal 11/20, won 12/05 (25 days)
//   D2 2,000,000,000 rep A  created 12/02, needs 12/03, presentation 12/04,
//                           back to needs 12/06, presentation 12/08, proposal 12/10; open, expected 1404/02/15
//   D3   500,000,000 rep B  created 12/03, needs 12/04, lost (price) 12/10 (7 days)
//   D4 3,000,000,000 rep A  created 12/30 23:59 (last minute of the leap day), negotiation 1404/01/02,
//                           won 1404/01/03
//   D5 7,000,000,000 rep A  created 1404/01/01 00:00 (first minute after the period); open, no expected close
//   D6 1,500,000,000 rep A  created 1403/10/01, presentation 10/15; open, expected 1403/12/20 (overdue)
//   D7   100,000,000 rep A  created 12/15; open at lead, expected 1404/08/01
// B2C (lead 10%, contacted 30%, offer 60%, purchased, lost) — every deal lost:
//   C1 100,000,000 rep A created 12/05, lost (price) 12/06
//   C2 200,000,000 rep A created 12/07, contacted 12/08, lost (price) 12/09
//   C3 300,000,000 rep B created 12/10, lost (competitor) 12/12
// Activities (weeks of Esfand 1403: 12/01 Wed (2025-02-19), then Saturdays 12/04, 12/11, 12/18, 12/25):
//   rep A: call L1 12/01 10:00; meeting L1 12/04 00:10 (Saturday in Tehran, still Friday in UTC);
//          email I1 12/10; call L1 12/16 with a follow-up 1404/01/02 done; note L1 12/16 with a
//          follow-up 1404/01/10 (not yet due); sms I1 12/30 23:00; call I1 1404/01/01 00:30 (after)
//   rep B: call L2 1403/11/30 (before); call I2 12/15; task I2 12/20 with follow-up 1404/01/03 (overdue)
//   manager: call L1 12/20
//   rep C (active) has none; rep D is inactive.
// Orders:
//   O1 I1   650,000,000 created 12/05, confirmed 12/06, paid 12/07, shipped 12/08, delivered 12/10
//   O2 I1   100,000,000 created 12/20, confirmed 12/21 (stuck 14 days)
//   O3 L1 5,000,000,000 created 12/28 10:00, registered (stuck 7 days and 2 hours)
//   O4 L1   300,000,000 created 1404/01/01 00:00, cancelled 1404/01/02
//   O5 I2    50,000,000 created 1403/11/01, registered (stuck 64 days)
//   O6 I2    20,000,000 created 1404/01/04, registered
#include "ActivityService.h"
#include "CustomerService.h"
#include "DataStore.h"
#include "DealService.h"
#include "JalaliDate.h"
#include "OrderService.h"
#include "ReportPeriod.h"

namespace peyvand::testing {

// A Tehran wall-clock time on a Jalali day, as UTC.
inline QDateTime tehran(int y, int m, int d, int hour = 10, int minute = 0)
{
    return businessDayStart(JalaliDate::fromJalali(y, m, d)).addSecs(hour * 3600 + minute * 60);
}

struct ReportFixture
{
    DataStore &store;
    FixedClock clock { tehran(1404, 1, 5, 12) };
    qint64 repA = 0, repB = 0, repC = 0, repD = 0, manager = 0;
    qint64 l1 = 0, l2 = 0, i1 = 0, i2 = 0;
    qint64 d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0, c1 = 0, c2 = 0, c3 = 0;
    qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0;
    qint64 noteA = 0, taskB = 0, callB = 0;
    Pipeline b2b, b2c;

    // Builds the data acting as the manager "boss" (who may give records to
    // the reps); the store acts as before afterwards.
    explicit ReportFixture(DataStore &s)
        : store(s)
    {
        const User before = store.actor();
        users();
        store.setActor(*store.users().get(manager));
        customers();
        b2b = *store.pipelines().defaultFor(CustomerKind::Legal);
        b2c = *store.pipelines().defaultFor(CustomerKind::Individual);
        deals();
        activities();
        orders();
        clock.set(tehran(1404, 1, 5, 12));
        store.setActor(before);
    }

    static ReportPeriod esfand1403()
    {
        return ReportPeriod::custom(JalaliDate::fromJalali(1403, 12, 1), JalaliDate::fromJalali(1403, 12, 30));
    }

    qint64 stage(const Pipeline &p, int position) const
    {
        for (const Stage &s : p.stages)
            if (s.position == position)
                return s.id;
        return 0;
    }

    void users()
    {
        repA = store.users().add(
            User { 0, QStringLiteral("repa"), QStringLiteral("علی احمدی"), UserRole::SalesRep, true });
        repB = store.users().add(
            User { 0, QStringLiteral("repb"), QStringLiteral("زهرا محمدی"), UserRole::SalesRep, true });
        repC = store.users().add(
            User { 0, QStringLiteral("repc"), QStringLiteral("رضا حسینی"), UserRole::SalesRep, true });
        repD = store.users().add(
            User { 0, QStringLiteral("repd"), QStringLiteral("بازنشسته"), UserRole::SalesRep, false });
        manager = store.users().add(
            User { 0, QStringLiteral("boss"), QStringLiteral("مهدی کاظمی"), UserRole::Manager, true });
    }

    qint64 customer(CustomerKind kind, const QString &name, qint64 owner)
    {
        Customer c;
        c.kind = kind;
        c.ownerId = owner;
        if (kind == CustomerKind::Legal)
            c.legal.companyName = name;
        else {
            c.individual.firstName = name;
            c.individual.lastName = QStringLiteral("آزمون");
        }
        c.createdAt = tehran(1403, 1, 1);
        c.updatedAt = c.createdAt;
        CustomerService service(store, clock);
        return service.create(c);
    }

    void customers()
    {
        l1 = customer(CustomerKind::Legal, QStringLiteral("شرکت البرز"), repA);
        l2 = customer(CustomerKind::Legal, QStringLiteral("شرکت زاگرس"), repB);
        i1 = customer(CustomerKind::Individual, QStringLiteral("مینا"), repA);
        i2 = customer(CustomerKind::Individual, QStringLiteral("سارا"), repB);
    }

    // Creates a deal at `created` in the first stage, then moves it along `moves`.
    qint64 deal(qint64 customerId, qint64 owner, qint64 amount, const QDateTime &created,
                const QList<std::pair<int, QDateTime>> &moves, QDate expected = {},
                std::optional<LostReason> reason = {})
    {
        DealService service(store, clock);
        Deal d;
        d.customerId = customerId;
        d.ownerId = owner;
        d.title = QStringLiteral("فرصت");
        d.amount = amount;
        d.expectedClose = expected;
        d.createdAt = created;
        clock.set(created);
        const qint64 id = service.create(d, owner);
        const Pipeline p = *store.pipelines().get(service.get(id).pipelineId);
        for (const auto &[position, at] : moves) {
            clock.set(at);
            const bool lost = p.stage(stage(p, position))->outcome == StageOutcome::Lost;
            service.moveToStage(id, stage(p, position), owner, lost ? reason : std::nullopt);
        }
        return id;
    }

    void deals()
    {
        auto j = [](int y, int m, int d) { return JalaliDate::fromJalali(y, m, d); };
        d1 = deal(l1, repA, 1'000'000'000, tehran(1403, 11, 10),
                  { { 4, tehran(1403, 11, 20) }, { 6, tehran(1403, 12, 5) } });
        d2 = deal(l1, repA, 2'000'000'000, tehran(1403, 12, 2),
                  { { 2, tehran(1403, 12, 3) },
                    { 3, tehran(1403, 12, 4) },
                    { 2, tehran(1403, 12, 6) },
                    { 3, tehran(1403, 12, 8) },
                    { 4, tehran(1403, 12, 10) } },
                  j(1404, 2, 15));
        d3 = deal(l2, repB, 500'000'000, tehran(1403, 12, 3),
                  { { 2, tehran(1403, 12, 4) }, { 7, tehran(1403, 12, 10) } }, {}, LostReason::Price);
        d4 = deal(l1, repA, 3'000'000'000, tehran(1403, 12, 30, 23, 59),
                  { { 5, tehran(1404, 1, 2) }, { 6, tehran(1404, 1, 3) } });
        d5 = deal(l1, repA, 7'000'000'000, tehran(1404, 1, 1, 0, 0), {});
        d6 = deal(l1, repA, 1'500'000'000, tehran(1403, 10, 1), { { 3, tehran(1403, 10, 15) } }, j(1403, 12, 20));
        d7 = deal(l1, repA, 100'000'000, tehran(1403, 12, 15), {}, j(1404, 8, 1));
        c1 = deal(i1, repA, 100'000'000, tehran(1403, 12, 5), { { 5, tehran(1403, 12, 6) } }, {}, LostReason::Price);
        c2 = deal(i1, repA, 200'000'000, tehran(1403, 12, 7),
                  { { 2, tehran(1403, 12, 8) }, { 5, tehran(1403, 12, 9) } }, {}, LostReason::Price);
        c3 = deal(i2, repB, 300'000'000, tehran(1403, 12, 10), { { 5, tehran(1403, 12, 12) } }, {},
                  LostReason::Competitor);
    }

    qint64 activity(qint64 customerId, qint64 owner, ActivityType type, const QDateTime &at,
                    const QDateTime &followUp = {}, bool done = false)
    {
        ActivityService service(store, clock);
        Activity a;
        a.customerId = customerId;
        a.ownerId = owner;
        a.type = type;
        a.at = at;
        a.followUpAt = followUp;
        clock.set(at);
        const qint64 id = service.log(a);
        if (done)
            service.completeFollowUp(id);
        return id;
    }

    void activities()
    {
        activity(l1, repA, ActivityType::Call, tehran(1403, 12, 1));
        activity(l1, repA, ActivityType::Meeting, tehran(1403, 12, 4, 0, 10));
        activity(i1, repA, ActivityType::Email, tehran(1403, 12, 10));
        activity(l1, repA, ActivityType::Call, tehran(1403, 12, 16), tehran(1404, 1, 2), true);
        noteA = activity(l1, repA, ActivityType::Note, tehran(1403, 12, 16, 11), tehran(1404, 1, 10));
        activity(i1, repA, ActivityType::Sms, tehran(1403, 12, 30, 23, 0));
        activity(i1, repA, ActivityType::Call, tehran(1404, 1, 1, 0, 30));
        activity(l2, repB, ActivityType::Call, tehran(1403, 11, 30));
        callB = activity(i2, repB, ActivityType::Call, tehran(1403, 12, 15));
        taskB = activity(i2, repB, ActivityType::Task, tehran(1403, 12, 20), tehran(1404, 1, 3));
        activity(l1, manager, ActivityType::Call, tehran(1403, 12, 20));
    }

    qint64 order(qint64 customerId, qint64 total, const QDateTime &created,
                 const QList<std::pair<OrderStatus, QDateTime>> &moves)
    {
        OrderService service(store, clock);
        Order o;
        o.customerId = customerId;
        o.lines << OrderLine { 0, QStringLiteral("کالا"), 1, total };
        o.createdAt = created;
        clock.set(created);
        const qint64 id = service.create(o, repA);
        for (const auto &[status, at] : moves) {
            clock.set(at);
            service.changeStatus(id, status, repA);
        }
        return id;
    }

    void orders()
    {
        o1 = order(i1, 650'000'000, tehran(1403, 12, 5),
                   { { OrderStatus::Confirmed, tehran(1403, 12, 6) },
                     { OrderStatus::Paid, tehran(1403, 12, 7) },
                     { OrderStatus::Shipped, tehran(1403, 12, 8) },
                     { OrderStatus::Delivered, tehran(1403, 12, 10) } });
        o2 = order(i1, 100'000'000, tehran(1403, 12, 20), { { OrderStatus::Confirmed, tehran(1403, 12, 21) } });
        o3 = order(l1, 5'000'000'000, tehran(1403, 12, 28), {});
        o4 = order(l1, 300'000'000, tehran(1404, 1, 1, 0, 0), { { OrderStatus::Cancelled, tehran(1404, 1, 2) } });
        o5 = order(i2, 50'000'000, tehran(1403, 11, 1), {});
        o6 = order(i2, 20'000'000, tehran(1404, 1, 4), {});
    }
};

} // namespace peyvand::testing
