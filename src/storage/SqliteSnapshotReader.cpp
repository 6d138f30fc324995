#include "SqliteSnapshotReader.h"

#include "SqliteDatabase.h"
#include "SqliteSnapshotCursors.h"

#include <sqlite3.h>

namespace peyvand {

SqliteSnapshotReader::SqliteSnapshotReader(SqliteDatabase &db)
    : m_db(db)
{
    // A deferred read transaction (not the connection's BEGIN IMMEDIATE): the
    // export sees one state and never blocks writers (WAL).
    if (m_db.transactionDepth() == 0 && sqlite3_get_autocommit(m_db.handle())) {
        m_db.exec("BEGIN DEFERRED");
        m_ownsTransaction = true;
    }
    m_schemaVersion = m_db.userVersion(); // the first read starts the snapshot
}

SqliteSnapshotReader::~SqliteSnapshotReader()
{
    if (m_ownsTransaction && !sqlite3_get_autocommit(m_db.handle()))
        sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

SnapshotCounts SqliteSnapshotReader::counts()
{
    auto q = m_db.prepare("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM households), "
                          "(SELECT count(*) FROM pipelines), (SELECT count(*) FROM customers), "
                          "(SELECT count(*) FROM contacts), (SELECT count(*) FROM deals), "
                          "(SELECT count(*) FROM activities), (SELECT count(*) FROM orders), "
                          "(SELECT count(*) FROM service_requests)");
    SnapshotCounts c;
    if (q->step()) {
        c.users = q->int64(0);
        c.households = q->int64(1);
        c.pipelines = q->int64(2);
        c.customers = q->int64(3);
        c.contacts = q->int64(4);
        c.deals = q->int64(5);
        c.activities = q->int64(6);
        c.orders = q->int64(7);
        c.serviceRequests = q->int64(8);
    }
    return c;
}

QList<User> SqliteSnapshotReader::users()
{
    auto q = m_db.prepare("SELECT id, username, full_name, role, active, created_at FROM users ORDER BY id");
    QList<User> out;
    while (q->step())
        out << User { q->int64(0),      q->text(1),
                      q->text(2),       fromCode<UserRole>(q->text(3)).value_or(UserRole::SalesRep),
                      q->int64(4) != 0, q->dateTime(5) };
    return out;
}

QList<Pipeline> SqliteSnapshotReader::pipelines()
{
    QList<Pipeline> out;
    auto p = m_db.prepare("SELECT id, kind, name FROM pipelines ORDER BY id");
    while (p->step()) {
        Pipeline pipeline;
        pipeline.id = p->int64(0);
        pipeline.kind = fromCode<CustomerKind>(p->text(1)).value_or(CustomerKind::Legal);
        pipeline.name = p->text(2);
        out << pipeline;
    }
    auto s = m_db.prepare("SELECT id, pipeline_id, position, name, probability, outcome FROM stages "
                          "ORDER BY pipeline_id, position");
    while (s->step()) {
        Stage stage;
        stage.id = s->int64(0);
        stage.pipelineId = s->int64(1);
        stage.position = int(s->int64(2));
        stage.name = s->text(3);
        stage.probability = int(s->int64(4));
        stage.outcome = fromCode<StageOutcome>(s->text(5)).value_or(StageOutcome::Open);
        for (Pipeline &pipeline : out)
            if (pipeline.id == stage.pipelineId)
                pipeline.stages << stage;
    }
    return out;
}

std::unique_ptr<SnapshotCursor<Household>> SqliteSnapshotReader::households()
{
    return SqliteSnapshotCursors::households(m_db);
}
std::unique_ptr<SnapshotCursor<Customer>> SqliteSnapshotReader::customers()
{
    return SqliteSnapshotCursors::customers(m_db);
}
std::unique_ptr<SnapshotCursor<ContactPerson>> SqliteSnapshotReader::contacts()
{
    return SqliteSnapshotCursors::contacts(m_db);
}
std::unique_ptr<SnapshotCursor<DealRecord>> SqliteSnapshotReader::deals()
{
    return SqliteSnapshotCursors::deals(m_db);
}
std::unique_ptr<SnapshotCursor<Activity>> SqliteSnapshotReader::activities()
{
    return SqliteSnapshotCursors::activities(m_db);
}
std::unique_ptr<SnapshotCursor<Order>> SqliteSnapshotReader::orders()
{
    return SqliteSnapshotCursors::orders(m_db);
}
std::unique_ptr<SnapshotCursor<ServiceRequest>> SqliteSnapshotReader::serviceRequests()
{
    return SqliteSnapshotCursors::serviceRequests(m_db);
}

} // namespace peyvand
