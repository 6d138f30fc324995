#pragma once
// TEMPORARY PLACEHOLDER so PgDataStore builds until branches pg-reports / pg-bulk merge; never on main.
#include "SnapshotWriter.h"

#include <stdexcept>
namespace peyvand {
class PgConnection;
class PgSnapshotWriter final : public SnapshotWriter
{
public:
    explicit PgSnapshotWriter(PgConnection &) { throw std::runtime_error("placeholder"); }
    int schemaVersion() const override { throw std::runtime_error("placeholder"); }
    void begin(const SnapshotCounts &counts) override { throw std::runtime_error("placeholder"); }
    void addUser(const User &user) override { throw std::runtime_error("placeholder"); }
    void addPipeline(const Pipeline &pipeline) override { throw std::runtime_error("placeholder"); }
    void addHousehold(const Household &household) override { throw std::runtime_error("placeholder"); }
    void addCustomer(const Customer &customer) override { throw std::runtime_error("placeholder"); }
    void addContact(const ContactPerson &contact) override { throw std::runtime_error("placeholder"); }
    void addDeal(const Deal &deal, const QList<DealStageChange> &history) override
    {
        throw std::runtime_error("placeholder");
    }
    void addActivity(const Activity &activity) override { throw std::runtime_error("placeholder"); }
    void addOrder(const Order &order) override { throw std::runtime_error("placeholder"); }
    void addServiceRequest(const ServiceRequest &request) override { throw std::runtime_error("placeholder"); }
    void addAuditEntry(const AuditEntry &entry) override { throw std::runtime_error("placeholder"); }
    void commit(const std::function<void(const char *)> &) override { throw std::runtime_error("placeholder"); }
};
} // namespace peyvand
