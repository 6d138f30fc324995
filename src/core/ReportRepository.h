#pragma once
// The aggregates behind the manager reports, computed in the database (over
// covering indexes and summaries kept up to date on write) and returned as
// plain rows; ReportService turns them into the report figures. Times are UTC
// moments (start included, end excluded); days are Iranian business days.
#include "Activity.h"
#include "Customer.h"
#include "Deal.h"
#include "Order.h"
#include "Reports.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace peyvand {

struct StageAggregate
{
    qint64 stageId = 0;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0; // weightedAmount(amount, stage probability) summed per deal
};

// Deals by the furthest stage position they reached (lost stages not counted).
struct ReachedAggregate
{
    int position = 0; // 0: none recorded
    qint64 count = 0;
};

struct ClosedAggregate
{
    DealStatus status = DealStatus::Won; // Won or Lost
    std::optional<LostReason> lostReason;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 cycleSeconds = 0; // sum of closed_at - created_at
};

struct ExpectedCloseAggregate
{
    QDate expectedClose; // invalid: no date or before the range (overdue)
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0;
};

struct ActivityDayAggregate
{
    QDate day;
    qint64 ownerId = 0; // 0: nobody
    ActivityType type = ActivityType::Call;
    qint64 count = 0;
};

struct OwnerCount
{
    qint64 ownerId = 0;
    qint64 count = 0;
};

struct OrderStatusAggregate
{
    OrderStatus status = OrderStatus::Registered;
    qint64 count = 0;
    qint64 amount = 0;
};

class ReportRepository
{
public:
    virtual ~ReportRepository() = default;

    // Open deals of a pipeline created before `createdBefore`, by stage; ownerId 0: everyone's.
    virtual QList<StageAggregate> openByStage(qint64 pipelineId, qint64 ownerId,
                                              const QDateTime &createdBefore) const = 0;
    // Deals of a pipeline created in [from, to), by the furthest stage reached.
    virtual QList<ReachedAggregate> reachedByPosition(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                                      const QDateTime &to) const = 0;
    // Deals of a pipeline closed (won or lost) in [from, to), by status and lost reason.
    virtual QList<ClosedAggregate> closedByOutcome(qint64 pipelineId, qint64 ownerId, const QDateTime &from,
                                                   const QDateTime &to) const = 0;
    // Open deals of a pipeline created before `createdBefore` expected to close
    // before `until`, by expected close day; those with no date or expected
    // before `from` come as one row with an invalid date.
    virtual QList<ExpectedCloseAggregate> openByExpectedClose(qint64 pipelineId, qint64 ownerId,
                                                              const QDateTime &createdBefore, const QDate &from,
                                                              const QDate &until) const = 0;

    // Activities by business day [from, to], owner and type; kind: of the customer (none: both).
    virtual QList<ActivityDayAggregate> activityByDay(std::optional<CustomerKind> kind, qint64 ownerId,
                                                      const QDate &from, const QDate &to) const = 0;
    // Open follow-ups due before `now`, per owner.
    virtual QList<OwnerCount> overdueFollowUps(std::optional<CustomerKind> kind, qint64 ownerId,
                                               const QDateTime &now) const = 0;

    // Orders created on business days [from, to] by current status; ownerId: the customer's owner.
    virtual QList<OrderStatusAggregate> ordersByStatus(std::optional<CustomerKind> kind, qint64 ownerId,
                                                       const QDate &from, const QDate &to) const = 0;
    // Orders registered/confirmed/paid/shipped whose status last changed
    // before `changedBefore`, oldest change first (days left 0).
    virtual QList<StuckOrder> stuckOrders(std::optional<CustomerKind> kind, qint64 ownerId,
                                          const QDateTime &changedBefore, int limit) const = 0;
    virtual qint64 stuckOrderCount(std::optional<CustomerKind> kind, qint64 ownerId,
                                   const QDateTime &changedBefore) const = 0;
};

} // namespace peyvand
