#pragma once
// TEMPORARY PLACEHOLDER so PgDataStore builds until branches pg-reports / pg-bulk merge; never on main.
#include "SnapshotReader.h"

#include <stdexcept>
namespace peyvand {
class PgConnection;
class PgSnapshotReader final : public SnapshotReader
{
public:
    explicit PgSnapshotReader(PgConnection &) { throw std::runtime_error("placeholder"); }
    int schemaVersion() const override { throw std::runtime_error("placeholder"); }
    SnapshotCounts counts() override { throw std::runtime_error("placeholder"); }
    QList<User> users() override { throw std::runtime_error("placeholder"); }
    QList<Pipeline> pipelines() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<Household>> households() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<Customer>> customers() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<ContactPerson>> contacts() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<DealRecord>> deals() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<Activity>> activities() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<Order>> orders() override { throw std::runtime_error("placeholder"); }
    std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests() override
    {
        throw std::runtime_error("placeholder");
    }
};
} // namespace peyvand
