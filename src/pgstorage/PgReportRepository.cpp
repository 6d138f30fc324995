#include "PgReportRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"
#include "ReportPeriod.h"

#include <functional>
#include <vector>

namespace peyvand {

namespace {

// The probability-weighted amount, per deal, as SQL (see weightedAmount()):
// bigint arithmetic truncates as SQLite's integers do.
#define WEIGHTED "sum((d.amount / 100) * s.probability + (d.amount % 100) * s.probability / 100)::bigint"

// The optional owner and kind filters: "AND column = $n" for each one given,
// numbered after the statement's fixed parameters, bound once it is prepared.
// SQLite writes them as (?n = 0 OR column = ?n); here a filter that is not
// given is not in the SQL, so the planner never keeps one generic plan for both.
class OptionalFilters
{
public:
    explicit OptionalFilters(int nextIndex)
        : m_next(nextIndex)
    {
    }

    QString owner(const char *column, qint64 ownerId)
    {
        if (!ownerId)
            return {};
        const int index = m_next++;
        m_binds.push_back([index, ownerId](PgStatement &q) { q.bind(index, ownerId); });
        return QStringLiteral(" AND %1 = $%2").arg(QLatin1String(column)).arg(index);
    }
    QString kind(const char *column, const std::optional<CustomerKind> &kind)
    {
        if (!kind)
            return {};
        const int index = m_next++;
        const QString code = toCode(*kind);
        m_binds.push_back([index, code](PgStatement &q) { q.bind(index, code); });
        return QStringLiteral(" AND %1 = $%2").arg(QLatin1String(column)).arg(index);
    }
    void bind(PgStatement &q) const
    {
        for (const auto &b : m_binds)
            b(q);
    }

private:
    int m_next;
    std::vector<std::function<void(PgStatement &)>> m_binds;
};

} // namespace

QList<StageAggregate> PgReportRepository::openByStage(qint64 pipelineId, qint64 ownerId,
                                                      const QDateTime &createdBefore) const
{
    OptionalFilters filters(3);
    const QString owner = filters.owner("d.owner_id", ownerId);
    auto q
        = m_connection.prepare(QStringLiteral("SELECT d.stage_id, count(*), sum(d.amount)::bigint, " WEIGHTED " "
                                              "FROM deals d JOIN stages s ON s.id = d.stage_id "
                                              "WHERE d.pipeline_id = $1 AND d.status = 'open' AND d.created_at < $2%1 "
                                              "GROUP BY d.stage_id ORDER BY d.stage_id")
                                   .arg(owner));
    q.bind(1, pipelineId);
    PgValues::bindTime(q, 2, createdBefore);
    filters.bind(q);
    const PgResult r = q.exec();
    QList<StageAggregate> out;
    for (int i = 0; i < r.rows(); ++i)
        out << StageAggregate { r.int64(i, 0), r.int64(i, 1), r.int64(i, 2), r.int64(i, 3) };
    return out;
}

QList<ReachedAggregate> PgReportRepository::reachedByPosition(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                                              const QDateTime &to) const
{
    OptionalFilters filters(4);
    const QString owner = filters.owner("owner_id", ownerId);
    auto q = m_connection.prepare(QStringLiteral("SELECT reached_position, count(*) FROM deals "
                                                 "WHERE pipeline_id = $1 AND created_at >= $2 AND created_at < $3%1 "
                                                 "GROUP BY reached_position ORDER BY reached_position")
                                      .arg(owner));
    q.bind(1, pipelineId);
    PgValues::bindTime(q, 2, from);
    PgValues::bindTime(q, 3, to);
    filters.bind(q);
    const PgResult r = q.exec();
    QList<ReachedAggregate> out;
    for (int i = 0; i < r.rows(); ++i)
        out << ReachedAggregate { int(r.int64(i, 0)), r.int64(i, 1) };
    return out;
}

QList<ClosedAggregate> PgReportRepository::closedByOutcome(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                                           const QDateTime &to) const
{
    // SQLite's GROUP BY hands groups out sorted, a NULL reason first.
    OptionalFilters filters(4);
    const QString owner = filters.owner("owner_id", ownerId);
    auto q = m_connection.prepare(
        QStringLiteral("SELECT status, lost_reason, count(*), sum(amount)::bigint, "
                       "sum(closed_at - created_at)::bigint FROM deals "
                       "WHERE pipeline_id = $1 AND closed_at >= $2 AND closed_at < $3 AND status <> 'open'%1 "
                       "GROUP BY status, lost_reason ORDER BY status, lost_reason NULLS FIRST")
            .arg(owner));
    q.bind(1, pipelineId);
    PgValues::bindTime(q, 2, from);
    PgValues::bindTime(q, 3, to);
    filters.bind(q);
    const PgResult r = q.exec();
    QList<ClosedAggregate> out;
    for (int i = 0; i < r.rows(); ++i) {
        ClosedAggregate a;
        a.status = fromCode<DealStatus>(r.text(i, 0)).value_or(DealStatus::Lost);
        if (a.status == DealStatus::Lost && !r.isNull(i, 1))
            a.lostReason = fromCode<LostReason>(r.text(i, 1));
        a.count = r.int64(i, 2);
        a.amount = r.int64(i, 3);
        a.cycleSeconds = r.int64(i, 4);
        out << a;
    }
    return out;
}

QList<ExpectedCloseAggregate> PgReportRepository::openByExpectedClose(qint64 pipelineId, qint64 ownerId,
                                                                      const QDateTime &createdBefore, const QDate &from,
                                                                      const QDate &until) const
{
    // Expected closes are ISO text: text order is date order (collation C, as SQLite's BINARY).
    OptionalFilters filters(5);
    const QString owner = filters.owner("d.owner_id", ownerId);
    auto q = m_connection.prepare(
        QStringLiteral("SELECT CASE WHEN d.expected_close IS NULL OR d.expected_close < $3 THEN NULL "
                       "ELSE d.expected_close END AS day, count(*), sum(d.amount)::bigint, " WEIGHTED " "
                       "FROM deals d JOIN stages s ON s.id = d.stage_id "
                       "WHERE d.pipeline_id = $1 AND d.status = 'open' AND d.created_at < $2%1 "
                       "AND (d.expected_close IS NULL OR d.expected_close < $4) "
                       "GROUP BY day ORDER BY day NULLS FIRST")
            .arg(owner));
    q.bind(1, pipelineId);
    PgValues::bindTime(q, 2, createdBefore);
    PgValues::bindDate(q, 3, from);
    PgValues::bindDate(q, 4, until);
    filters.bind(q);
    const PgResult r = q.exec();
    QList<ExpectedCloseAggregate> out;
    for (int i = 0; i < r.rows(); ++i)
        out << ExpectedCloseAggregate { PgValues::date(r, i, 0), r.int64(i, 1), r.int64(i, 2), r.int64(i, 3) };
    return out;
}

QList<ActivityDayAggregate> PgReportRepository::activityByDay(std::optional<CustomerKind> kind, qint64 ownerId,
                                                              const QDate &from, const QDate &to) const
{
    OptionalFilters filters(3);
    const QString kindSql = filters.kind("kind", kind);
    const QString owner = filters.owner("owner_id", ownerId);
    auto q = m_connection.prepare(QStringLiteral("SELECT day, owner_id, type, sum(n)::bigint FROM activity_daily "
                                                 "WHERE day BETWEEN $1 AND $2%1%2 "
                                                 "GROUP BY day, owner_id, type ORDER BY day, owner_id, type")
                                      .arg(kindSql, owner));
    q.bind(1, businessDayNumber(from)).bind(2, businessDayNumber(to));
    filters.bind(q);
    const PgResult r = q.exec();
    QList<ActivityDayAggregate> out;
    for (int i = 0; i < r.rows(); ++i)
        out << ActivityDayAggregate { businessDayOf(r.int64(i, 0)), r.int64(i, 1),
                                      fromCode<ActivityType>(r.text(i, 2)).value_or(ActivityType::Note),
                                      r.int64(i, 3) };
    return out;
}

QList<OwnerCount> PgReportRepository::overdueFollowUps(std::optional<CustomerKind> kind, qint64 ownerId,
                                                       const QDateTime &now) const
{
    // The WHERE repeats the partial index's predicate, so activities_follow_up
    // answers; nobody's follow-ups (NULL owner) come first, as in SQLite's GROUP BY.
    OptionalFilters filters(2);
    const QString owner = filters.owner("a.owner_id", ownerId);
    const QString kindSql = filters.kind("c.kind", kind);
    const QString join = kind ? QStringLiteral("JOIN customers c ON c.id = a.customer_id ") : QString();
    auto q = m_connection.prepare(
        QStringLiteral("SELECT coalesce(a.owner_id, 0), count(*) FROM activities a %1"
                       "WHERE a.follow_up_at IS NOT NULL AND NOT a.follow_up_done AND a.follow_up_at < $1%2%3 "
                       "GROUP BY a.owner_id ORDER BY a.owner_id NULLS FIRST")
            .arg(join, owner, kindSql));
    PgValues::bindTime(q, 1, now);
    filters.bind(q);
    const PgResult r = q.exec();
    QList<OwnerCount> out;
    for (int i = 0; i < r.rows(); ++i)
        out << OwnerCount { r.int64(i, 0), r.int64(i, 1) };
    return out;
}

QList<OrderStatusAggregate> PgReportRepository::ordersByStatus(std::optional<CustomerKind> kind, qint64 ownerId,
                                                               const QDate &from, const QDate &to) const
{
    OptionalFilters filters(3);
    const QString kindSql = filters.kind("kind", kind);
    const QString owner = filters.owner("owner_id", ownerId);
    auto q = m_connection.prepare(QStringLiteral("SELECT status, sum(n)::bigint, sum(amount)::bigint FROM order_daily "
                                                 "WHERE day BETWEEN $1 AND $2%1%2 GROUP BY status ORDER BY status")
                                      .arg(kindSql, owner));
    q.bind(1, businessDayNumber(from)).bind(2, businessDayNumber(to));
    filters.bind(q);
    const PgResult r = q.exec();
    QList<OrderStatusAggregate> out;
    for (int i = 0; i < r.rows(); ++i)
        out << OrderStatusAggregate { fromCode<OrderStatus>(r.text(i, 0)).value_or(OrderStatus::Registered),
                                      r.int64(i, 1), r.int64(i, 2) };
    return out;
}

namespace {

const char *const kStuckStatuses[] = { "registered", "confirmed", "paid", "shipped" };

} // namespace

QList<StuckOrder> PgReportRepository::stuckOrders(std::optional<CustomerKind> kind, qint64 ownerId,
                                                  const QDateTime &changedBefore, int limit) const
{
    // Oldest first, one branch per status along orders_status (status,
    // updated_at), each stopping after `limit` rows instead of sorting every
    // stuck order; ties on the time broken by id, as SQLite's branches are.
    OptionalFilters filters(3);
    const QString kindSql = filters.kind("c.kind", kind);
    const QString owner = filters.owner("c.owner_id", ownerId);
    QStringList branches;
    for (const char *status : kStuckStatuses)
        branches << QStringLiteral("(SELECT o.id, o.number, o.customer_id, c.name, o.status, o.updated_at, o.total "
                                   "FROM orders o JOIN customers c ON c.id = o.customer_id "
                                   "WHERE o.status = '%1' AND o.updated_at < $1%2%3 "
                                   "ORDER BY o.updated_at, o.id LIMIT $2)")
                        .arg(QLatin1String(status), kindSql, owner);
    auto q = m_connection.prepare(QStringLiteral("SELECT * FROM (%1) AS stuck ORDER BY updated_at, id LIMIT $2")
                                      .arg(branches.join(QStringLiteral(" UNION ALL "))));
    PgValues::bindTime(q, 1, changedBefore);
    PgValues::bindLimit(q, 2, limit);
    filters.bind(q);
    const PgResult r = q.exec();
    QList<StuckOrder> out;
    for (int i = 0; i < r.rows(); ++i) {
        StuckOrder s;
        s.orderId = r.int64(i, 0);
        s.number = r.text(i, 1);
        s.customerId = r.int64(i, 2);
        s.customerName = r.text(i, 3);
        s.status = fromCode<OrderStatus>(r.text(i, 4)).value_or(OrderStatus::Registered);
        s.since = PgValues::time(r, i, 5);
        s.total = r.int64(i, 6);
        out << s;
    }
    return out;
}

qint64 PgReportRepository::stuckOrderCount(std::optional<CustomerKind> kind, qint64 ownerId,
                                           const QDateTime &changedBefore) const
{
    OptionalFilters filters(2);
    const QString kindSql = filters.kind("c.kind", kind);
    const QString owner = filters.owner("c.owner_id", ownerId);
    const QString join = kind || ownerId ? QStringLiteral("JOIN customers c ON c.id = o.customer_id ") : QString();
    auto q = m_connection.prepare(
        QStringLiteral("SELECT count(*) FROM orders o %1"
                       "WHERE o.status IN ('registered','confirmed','paid','shipped') AND o.updated_at < $1%2%3")
            .arg(join, kindSql, owner));
    PgValues::bindTime(q, 1, changedBefore);
    filters.bind(q);
    return q.exec().int64(0, 0);
}

} // namespace peyvand
