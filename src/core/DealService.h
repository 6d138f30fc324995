#pragma once
// Use cases on deals: open one in the pipeline of the customer's kind, move it
// between that pipeline's stages, win or lose it — every move recorded.
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class DealService
{
public:
    DealService(DataStore &store, const Clock &clock);

    // pipelineId 0: the default pipeline of the customer's kind; stageId 0: its
    // first open stage. Returns the new id. Needs edit_deals; a rep's deal is
    // their own (ownerId 0 becomes theirs), another owner needs reassign_owners.
    qint64 create(Deal deal, qint64 userId);
    // Moves to a stage of the same pipeline (winning or losing it is a move to
    // a won or lost stage). A lost stage needs a reason. Needs edit_deals on
    // the deal's owner. expectedVersion: the deal's version as the caller
    // showed it (0: not checked); someone else's change since is refused with
    // ConcurrentChangeError. Returns the deal's version now (unchanged when it
    // already was in the stage).
    qint64 moveToStage(qint64 dealId, qint64 stageId, qint64 userId, std::optional<LostReason> reason = {},
                       qint64 expectedVersion = 0);

    // Reads need read_customers; for a user without view_deal_amounts every
    // amount is 0 with amountHidden set.
    Deal get(qint64 id) const;
    QList<Deal> forCustomer(qint64 customerId, bool openOnly) const;
    // A pipeline board: open deals of a stage, and count and amount per stage (ownerId 0: everyone's).
    QList<DealCard> openCards(qint64 stageId, qint64 ownerId, int limit) const;
    QList<StageTotals> openTotals(qint64 pipelineId, qint64 ownerId) const;

private:
    Deal load(qint64 id) const; // unchecked, amounts kept
    bool amountsHidden() const;

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
