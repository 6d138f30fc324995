#include "PgSnapshotReader.h"

#include "PgConnection.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgSnapshotCursors.h"
#include "PgStatement.h"
#include "PgValues.h"

#include <spdlog/spdlog.h>

namespace peyvand {

PgSnapshotReader::PgSnapshotReader(PgConnection &connection)
    : m_connection(connection)
{
    if (!m_connection.inTransaction()) {
        m_connection.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_ownsTransaction = true;
    }
    m_schemaVersion = PgMigrations::currentVersion(m_connection); // the first read takes the snapshot
}

PgSnapshotReader::~PgSnapshotReader()
{
    if (!m_ownsTransaction || !m_connection.inTransaction())
        return;
    try {
        m_connection.exec(QStringLiteral("COMMIT"));
    } catch (const std::exception &e) {
        spdlog::warn("postgresql: ending the snapshot's read transaction failed: {}", e.what());
    }
}

SnapshotCounts PgSnapshotReader::counts()
{
    const PgResult r
        = m_connection
              .prepare(QStringLiteral("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM households), "
                                      "(SELECT count(*) FROM pipelines), (SELECT count(*) FROM customers), "
                                      "(SELECT count(*) FROM contacts), (SELECT count(*) FROM deals), "
                                      "(SELECT count(*) FROM activities), (SELECT count(*) FROM orders), "
                                      "(SELECT count(*) FROM service_requests)"))
              .exec();
    SnapshotCounts c;
    c.users = r.int64(0, 0);
    c.households = r.int64(0, 1);
    c.pipelines = r.int64(0, 2);
    c.customers = r.int64(0, 3);
    c.contacts = r.int64(0, 4);
    c.deals = r.int64(0, 5);
    c.activities = r.int64(0, 6);
    c.orders = r.int64(0, 7);
    c.serviceRequests = r.int64(0, 8);
    return c;
}

QList<User> PgSnapshotReader::users()
{
    const PgResult r = m_connection
                           .prepare(QStringLiteral(
                               "SELECT id, username, full_name, role, active, created_at FROM users ORDER BY id"))
                           .exec();
    QList<User> out;
    for (int i = 0; i < r.rows(); ++i)
        out << User { r.int64(i, 0),   r.text(i, 1),
                      r.text(i, 2),    fromCode<UserRole>(r.text(i, 3)).value_or(UserRole::SalesRep),
                      r.boolean(i, 4), PgValues::time(r, i, 5) };
    return out;
}

QList<Pipeline> PgSnapshotReader::pipelines()
{
    QList<Pipeline> out;
    const PgResult p = m_connection.prepare(QStringLiteral("SELECT id, kind, name FROM pipelines ORDER BY id")).exec();
    for (int i = 0; i < p.rows(); ++i) {
        Pipeline pipeline;
        pipeline.id = p.int64(i, 0);
        pipeline.kind = fromCode<CustomerKind>(p.text(i, 1)).value_or(CustomerKind::Legal);
        pipeline.name = p.text(i, 2);
        out << pipeline;
    }
    const PgResult s = m_connection
                           .prepare(QStringLiteral("SELECT id, pipeline_id, position, name, probability, outcome "
                                                   "FROM stages ORDER BY pipeline_id, position"))
                           .exec();
    for (int i = 0; i < s.rows(); ++i) {
        Stage stage;
        stage.id = s.int64(i, 0);
        stage.pipelineId = s.int64(i, 1);
        stage.position = int(s.int64(i, 2));
        stage.name = s.text(i, 3);
        stage.probability = int(s.int64(i, 4));
        stage.outcome = fromCode<StageOutcome>(s.text(i, 5)).value_or(StageOutcome::Open);
        for (Pipeline &pipeline : out)
            if (pipeline.id == stage.pipelineId)
                pipeline.stages << stage;
    }
    return out;
}

std::unique_ptr<SnapshotCursor<Household>> PgSnapshotReader::households()
{
    return PgSnapshotCursors::households(m_connection);
}
std::unique_ptr<SnapshotCursor<Customer>> PgSnapshotReader::customers()
{
    return PgSnapshotCursors::customers(m_connection);
}
std::unique_ptr<SnapshotCursor<ContactPerson>> PgSnapshotReader::contacts()
{
    return PgSnapshotCursors::contacts(m_connection);
}
std::unique_ptr<SnapshotCursor<DealRecord>> PgSnapshotReader::deals()
{
    return PgSnapshotCursors::deals(m_connection);
}
std::unique_ptr<SnapshotCursor<Activity>> PgSnapshotReader::activities()
{
    return PgSnapshotCursors::activities(m_connection);
}
std::unique_ptr<SnapshotCursor<Order>> PgSnapshotReader::orders()
{
    return PgSnapshotCursors::orders(m_connection);
}
std::unique_ptr<SnapshotCursor<ServiceRequest>> PgSnapshotReader::serviceRequests()
{
    return PgSnapshotCursors::serviceRequests(m_connection);
}

} // namespace peyvand
