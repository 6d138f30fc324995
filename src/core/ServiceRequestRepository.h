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
    // Status, priority, assignee, timestamps; checks request.version (0: not
    // checked) and returns the new one, as CustomerRepository::update.
    virtual qint64 update(const ServiceRequest &request) = 0;
    virtual std::optional<ServiceRequest> get(qint64 id) const = 0; // with notes
    virtual QList<ServiceRequest> forCustomer(qint64 customerId, bool openOnly) const = 0;
    // Not resolved, most urgent first, then oldest first.
    virtual QList<ServiceRequest> openQueue(int limit) const = 0;
    // Every request, newest first (without notes).
    virtual QList<ServiceRequest> recent(int limit) const = 0;
    // A note only: the service saves the request with update() in the same
    // transaction, which counts the version.
    virtual qint64 addNote(qint64 requestId, const RequestNote &note) = 0;
};

} // namespace peyvand
