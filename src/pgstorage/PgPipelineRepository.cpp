#include "PgPipelineRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand {

namespace {

const char *const kStageSelect = "SELECT id, pipeline_id, position, name, probability, outcome FROM stages ";

Stage readStage(const PgResult &r, int row)
{
    Stage s;
    s.id = r.int64(row, 0);
    s.pipelineId = r.int64(row, 1);
    s.position = int(r.int64(row, 2));
    s.name = r.text(row, 3);
    s.probability = int(r.int64(row, 4));
    s.outcome = fromCode<StageOutcome>(r.text(row, 5)).value_or(StageOutcome::Open);
    return s;
}

Pipeline readPipeline(const PgResult &r, int row)
{
    return Pipeline {
        r.int64(row, 0), fromCode<CustomerKind>(r.text(row, 1)).value_or(CustomerKind::Legal), r.text(row, 2), {}
    };
}

} // namespace

QList<Stage> PgPipelineRepository::stagesOf(qint64 pipelineId) const
{
    auto q
        = m_db.prepare(QString::fromLatin1(kStageSelect) + QStringLiteral("WHERE pipeline_id = $1 ORDER BY position"));
    q.bind(1, pipelineId);
    const PgResult r = q.exec();
    QList<Stage> out;
    for (int i = 0; i < r.rows(); ++i)
        out << readStage(r, i);
    return out;
}

QList<Pipeline> PgPipelineRepository::all() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, kind, name FROM pipelines ORDER BY id"));
    const PgResult r = q.exec();
    QList<Pipeline> out;
    for (int i = 0; i < r.rows(); ++i)
        out << readPipeline(r, i);
    for (Pipeline &p : out)
        p.stages = stagesOf(p.id);
    return out;
}

std::optional<Pipeline> PgPipelineRepository::get(qint64 id) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, kind, name FROM pipelines WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    Pipeline p = readPipeline(r, 0);
    p.stages = stagesOf(p.id);
    return p;
}

std::optional<Pipeline> PgPipelineRepository::defaultFor(CustomerKind kind) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM pipelines WHERE kind = $1 ORDER BY id LIMIT 1"));
    q.bind(1, toCode(kind));
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return get(r.int64(0, 0));
}

std::optional<Stage> PgPipelineRepository::stage(qint64 stageId) const
{
    auto q = m_db.prepare(QString::fromLatin1(kStageSelect) + QStringLiteral("WHERE id = $1"));
    q.bind(1, stageId);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return readStage(r, 0);
}

qint64 PgPipelineRepository::add(const Pipeline &pipeline)
{
    auto p = m_db.prepare(QStringLiteral("INSERT INTO pipelines(kind, name) VALUES ($1, $2) RETURNING id"));
    p.bind(1, toCode(pipeline.kind)).bind(2, pipeline.name);
    const qint64 id = p.exec().int64(0, 0);
    int position = 0;
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO stages(pipeline_id, position, name, probability, outcome) VALUES ($1, $2, $3, $4, $5)"));
    for (const Stage &s : pipeline.stages) {
        q.bind(1, id).bind(2, ++position).bind(3, s.name).bind(4, s.probability).bind(5, toCode(s.outcome));
        q.run();
    }
    return id;
}

} // namespace peyvand
