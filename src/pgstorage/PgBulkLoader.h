#pragma once
// TEMPORARY PLACEHOLDER so PgDataStore builds until branches pg-reports / pg-bulk merge; never on main.
#include "BulkLoader.h"

#include <stdexcept>
namespace peyvand {
class PgConnection;
class PgBulkLoader final : public BulkLoader
{
public:
    explicit PgBulkLoader(PgConnection &, const BulkLoadPlan &) { throw std::runtime_error("placeholder"); }
    void beginChunk() override { throw std::runtime_error("placeholder"); }
    qint64 addCustomer(const Customer &customer) override { throw std::runtime_error("placeholder"); }
    qint64 addContact(const ContactPerson &contact) override { throw std::runtime_error("placeholder"); }
    qint64 addDeal(const Deal &deal, const QList<DealStageChange> &history) override
    {
        throw std::runtime_error("placeholder");
    }
    qint64 addActivity(const Activity &activity) override { throw std::runtime_error("placeholder"); }
    qint64 addOrder(const Order &order) override { throw std::runtime_error("placeholder"); }
    qint64 addServiceRequest(const ServiceRequest &request) override { throw std::runtime_error("placeholder"); }
    void addAuditEntry(const AuditEntry &entry) override { throw std::runtime_error("placeholder"); }
    void commitChunk() override { throw std::runtime_error("placeholder"); }
    void finish(const std::function<void(const char *)> &) override { throw std::runtime_error("placeholder"); }
};
} // namespace peyvand
