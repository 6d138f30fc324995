#pragma once
// The PostgreSQL SnapshotReader: one REPEATABLE READ, READ ONLY transaction
// for its lifetime (one consistent state, writers never blocked), small
// sections read whole, big ones streamed by PgSnapshotCursors in key pages.
// Inside a transaction the caller opened it reads in that one instead.
#include "SnapshotReader.h"

namespace peyvand {

class PgConnection;

class PgSnapshotReader final : public SnapshotReader
{
public:
    explicit PgSnapshotReader(PgConnection &connection);
    ~PgSnapshotReader() override;
    PgSnapshotReader(const PgSnapshotReader &) = delete;
    PgSnapshotReader &operator=(const PgSnapshotReader &) = delete;

    // The highest row of schema_version.
    int schemaVersion() const override { return m_schemaVersion; }
    SnapshotCounts counts() override;
    QList<User> users() override;
    QList<Pipeline> pipelines() override;
    std::unique_ptr<SnapshotCursor<Household>> households() override;
    std::unique_ptr<SnapshotCursor<Customer>> customers() override;
    std::unique_ptr<SnapshotCursor<ContactPerson>> contacts() override;
    std::unique_ptr<SnapshotCursor<DealRecord>> deals() override;
    std::unique_ptr<SnapshotCursor<Activity>> activities() override;
    std::unique_ptr<SnapshotCursor<Order>> orders() override;
    std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests() override;

private:
    PgConnection &m_connection;
    int m_schemaVersion = 0;
    bool m_ownsTransaction = false;
};

} // namespace peyvand
