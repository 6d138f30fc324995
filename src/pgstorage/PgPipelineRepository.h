#pragma once
// Pipelines and their stages on PostgreSQL, as SqlitePipelineRepository.
#include "PipelineRepository.h"

namespace peyvand {

class PgConnection;

class PgPipelineRepository final : public PipelineRepository
{
public:
    explicit PgPipelineRepository(PgConnection &db)
        : m_db(db)
    {
    }
    QList<Pipeline> all() const override;
    std::optional<Pipeline> get(qint64 id) const override;
    std::optional<Pipeline> defaultFor(CustomerKind kind) const override;
    std::optional<Stage> stage(qint64 stageId) const override;
    qint64 add(const Pipeline &pipeline) override;

private:
    QList<Stage> stagesOf(qint64 pipelineId) const;

    PgConnection &m_db;
};

} // namespace peyvand
