#include "SqlitePipelineRepository.h"

#include "SqliteDatabase.h"

namespace peyvand {

namespace {

Stage readStage(SqliteStatement &q)
{
    Stage s;
    s.id = q.int64(0);
    s.pipelineId = q.int64(1);
    s.position = int(q.int64(2));
    s.name = q.text(3);
    s.probability = int(q.int64(4));
    s.outcome = fromCode<StageOutcome>(q.text(5)).value_or(StageOutcome::Open);
    return s;
}

} // namespace

QList<Stage> SqlitePipelineRepository::stagesOf(qint64 pipelineId) const
{
    auto q = m_db.prepare("SELECT id, pipeline_id, position, name, probability, outcome FROM stages "
                          "WHERE pipeline_id = ? ORDER BY position");
    q->bind(1, pipelineId);
    QList<Stage> out;
    while (q->step())
        out << readStage(*q);
    return out;
}

QList<Pipeline> SqlitePipelineRepository::all() const
{
    QList<Pipeline> out;
    {
        auto q = m_db.prepare("SELECT id, kind, name FROM pipelines ORDER BY id");
        while (q->step())
            out << Pipeline {
                q->int64(0), fromCode<CustomerKind>(q->text(1)).value_or(CustomerKind::Legal), q->text(2), {}
            };
    }
    for (Pipeline &p : out)
        p.stages = stagesOf(p.id);
    return out;
}

std::optional<Pipeline> SqlitePipelineRepository::get(qint64 id) const
{
    Pipeline p;
    {
        auto q = m_db.prepare("SELECT id, kind, name FROM pipelines WHERE id = ?");
        q->bind(1, id);
        if (!q->step())
            return std::nullopt;
        p = Pipeline { q->int64(0), fromCode<CustomerKind>(q->text(1)).value_or(CustomerKind::Legal), q->text(2), {} };
    }
    p.stages = stagesOf(p.id);
    return p;
}

std::optional<Pipeline> SqlitePipelineRepository::defaultFor(CustomerKind kind) const
{
    qint64 id = 0;
    {
        auto q = m_db.prepare("SELECT id FROM pipelines WHERE kind = ? ORDER BY id LIMIT 1");
        q->bind(1, toCode(kind));
        if (!q->step())
            return std::nullopt;
        id = q->int64(0);
    }
    return get(id);
}

std::optional<Stage> SqlitePipelineRepository::stage(qint64 stageId) const
{
    auto q = m_db.prepare("SELECT id, pipeline_id, position, name, probability, outcome FROM stages WHERE id = ?");
    q->bind(1, stageId);
    if (!q->step())
        return std::nullopt;
    return readStage(*q);
}

qint64 SqlitePipelineRepository::add(const Pipeline &pipeline)
{
    auto p = m_db.prepare("INSERT INTO pipelines(kind, name) VALUES (?, ?)");
    p->bind(1, toCode(pipeline.kind)).bind(2, pipeline.name);
    p->run();
    const qint64 id = m_db.lastInsertId();
    int position = 0;
    for (const Stage &s : pipeline.stages) {
        auto q
            = m_db.prepare("INSERT INTO stages(pipeline_id, position, name, probability, outcome) VALUES (?,?,?,?,?)");
        q->bind(1, id).bind(2, ++position).bind(3, s.name).bind(4, s.probability).bind(5, toCode(s.outcome));
        q->run();
    }
    return id;
}

} // namespace peyvand
