#pragma once
// Deals and their stage history.
#include "DealBoard.h"

#include <QList>
#include <optional>

namespace peyvand {

class DealRepository
{
public:
    virtual ~DealRepository() = default;
    // Also opens the first stage history row, changed by `createdBy` (0: the owner).
    virtual qint64 add(const Deal &deal, qint64 createdBy) = 0;
    // As CustomerRepository::update: checks deal.version (0: not checked), the
    // buying-center contacts included; returns the new version.
    virtual qint64 update(const Deal &deal) = 0;
    virtual std::optional<Deal> get(qint64 id) const = 0;
    virtual QList<Deal> forCustomer(qint64 customerId, bool openOnly) const = 0;
    // Closes the current history row and opens one for the new stage (history
    // only: the caller saves the deal itself with update(), which counts the version).
    virtual void recordStageChange(qint64 dealId, qint64 stageId, const QDateTime &at, qint64 userId) = 0;
    virtual QList<DealStageChange> history(qint64 dealId) const = 0;

    // Open deals in one stage, soonest expected close first; ownerId 0: everyone's.
    virtual QList<DealCard> openCards(qint64 stageId, qint64 ownerId, int limit) const = 0;
    // Count and amount of the open deals of each stage of a pipeline (stages
    // without deals are left out); ownerId 0: everyone's.
    virtual QList<StageTotals> openTotals(qint64 pipelineId, qint64 ownerId) const = 0;
    // The stage changes of all of a customer's deals, newest first.
    virtual QList<DealStageEvent> stageEventsForCustomer(qint64 customerId, int limit) const = 0;
};

} // namespace peyvand
