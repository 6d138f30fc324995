#pragma once
// After-sales service requests and their notes.
#include "ServiceRequest.h"

#include <QList>
#include <optional>

namespace peyvand {

class ServiceRequestRepository
{
public:
    virtual ~ServiceRequestRepository() = default;
    virtual qint64 add(const ServiceRequest &request) = 0;
    virtual void update(const ServiceRequest &request) = 0; // status, priority, assignee, timestamps
    virtual std::optional<ServiceRequest> get(qint64 id) const = 0; // with notes
    virtual QList<ServiceRequest> forCustomer(qint64 customerId, bool openOnly) const = 0;
    // Not resolved, most urgent first, then oldest first.
    virtual QList<ServiceRequest> openQueue(int limit) const = 0;
    // Every request, newest first (without notes).
    virtual QList<ServiceRequest> recent(int limit) const = 0;
    virtual qint64 addNote(qint64 requestId, const RequestNote &note) = 0;
};

} // namespace peyvand
