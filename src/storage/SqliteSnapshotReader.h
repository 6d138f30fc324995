#pragma once
// The SQLite SnapshotReader: one read transaction (a consistent state) for its
// lifetime, small sections read whole, big ones streamed by SqliteSnapshotCursors.
#include "SnapshotReader.h"

namespace peyvand {

class SqliteDatabase;

class SqliteSnapshotReader final : public SnapshotReader
{
public:
    explicit SqliteSnapshotReader(SqliteDatabase &db);
    ~SqliteSnapshotReader() override;
    SqliteSnapshotReader(const SqliteSnapshotReader &) = delete;
    SqliteSnapshotReader &operator=(const SqliteSnapshotReader &) = delete;

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
    SqliteDatabase &m_db;
    int m_schemaVersion = 0;
    bool m_ownsTransaction = false;
};

} // namespace peyvand
