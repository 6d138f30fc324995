#pragma once
// Service requests and their notes in SQLite.
#include "ServiceRequestRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteServiceRequestRepository final : public ServiceRequestRepository
{
public:
    explicit SqliteServiceRequestRepository(SqliteDatabase &db)
        : m_db(db)
    {
    }
    qint64 add(const ServiceRequest &request) override;
    qint64 update(const ServiceRequest &request) override;
    std::optional<ServiceRequest> get(qint64 id) const override;
    QList<ServiceRequest> forCustomer(qint64 customerId, bool openOnly) const override;
    QList<ServiceRequest> openQueue(int limit) const override;
    QList<ServiceRequest> recent(int limit) const override;
    qint64 addNote(qint64 requestId, const RequestNote &note) override;

private:
    SqliteDatabase &m_db;
};

} // namespace peyvand
