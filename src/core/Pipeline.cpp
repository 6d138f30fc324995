#include "Pipeline.h"

namespace peyvand {

std::optional<Stage> Pipeline::stage(qint64 stageId) const
{
    for (const Stage &s : stages)
        if (s.id == stageId)
            return s;
    return std::nullopt;
}

std::optional<Stage> Pipeline::firstOpenStage() const
{
    return firstWithOutcome(StageOutcome::Open);
}

std::optional<Stage> Pipeline::firstWithOutcome(StageOutcome outcome) const
{
    for (const Stage &s : stages)
        if (s.outcome == outcome)
            return s;
    return std::nullopt;
}

} // namespace peyvand
