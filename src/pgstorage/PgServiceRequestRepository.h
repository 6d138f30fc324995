#pragma once
// After-sales service requests and their notes in PostgreSQL; the same rows
// and answers as SqliteServiceRequestRepository.
#include "ServiceRequestRepository.h"

namespace peyvand {

class PgConnection;

class PgServiceRequestRepository final : public ServiceRequestRepository
{
public:
    explicit PgServiceRequestRepository(PgConnection &connection)
        : m_connection(connection)
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
    PgConnection &m_connection;
};

} // namespace peyvand
