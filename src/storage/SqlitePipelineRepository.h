#pragma once
// Pipelines and stages in SQLite.
#include "PipelineRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqlitePipelineRepository final : public PipelineRepository
{
public:
    explicit SqlitePipelineRepository(SqliteDatabase &db)
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
    SqliteDatabase &m_db;
};

} // namespace peyvand
