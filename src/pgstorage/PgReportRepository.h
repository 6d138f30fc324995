#pragma once
// The manager reports' aggregates in PostgreSQL, the twin of
// SqliteReportRepository: the same rows in the same order for the same data.
// Deals are read over the report indexes (deals_report_open/created/closed),
// activities and orders over the day summaries activity_daily / order_daily
// that PgSchemaReports' triggers keep with SQLite's day arithmetic. An owner
// or kind filter is part of the SQL only when it is given, so each variant
// gets a plan of its own.
#include "ReportRepository.h"

namespace peyvand {

class PgConnection;

class PgReportRepository final : public ReportRepository
{
public:
    explicit PgReportRepository(PgConnection &connection)
        : m_connection(connection)
    {
    }
    QList<StageAggregate> openByStage(qint64 pipelineId, qint64 ownerId, const QDateTime &createdBefore) const override;
    QList<ReachedAggregate> reachedByPosition(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                              const QDateTime &to) const override;
    QList<ClosedAggregate> closedByOutcome(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                           const QDateTime &to) const override;
    QList<ExpectedCloseAggregate> openByExpectedClose(qint64 pipelineId, qint64 ownerId, const QDateTime &createdBefore,
                                                      const QDate &from, const QDate &until) const override;
    QList<ActivityDayAggregate> activityByDay(std::optional<CustomerKind> kind, qint64 ownerId, const QDate &from,
                                              const QDate &to) const override;
    QList<OwnerCount> overdueFollowUps(std::optional<CustomerKind> kind, qint64 ownerId,
                                       const QDateTime &now) const override;
    QList<OrderStatusAggregate> ordersByStatus(std::optional<CustomerKind> kind, qint64 ownerId, const QDate &from,
                                               const QDate &to) const override;
    QList<StuckOrder> stuckOrders(std::optional<CustomerKind> kind, qint64 ownerId, const QDateTime &changedBefore,
                                  int limit) const override;
    qint64 stuckOrderCount(std::optional<CustomerKind> kind, qint64 ownerId,
                           const QDateTime &changedBefore) const override;

private:
    PgConnection &m_connection;
};

} // namespace peyvand
