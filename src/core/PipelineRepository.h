#pragma once
// Pipelines and their ordered stages.
#include "Pipeline.h"

#include <QList>
#include <optional>

namespace peyvand {

class PipelineRepository
{
public:
    virtual ~PipelineRepository() = default;
    virtual QList<Pipeline> all() const = 0;
    virtual std::optional<Pipeline> get(qint64 id) const = 0;
    // The default pipeline of a customer kind (the first one created for it).
    virtual std::optional<Pipeline> defaultFor(CustomerKind kind) const = 0;
    virtual std::optional<Stage> stage(qint64 stageId) const = 0;
    virtual qint64 add(const Pipeline &pipeline) = 0; // with its stages
};

} // namespace peyvand
