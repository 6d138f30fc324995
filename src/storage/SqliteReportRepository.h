#pragma once
// The manager reports' aggregates in SQLite: deals over the report indexes of
// schema 5, activities and orders over the day summaries kept by triggers
// (activity_daily, order_daily).
#include "ReportRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteReportRepository final : public ReportRepository
{
public:
    explicit SqliteReportRepository(SqliteDatabase &db)
        : m_db(db)
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
    SqliteDatabase &m_db;
};

} // namespace peyvand
