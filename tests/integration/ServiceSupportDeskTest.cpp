// The support desk's rules on a real database: every order status transition
// (allowed and refused, nothing written on a refusal), orders from won deals
// only, service request statuses, and both on the customer's timeline.
#include "OrderStatusFlow.h"
#include "SupportDeskFixture.h"

#include <set>

using namespace peyvand;
using peyvand::testing::RowCounts;

namespace {

constexpr OrderStatus kAll[]
    = { OrderStatus::Registered, OrderStatus::Confirmed, OrderStatus::Paid,    OrderStatus::Shipped,
        OrderStatus::Delivered,  OrderStatus::Cancelled, OrderStatus::Returned };

// The rule written out once more, independently of OrderStatusFlow.
const std::set<std::pair<OrderStatus, OrderStatus>> kAllowed {
    { OrderStatus::Registered, OrderStatus::Confirmed }, { OrderStatus::Confirmed, OrderStatus::Paid },
    { OrderStatus::Paid, OrderStatus::Shipped },         { OrderStatus::Shipped, OrderStatus::Delivered },
    { OrderStatus::Registered, OrderStatus::Cancelled }, { OrderStatus::Confirmed, OrderStatus::Cancelled },
    { OrderStatus::Paid, OrderStatus::Cancelled },       { OrderStatus::Delivered, OrderStatus::Returned },
};

// The allowed moves that lead from registered to `status`.
QList<OrderStatus> pathTo(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Registered:
        return {};
    case OrderStatus::Confirmed:
        return { OrderStatus::Confirmed };
    case OrderStatus::Paid:
        return { OrderStatus::Confirmed, OrderStatus::Paid };
    case OrderStatus::Shipped:
        return { OrderStatus::Confirmed, OrderStatus::Paid, OrderStatus::Shipped };
    case OrderStatus::Delivered:
        return { OrderStatus::Confirmed, OrderStatus::Paid, OrderStatus::Shipped, OrderStatus::Delivered };
    case OrderStatus::Cancelled:
        return { OrderStatus::Cancelled };
    case OrderStatus::Returned:
        return { OrderStatus::Confirmed, OrderStatus::Paid, OrderStatus::Shipped, OrderStatus::Delivered,
                 OrderStatus::Returned };
    }
    return {};
}

} // namespace

class SupportDeskService : public peyvand::testing::SupportDeskFixture
{
};

TEST_F(SupportDeskService, every_order_status_transition_is_allowed_or_refused_as_the_flow_says)
{
    int allowed = 0, refused = 0;
    for (OrderStatus from : kAll) {
        for (OrderStatus to : kAll) {
            SCOPED_TRACE(toCode(from).toStdString() + " -> " + toCode(to).toStdString());
            const qint64 id = orders.create(oneLineOrder(person), rep);
            for (OrderStatus step : pathTo(from)) {
                s.clock.advanceSeconds(60);
                orders.changeStatus(id, step, rep);
            }
            const Order before = orders.get(id);
            ASSERT_EQ(before.status, from);
            const RowCounts counts = RowCounts::of(s);
            s.clock.advanceSeconds(3600);
            const QString note = QStringLiteral("تماس مشتری");
            if (kAllowed.contains({ from, to })) {
                ++allowed;
                orders.changeStatus(id, to, support, note);
                const Order after = orders.get(id);
                EXPECT_EQ(after.status, to);
                EXPECT_EQ(after.updatedAt, s.clock.now());
                ASSERT_EQ(after.history.size(), before.history.size() + 1);
                const OrderStatusChange &last = after.history.back();
                EXPECT_EQ(last.from, from);
                EXPECT_EQ(last.to, to);
                EXPECT_EQ(last.changedBy, support);
                EXPECT_EQ(last.note, note);
                EXPECT_EQ(last.at, s.clock.now());
            } else {
                ++refused;
                try {
                    orders.changeStatus(id, to, support, note);
                    ADD_FAILURE() << "the change was accepted";
                } catch (const ValidationError &e) {
                    EXPECT_EQ(e.field(), QStringLiteral("status"));
                    EXPECT_EQ(e.code(), QStringLiteral("transition"));
                    EXPECT_TRUE(e.message().contains(toCode(from))) << e.what();
                    EXPECT_TRUE(e.persianMessage().contains(toPersian(from)));
                    const QList<OrderStatus> next = OrderStatusFlow::nextStatuses(from);
                    for (OrderStatus n : next) {
                        EXPECT_TRUE(e.message().contains(toCode(n))) << e.what();
                        EXPECT_TRUE(e.persianMessage().contains(toPersian(n)));
                    }
                    if (next.isEmpty())
                        EXPECT_TRUE(e.message().contains(QStringLiteral("final"))) << e.what();
                }
                const Order after = orders.get(id);
                EXPECT_EQ(after.status, before.status);
                EXPECT_EQ(after.updatedAt, before.updatedAt);
                EXPECT_EQ(after.history.size(), before.history.size());
                EXPECT_EQ(RowCounts::of(s), counts);
            }
        }
    }
    EXPECT_EQ(allowed, 8);
    EXPECT_EQ(refused, 41);
}

TEST_F(SupportDeskService, a_status_change_appears_on_the_customers_timeline_with_user_and_note)
{
    const qint64 id = orders.create(oneLineOrder(person), rep);
    const QString number = orders.get(id).number;
    s.clock.advanceSeconds(600);
    orders.changeStatus(id, OrderStatus::Confirmed, support, QStringLiteral("  تأیید   تلفنی "));
    const QList<TimelineEntry> entries = timeline.latest(person, 10);
    ASSERT_FALSE(entries.isEmpty());
    const TimelineEntry &e = entries.front();
    EXPECT_EQ(e.kind, TimelineEntry::Kind::OrderStatus);
    EXPECT_EQ(e.orderId, id);
    EXPECT_EQ(e.orderNumber, number);
    EXPECT_EQ(e.fromStatus, OrderStatus::Registered);
    EXPECT_EQ(e.toStatus, OrderStatus::Confirmed);
    EXPECT_EQ(e.userId, support);
    EXPECT_EQ(e.note, QStringLiteral("تأیید تلفنی"));
    EXPECT_EQ(e.at, s.clock.now());
    // Not on another customer's timeline.
    for (const TimelineEntry &other : timeline.latest(company, 10))
        EXPECT_NE(other.kind, TimelineEntry::Kind::OrderStatus);
}

TEST_F(SupportDeskService, an_order_is_created_from_a_won_deal_only)
{
    const Pipeline b2b = *s->pipelines().defaultFor(CustomerKind::Legal);
    qint64 wonStage = 0, lostStage = 0;
    for (const Stage &st : b2b.stages) {
        if (st.outcome == StageOutcome::Won)
            wonStage = st.id;
        if (st.outcome == StageOutcome::Lost)
            lostStage = st.id;
    }
    auto newDeal = [&] {
        Deal d;
        d.customerId = company;
        d.title = QStringLiteral("تأمین ورق");
        d.amount = 2'000'000'000;
        return deals.create(d, rep);
    };
    const QList<OrderLine> lines { OrderLine { 0, QStringLiteral("ورق فولادی"), 10, 150'000'000 } };

    const qint64 open = newDeal();
    const qint64 lost = newDeal();
    deals.moveToStage(lost, lostStage, rep, LostReason::Price);
    for (qint64 dealId : { open, lost }) {
        const RowCounts before = RowCounts::of(s);
        try {
            orders.createFromDeal(dealId, lines, rep);
            ADD_FAILURE() << "an order from a deal that is not won was created";
        } catch (const ValidationError &e) {
            EXPECT_EQ(e.field(), QStringLiteral("deal_id"));
            EXPECT_EQ(e.code(), QStringLiteral("not_won"));
            EXPECT_TRUE(e.message().contains(dealId == open ? QStringLiteral("open") : QStringLiteral("lost")));
        }
        EXPECT_EQ(RowCounts::of(s), before);
    }
    EXPECT_THROW(orders.createFromDeal(9999, lines, rep), NotFoundError);

    const qint64 won = newDeal();
    deals.moveToStage(won, wonStage, rep);
    const Order o = orders.get(orders.createFromDeal(won, lines, rep));
    EXPECT_EQ(o.customerId, company);
    EXPECT_EQ(o.dealId, won);
    EXPECT_EQ(o.status, OrderStatus::Registered);
    EXPECT_EQ(o.total, 1'500'000'000);
    ASSERT_EQ(o.history.size(), 1);
    EXPECT_EQ(o.history[0].changedBy, rep);
    // Lines are still validated.
    EXPECT_THROW(orders.createFromDeal(won, {}, rep), ValidationError);
}

TEST_F(SupportDeskService, every_request_status_transition_is_allowed_or_refused)
{
    constexpr RequestStatus all[] = { RequestStatus::Open, RequestStatus::InProgress, RequestStatus::Resolved };
    const std::set<std::pair<RequestStatus, RequestStatus>> allowed {
        { RequestStatus::Open, RequestStatus::InProgress },     { RequestStatus::Open, RequestStatus::Resolved },
        { RequestStatus::InProgress, RequestStatus::Resolved }, { RequestStatus::InProgress, RequestStatus::Open },
        { RequestStatus::Resolved, RequestStatus::Open },
    };
    for (RequestStatus from : all) {
        for (RequestStatus to : all) {
            SCOPED_TRACE(toCode(from).toStdString() + " -> " + toCode(to).toStdString());
            ServiceRequest r;
            r.customerId = person;
            r.subject = QStringLiteral("خرابی یخچال");
            const qint64 id = requests.open(r);
            if (from != RequestStatus::Open)
                requests.setStatus(id, from, support);
            const ServiceRequest before = requests.get(id);
            s.clock.advanceSeconds(600);
            if (allowed.contains({ from, to })) {
                requests.setStatus(id, to, support, QStringLiteral("پیگیری شد"));
                const ServiceRequest after = requests.get(id);
                EXPECT_EQ(after.status, to);
                EXPECT_EQ(after.updatedAt, s.clock.now());
                EXPECT_EQ(after.resolvedAt.isValid(), to == RequestStatus::Resolved);
                ASSERT_EQ(after.notes.size(), before.notes.size() + 1);
                EXPECT_EQ(after.notes.back().text, QStringLiteral("پیگیری شد"));
                EXPECT_EQ(after.notes.back().authorId, support);
            } else {
                try {
                    requests.setStatus(id, to, support);
                    ADD_FAILURE() << "accepted";
                } catch (const ValidationError &e) {
                    EXPECT_EQ(e.code(), QStringLiteral("transition"));
                    EXPECT_TRUE(e.message().contains(toCode(from))) << e.what();
                }
                const ServiceRequest after = requests.get(id);
                EXPECT_EQ(after.status, before.status);
                EXPECT_EQ(after.updatedAt, before.updatedAt);
                EXPECT_EQ(after.notes.size(), before.notes.size());
            }
        }
    }
}

TEST_F(SupportDeskService, requests_opened_and_resolved_appear_on_the_customers_timeline)
{
    const qint64 order = orders.create(oneLineOrder(company), rep);
    ServiceRequest r;
    r.customerId = company;
    r.orderId = order;
    r.subject = QStringLiteral("نصب دستگاه");
    r.assigneeId = support;
    s.clock.advanceSeconds(60);
    const qint64 id = requests.open(r);
    const QDateTime opened = s.clock.now();
    s.clock.advanceSeconds(3600);
    requests.setStatus(id, RequestStatus::Resolved, support, QStringLiteral("نصب شد"));

    const QList<TimelineEntry> entries = timeline.latest(company, 10);
    ASSERT_GE(entries.size(), 2);
    EXPECT_EQ(entries[0].kind, TimelineEntry::Kind::RequestResolved);
    EXPECT_EQ(entries[0].requestId, id);
    EXPECT_EQ(entries[0].at, s.clock.now());
    EXPECT_EQ(entries[0].userId, support);
    EXPECT_EQ(entries[1].kind, TimelineEntry::Kind::RequestOpened);
    EXPECT_EQ(entries[1].requestSubject, QStringLiteral("نصب دستگاه"));
    EXPECT_EQ(entries[1].at, opened);
}

TEST_F(SupportDeskService, requests_are_assigned_queued_by_priority_then_age_and_listed_per_customer)
{
    auto open = [&](qint64 customer, Priority p) {
        ServiceRequest r;
        r.customerId = customer;
        r.subject = QStringLiteral("درخواست");
        r.priority = p;
        s.clock.advanceSeconds(60);
        return requests.open(r);
    };
    const qint64 normalOld = open(person, Priority::Normal);
    const qint64 urgent = open(company, Priority::Urgent);
    const qint64 normalNew = open(company, Priority::Normal);
    const qint64 low = open(person, Priority::Low);
    const qint64 done = open(person, Priority::Urgent);
    requests.setStatus(done, RequestStatus::Resolved, support);

    QList<qint64> queue;
    for (const ServiceRequest &r : requests.queue(10))
        queue << r.id;
    EXPECT_EQ(queue, (QList<qint64> { urgent, normalOld, normalNew, low }));

    requests.assign(low, support);
    EXPECT_EQ(requests.get(low).assigneeId, support);
    EXPECT_EQ(requests.get(low).updatedAt, s.clock.now());
    EXPECT_THROW(requests.assign(low, 999), NotFoundError);
    EXPECT_EQ(requests.get(low).assigneeId, support);
    requests.assign(low, 0);
    EXPECT_EQ(requests.get(low).assigneeId, 0);

    EXPECT_EQ(requests.forCustomer(person, true).size(), 2);
    EXPECT_EQ(requests.forCustomer(person, false).size(), 3);

    // An order of another customer is refused, nothing written.
    ServiceRequest wrong;
    wrong.customerId = person;
    wrong.orderId = orders.create(oneLineOrder(company), rep);
    wrong.subject = QStringLiteral("اشتباه");
    const RowCounts before = RowCounts::of(s);
    EXPECT_THROW(requests.open(wrong), ValidationError);
    EXPECT_EQ(RowCounts::of(s), before);
}
