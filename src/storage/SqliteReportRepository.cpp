#include "SqliteReportRepository.h"

#include "SqliteDatabase.h"

namespace peyvand {

namespace {

QString kindCode(const std::optional<CustomerKind> &kind)
{
    return kind ? toCode(*kind) : QString();
}

// The probability-weighted amount, per deal, as SQL (see weightedAmount()).
#define WEIGHTED "sum((d.amount / 100) * s.probability + (d.amount % 100) * s.probability / 100)"

} // namespace

QList<StageAggregate> SqliteReportRepository::openByStage(qint64 pipelineId, qint64 ownerId,
                                                          const QDateTime &createdBefore) const
{
    auto q = m_db.prepare("SELECT d.stage_id, count(*), sum(d.amount), " WEIGHTED " "
                          "FROM deals d JOIN stages s ON s.id = d.stage_id "
                          "WHERE d.pipeline_id = ?1 AND d.status = 'open' AND d.created_at < ?2 "
                          "AND (?3 = 0 OR d.owner_id = ?3) GROUP BY d.stage_id");
    q->bind(1, pipelineId).bind(2, createdBefore).bind(3, ownerId);
    QList<StageAggregate> out;
    while (q->step())
        out << StageAggregate { q->int64(0), q->int64(1), q->int64(2), q->int64(3) };
    return out;
}

QList<ReachedAggregate> SqliteReportRepository::reachedByPosition(qint64 pipelineId, qint64 ownerId,
                                                                  const QDateTime &from, const QDateTime &to) const
{
    auto q = m_db.prepare("SELECT reached_position, count(*) FROM deals "
                          "WHERE pipeline_id = ?1 AND created_at >= ?2 AND created_at < ?3 "
                          "AND (?4 = 0 OR owner_id = ?4) GROUP BY reached_position");
    q->bind(1, pipelineId).bind(2, from).bind(3, to).bind(4, ownerId);
    QList<ReachedAggregate> out;
    while (q->step())
        out << ReachedAggregate { int(q->int64(0)), q->int64(1) };
    return out;
}

QList<ClosedAggregate> SqliteReportRepository::closedByOutcome(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                                               const QDateTime &to) const
{
    auto q = m_db.prepare("SELECT status, lost_reason, count(*), sum(amount), sum(closed_at - created_at) FROM deals "
                          "WHERE pipeline_id = ?1 AND closed_at >= ?2 AND closed_at < ?3 AND status <> 'open' "
                          "AND (?4 = 0 OR owner_id = ?4) GROUP BY status, lost_reason");
    q->bind(1, pipelineId).bind(2, from).bind(3, to).bind(4, ownerId);
    QList<ClosedAggregate> out;
    while (q->step()) {
        ClosedAggregate a;
        a.status = fromCode<DealStatus>(q->text(0)).value_or(DealStatus::Lost);
        if (a.status == DealStatus::Lost && !q->isNull(1))
            a.lostReason = fromCode<LostReason>(q->text(1));
        a.count = q->int64(2);
        a.amount = q->int64(3);
        a.cycleSeconds = q->int64(4);
        out << a;
    }
    return out;
}

QList<ExpectedCloseAggregate> SqliteReportRepository::openByExpectedClose(qint64 pipelineId, qint64 ownerId,
                                                                          const QDateTime &createdBefore,
                                                                          const QDate &from, const QDate &until) const
{
    auto q = m_db.prepare(
        "SELECT CASE WHEN d.expected_close IS NULL OR d.expected_close < ?4 THEN NULL ELSE d.expected_close END AS "
        "day, "
        "count(*), sum(d.amount), " WEIGHTED " FROM deals d JOIN stages s ON s.id = d.stage_id "
        "WHERE d.pipeline_id = ?1 AND d.status = 'open' AND d.created_at < ?2 AND (?3 = 0 OR d.owner_id = ?3) "
        "AND (d.expected_close IS NULL OR d.expected_close < ?5) GROUP BY day");
    q->bind(1, pipelineId).bind(2, createdBefore).bind(3, ownerId).bind(4, from).bind(5, until);
    QList<ExpectedCloseAggregate> out;
    while (q->step())
        out << ExpectedCloseAggregate { q->isNull(0) ? QDate() : q->date(0), q->int64(1), q->int64(2), q->int64(3) };
    return out;
}

QList<ActivityDayAggregate> SqliteReportRepository::activityByDay(std::optional<CustomerKind> kind, qint64 ownerId,
                                                                  const QDate &from, const QDate &to) const
{
    auto q = m_db.prepare("SELECT day, owner_id, type, sum(n) FROM activity_daily "
                          "WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR kind = ?3) AND (?4 = 0 OR owner_id = ?4) "
                          "GROUP BY day, owner_id, type");
    q->bind(1, businessDayNumber(from)).bind(2, businessDayNumber(to)).bind(3, kindCode(kind)).bind(4, ownerId);
    QList<ActivityDayAggregate> out;
    while (q->step())
        out << ActivityDayAggregate { businessDayOf(q->int64(0)), q->int64(1),
                                      fromCode<ActivityType>(q->text(2)).value_or(ActivityType::Note), q->int64(3) };
    return out;
}

QList<OwnerCount> SqliteReportRepository::overdueFollowUps(std::optional<CustomerKind> kind, qint64 ownerId,
                                                           const QDateTime &now) const
{
    QList<OwnerCount> out;
    if (!kind) {
        auto q = m_db.prepare("SELECT ifnull(owner_id, 0), count(*) FROM activities "
                              "WHERE follow_up_at IS NOT NULL AND follow_up_done = 0 AND follow_up_at < ?1 "
                              "AND (?2 = 0 OR owner_id = ?2) GROUP BY owner_id");
        q->bind(1, now).bind(2, ownerId);
        while (q->step())
            out << OwnerCount { q->int64(0), q->int64(1) };
        return out;
    }
    // CROSS JOIN keeps the open follow-ups (their partial index) as the outer
    // loop, each customer's kind looked up by id; left to itself the planner
    // walks every customer of the kind and reads all their activities.
    auto q = m_db.prepare("SELECT ifnull(a.owner_id, 0), count(*) FROM activities a "
                          "CROSS JOIN customers c ON c.id = a.customer_id "
                          "WHERE a.follow_up_at IS NOT NULL AND a.follow_up_done = 0 AND a.follow_up_at < ?1 "
                          "AND (?2 = 0 OR a.owner_id = ?2) AND c.kind = ?3 GROUP BY a.owner_id");
    q->bind(1, now).bind(2, ownerId).bind(3, kindCode(kind));
    while (q->step())
        out << OwnerCount { q->int64(0), q->int64(1) };
    return out;
}

QList<OrderStatusAggregate> SqliteReportRepository::ordersByStatus(std::optional<CustomerKind> kind, qint64 ownerId,
                                                                   const QDate &from, const QDate &to) const
{
    auto q = m_db.prepare("SELECT status, sum(n), sum(amount) FROM order_daily "
                          "WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR kind = ?3) AND (?4 = 0 OR owner_id = ?4) "
                          "GROUP BY status");
    q->bind(1, businessDayNumber(from)).bind(2, businessDayNumber(to)).bind(3, kindCode(kind)).bind(4, ownerId);
    QList<OrderStatusAggregate> out;
    while (q->step())
        out << OrderStatusAggregate { fromCode<OrderStatus>(q->text(0)).value_or(OrderStatus::Registered), q->int64(1),
                                      q->int64(2) };
    return out;
}

#define STUCK_WHERE                                                                                                    \
    "WHERE o.status IN ('registered','confirmed','paid','shipped') AND o.updated_at < ?1 "                             \
    "AND (?2 = '' OR c.kind = ?2) AND (?3 = 0 OR c.owner_id = ?3) "

QList<StuckOrder> SqliteReportRepository::stuckOrders(std::optional<CustomerKind> kind, qint64 ownerId,
                                                      const QDateTime &changedBefore, int limit) const
{
    // Without a kind or owner the oldest `limit` are picked from the status
    // index alone (ids only, sorted), and only they are joined to their
    // customer: a million-order file has tens of thousands of stuck orders,
    // and joining each before the LIMIT read as many customer rows.
    const bool everyone = !kind && !ownerId;
    auto q = m_db.prepare(
        everyone ? "SELECT o.id, o.number, o.customer_id, c.name, o.status, o.updated_at, o.total "
                   "FROM (SELECT id FROM orders WHERE status IN ('registered','confirmed','paid','shipped') "
                   "AND updated_at < ?1 ORDER BY updated_at, id LIMIT ?4) oldest "
                   "CROSS JOIN orders o ON o.id = oldest.id JOIN customers c ON c.id = o.customer_id "
                   "WHERE ?2 = '' AND ?3 = 0 ORDER BY o.updated_at, o.id"
                 : "SELECT o.id, o.number, o.customer_id, c.name, o.status, o.updated_at, o.total "
                   "FROM orders o JOIN customers c ON c.id = o.customer_id " STUCK_WHERE
                   "ORDER BY o.updated_at, o.id LIMIT ?4");
    q->bind(1, changedBefore).bind(2, kindCode(kind)).bind(3, ownerId).bind(4, limit);
    QList<StuckOrder> out;
    while (q->step()) {
        StuckOrder s;
        s.orderId = q->int64(0);
        s.number = q->text(1);
        s.customerId = q->int64(2);
        s.customerName = q->text(3);
        s.status = fromCode<OrderStatus>(q->text(4)).value_or(OrderStatus::Registered);
        s.since = q->dateTime(5);
        s.total = q->int64(6);
        out << s;
    }
    return out;
}

qint64 SqliteReportRepository::stuckOrderCount(std::optional<CustomerKind> kind, qint64 ownerId,
                                               const QDateTime &changedBefore) const
{
    if (!kind && !ownerId) {
        auto q = m_db.prepare("SELECT count(*) FROM orders o "
                              "WHERE o.status IN ('registered','confirmed','paid','shipped') AND o.updated_at < ?1");
        q->bind(1, changedBefore);
        return q->step() ? q->int64(0) : 0;
    }
    auto q = m_db.prepare("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id " STUCK_WHERE);
    q->bind(1, changedBefore).bind(2, kindCode(kind)).bind(3, ownerId);
    return q->step() ? q->int64(0) : 0;
}

} // namespace peyvand
