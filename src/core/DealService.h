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
    // Moves to a stage of the same pipeline. A lost stage needs a reason.
    void moveToStage(qint64 dealId, qint64 stageId, qint64 userId, std::optional<LostReason> reason = {});
    Deal get(qint64 id) const;

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
