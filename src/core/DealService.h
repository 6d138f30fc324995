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
    // first open stage. Returns the new id.
    qint64 create(Deal deal, qint64 userId);
    // Moves to a stage of the same pipeline (winning or losing it is a move to
    // a won or lost stage). A lost stage needs a reason. expectedVersion: the
    // deal's version as the caller showed it (0: not checked); someone else's
    // change since is refused with ConcurrentChangeError. Returns the deal's
    // version now (unchanged when it already was in the stage).
    qint64 moveToStage(qint64 dealId, qint64 stageId, qint64 userId, std::optional<LostReason> reason = {},
                       qint64 expectedVersion = 0);
    Deal get(qint64 id) const;

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
