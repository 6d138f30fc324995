#pragma once
// TEMPORARY PLACEHOLDER so PgDataStore builds until branches pg-reports / pg-bulk merge; never on main.
#include "ReportRepository.h"
#include "ValidationError.h"

#include <stdexcept>
namespace peyvand {
class PgConnection;
class PgReportRepository final : public ReportRepository
{
public:
    explicit PgReportRepository(PgConnection &) { }
    QList<StageAggregate> openByStage(qint64 pipelineId, qint64 ownerId, const QDateTime &createdBefore) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<ReachedAggregate> reachedByPosition(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                              const QDateTime &to) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<ClosedAggregate> closedByOutcome(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                           const QDateTime &to) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<ExpectedCloseAggregate> openByExpectedClose(qint64 pipelineId, qint64 ownerId, const QDateTime &createdBefore,
                                                      const QDate &from, const QDate &until) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<ActivityDayAggregate> activityByDay(std::optional<CustomerKind> kind, qint64 ownerId, const QDate &from,
                                              const QDate &to) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<OwnerCount> overdueFollowUps(std::optional<CustomerKind> kind, qint64 ownerId,
                                       const QDateTime &now) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<OrderStatusAggregate> ordersByStatus(std::optional<CustomerKind> kind, qint64 ownerId, const QDate &from,
                                               const QDate &to) const override
    {
        throw std::runtime_error("placeholder");
    }
    QList<StuckOrder> stuckOrders(std::optional<CustomerKind> kind, qint64 ownerId, const QDateTime &changedBefore,
                                  int limit) const override
    {
        throw std::runtime_error("placeholder");
    }
    qint64 stuckOrderCount(std::optional<CustomerKind> kind, qint64 ownerId,
                           const QDateTime &changedBefore) const override
    {
        throw std::runtime_error("placeholder");
    }
};
} // namespace peyvand
