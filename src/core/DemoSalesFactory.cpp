#include "DemoSalesFactory.h"

#include "DemoWords.h"
#include "OrderStatusFlow.h"

#include <algorithm>

namespace peyvand {

namespace {

constexpr qint64 kDay = DemoContext::kDay;
const QString kTransaction = QStringLiteral("TRX");
const QString kRequestText = QStringLiteral("مشتری تماس گرفت و درخواست پیگیری دارد.");

// The stage of the k-th open deal of a pipeline with n open stages: rounds of
// 0…n-1, 0…n-2, …, 0, repeated.
int taperedTurn(int k, int n)
{
    k %= n * (n + 1) / 2;
    for (int round = n; k >= round; --round)
        k -= round;
    return k;
}

} // namespace

DemoSalesFactory::DemoSalesFactory(DemoContext &context)
    : m_context(context)
{
}

DemoSalesFactory::DealWithHistory DemoSalesFactory::deal(const Customer &c, const QList<qint64> &contactIds)
{
    DemoContext &x = m_context;
    const bool legal = c.kind == CustomerKind::Legal;
    const Pipeline &p = legal ? x.b2b : x.b2c;
    QList<Stage> open;
    for (const Stage &s : p.stages)
        if (s.outcome == StageOutcome::Open)
            open << s;
    const Stage won = *p.firstWithOutcome(StageOutcome::Won);
    const Stage lost = *p.firstWithOutcome(StageOutcome::Lost);

    // Where the deal ends up: a third still open, the rest won or lost. Open
    // deals take the open stages in a fixed turn that visits every stage in
    // its first round and then fewer later ones (0 1 2 3 4 0 1 2 3 0 1 2 …):
    // even a small demo has deals in every column of both boards, and fewer
    // towards the end of the pipeline.
    const int roll = x.uniform(0, 99);
    int &turn = legal ? m_nextOpenStage[0] : m_nextOpenStage[1];
    const int openReached = roll < 35 ? taperedTurn(turn++, int(open.size())) : 0;
    const Stage final = roll < 35 ? open[openReached] : (roll < 70 ? won : lost);
    const int cycleDays = legal ? x.uniform(20, 200) : x.uniform(1, 30);
    const qint64 created = x.pastMoment(720);
    DealWithHistory out;
    Deal &d = out.deal;
    d.customerId = c.id;
    d.pipelineId = p.id;
    d.title = x.pick(DemoWords::instance().dealTitles);
    d.amount = legal ? x.uniform64(50, 5000) * 10000000LL : x.uniform64(5, 500) * 1000000LL;
    d.ownerId = c.ownerId;
    if (legal && !contactIds.isEmpty())
        d.contactIds = { contactIds.front() };
    d.createdAt = DemoContext::utc(created);
    d.expectedClose = d.createdAt.date().addDays(cycleDays + x.uniform(-10, 60));
    // Open deals mostly expect to close within six months; about one in
    // eight is overdue (the forecast's overdue bucket).
    if (d.expectedClose < x.asOf() && final.outcome == StageOutcome::Open)
        d.expectedClose = x.chance(0.12) ? x.asOf().addDays(-x.uniform(1, 60)) : x.asOf().addDays(x.uniform(5, 180));

    // Walk the stages in order up to where it ends; now and then it goes back one.
    QList<Stage> path { open.front() };
    const int lastOpen = final.outcome == StageOutcome::Open ? openReached : x.uniform(0, int(open.size()) - 1);
    for (int i = 1; i <= lastOpen; ++i) {
        path << open[i];
        if (i >= 2 && x.chance(0.05))
            path << open[i - 1] << open[i];
    }
    if (final.outcome != StageOutcome::Open)
        path << final;
    qint64 at = created;
    const qint64 step = qint64(cycleDays) * kDay / std::max<qint64>(path.size() - 1, 1);
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0) {
            const qint64 previous = at;
            at += step + x.uniform(0, 86400);
            if (at > x.now())
                at = std::max(previous, x.now() - x.uniform(60, 3600));
            out.history.back().leftAt = DemoContext::utc(at);
        }
        out.history << DealStageChange { 0, 0, path[i].id, DemoContext::utc(at), {}, c.ownerId };
    }
    d.stageId = final.id;
    d.status = final.outcome == StageOutcome::Won ? DealStatus::Won
        : final.outcome == StageOutcome::Lost     ? DealStatus::Lost
                                                  : DealStatus::Open;
    if (d.status == DealStatus::Lost)
        d.lostReason = static_cast<LostReason>(x.uniform(0, 6));
    if (d.status != DealStatus::Open)
        d.closedAt = DemoContext::utc(at);
    return out;
}

QList<Activity> DemoSalesFactory::activities(const Customer &c, const QList<qint64> &contactIds)
{
    const DemoWords &w = DemoWords::instance();
    DemoContext &x = m_context;
    const qint64 customerCreated = c.createdAt.toSecsSinceEpoch();
    const int count = x.uniform(5, 15);
    QList<Activity> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Activity a;
        a.customerId = c.id;
        const int t = x.uniform(0, 99);
        a.type = t < 45 ? ActivityType::Call
            : t < 60    ? (c.kind == CustomerKind::Legal ? ActivityType::Meeting : ActivityType::Sms)
            : t < 70    ? ActivityType::Email
            : t < 82    ? ActivityType::Sms
            : t < 92    ? ActivityType::Note
                        : ActivityType::Task;
        if (a.type == ActivityType::Call || a.type == ActivityType::Email || a.type == ActivityType::Sms)
            a.direction = x.chance(0.6) ? Direction::Outbound : Direction::Inbound;
        // A third of the activity falls in the last eight weeks, so the
        // weekly activity report has recent figures for every rep.
        qint64 at = x.pastMoment(x.chance(0.33) ? 56 : 720);
        if (at < customerCreated)
            at = customerCreated + x.uniform(60, 86400 * 30);
        if (at > x.now())
            at = x.now() - x.uniform(60, 86400);
        a.at = DemoContext::utc(at);
        a.durationSeconds = a.type == ActivityType::Call ? x.uniform(15, 900)
            : a.type == ActivityType::Meeting            ? x.uniform(1800, 7200)
                                                         : 0;
        if (a.type == ActivityType::Call || a.type == ActivityType::Meeting)
            a.outcome = x.pick(w.callOutcomes);
        a.notes = x.pick(w.activityNotes);
        a.ownerId = c.ownerId;
        if (!contactIds.isEmpty() && x.chance(0.5))
            a.contactId = contactIds[x.uniform(0, int(contactIds.size()) - 1)];
        if (x.chance(0.08)) {
            const qint64 followUp = at + x.uniform(1, 21) * kDay;
            a.followUpAt = DemoContext::utc(followUp);
            // Reps keep up: follow-ups older than two weeks are done, a few
            // recent ones are still open (overdue), later ones are due.
            a.followUpDone = followUp < x.now() - 14 * kDay || (followUp < x.now() && x.chance(0.7));
        }
        a.createdAt = a.at;
        out << a;
    }
    return out;
}

QList<Order> DemoSalesFactory::orders(const Customer &c, const QList<qint64> &wonDeals)
{
    const DemoWords &w = DemoWords::instance();
    DemoContext &x = m_context;
    const qint64 customerCreated = c.createdAt.toSecsSinceEpoch();
    const bool legal = c.kind == CustomerKind::Legal;
    const int count = x.uniform(0, 4);
    QList<Order> out;
    for (int i = 0; i < count; ++i) {
        Order o;
        o.customerId = c.id;
        if (i < wonDeals.size())
            o.dealId = wonDeals[i];
        const int lines = x.uniform(1, 3);
        for (int l = 0; l < lines; ++l) {
            const DemoWords::Product &product = x.pick(legal ? w.industrialProducts : w.products);
            o.lines << OrderLine { 0, product.name, legal ? x.uniform(1, 20) : x.uniform(1, 2), product.unitPrice };
        }
        o.total = o.linesTotal();
        qint64 created = x.pastMoment(700);
        if (created < customerCreated)
            created = customerCreated + x.uniform(3600, 86400 * 20);
        if (created > x.now())
            created = x.now() - x.uniform(3600, 86400 * 3);
        o.createdAt = DemoContext::utc(created);
        walkOrder(o, legal, c.ownerId);
        out << o;
    }
    return out;
}

// Walks the status flow from registration to a random end, every step allowed.
void DemoSalesFactory::walkOrder(Order &o, bool legal, qint64 ownerId)
{
    DemoContext &x = m_context;
    qint64 at = o.createdAt.toSecsSinceEpoch();
    o.history << OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, o.createdAt, ownerId, {} };
    static const OrderStatus targets[] = { OrderStatus::Registered, OrderStatus::Confirmed, OrderStatus::Paid,
                                           OrderStatus::Shipped,    OrderStatus::Delivered, OrderStatus::Delivered,
                                           OrderStatus::Delivered,  OrderStatus::Cancelled, OrderStatus::Returned };
    OrderStatus target = targets[x.uniform(0, 8)];
    // Orders older than a month have mostly been delivered; the few that have
    // not are the "stuck" orders of the orders report.
    const bool inProgress = target == OrderStatus::Registered || target == OrderStatus::Confirmed
        || target == OrderStatus::Paid || target == OrderStatus::Shipped;
    if (inProgress && at < x.now() - 30 * kDay && !x.chance(0.04))
        target = OrderStatus::Delivered;
    static const QList<OrderStatus> forward { OrderStatus::Confirmed, OrderStatus::Paid, OrderStatus::Shipped,
                                              OrderStatus::Delivered };
    QList<OrderStatus> path;
    if (target == OrderStatus::Cancelled) {
        path = forward.mid(0, x.uniform(0, 2));
        path << OrderStatus::Cancelled;
    } else if (target == OrderStatus::Returned) {
        path = forward;
        path << OrderStatus::Returned;
    } else if (target != OrderStatus::Registered) {
        for (OrderStatus s : forward) {
            if (s == target)
                break;
            path << s;
        }
        path << target;
    }
    OrderStatus current = OrderStatus::Registered;
    for (OrderStatus s : path) {
        if (!OrderStatusFlow::canMove(current, s))
            break;
        const qint64 previous = at;
        at += x.uniform(3600, 86400 * (legal ? 12 : 4));
        if (at > x.now())
            at = std::max(previous, x.now() - x.uniform(60, 3600));
        // Support staff ship and deliver; the owner does the rest.
        const bool bySupport = s == OrderStatus::Shipped || s == OrderStatus::Delivered || x.support.isEmpty();
        const qint64 by = bySupport ? x.pickId(x.support, ownerId) : ownerId;
        const QDateTime when = DemoContext::utc(at);
        o.history << OrderStatusChange { 0, current, s, when, by, {} };
        if (s == OrderStatus::Paid) {
            const auto method = static_cast<PaymentMethod>(x.uniform(0, 4));
            o.payments << Payment { 0, o.total, when, method,
                                    kTransaction + QString::number(x.uniform64(100000000, 999999999)) };
        }
        if (s == OrderStatus::Shipped)
            o.trackingCode = QString::number(x.uniform64(100000000000LL, 999999999999LL));
        current = s;
    }
    o.status = current;
    o.updatedAt = DemoContext::utc(at);
}

std::optional<ServiceRequest> DemoSalesFactory::request(const Customer &c, const QList<qint64> &orderIds)
{
    DemoContext &x = m_context;
    if (!x.chance(0.05))
        return std::nullopt;
    ServiceRequest r;
    r.customerId = c.id;
    if (!orderIds.isEmpty())
        r.orderId = orderIds.front();
    r.subject = x.pick(DemoWords::instance().requestSubjects);
    r.description = kRequestText;
    r.priority = static_cast<Priority>(x.uniform(0, 3));
    r.status = static_cast<RequestStatus>(x.uniform(0, 2));
    r.assigneeId = x.pickId(x.support);
    const qint64 created = x.pastMoment(90);
    r.createdAt = DemoContext::utc(created);
    r.updatedAt = DemoContext::utc(std::min(created + x.uniform(60, 86400 * 3), x.now()));
    if (r.status == RequestStatus::Resolved)
        r.resolvedAt = r.updatedAt;
    r.notes << RequestNote { 0, r.createdAt, r.assigneeId, r.description };
    return r;
}

} // namespace peyvand
