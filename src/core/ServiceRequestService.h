#pragma once
// After-sales requests: open one for a customer (and optionally one of its
// orders), add notes over time, move it from open to in progress to resolved.
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class ServiceRequestService
{
public:
    ServiceRequestService(DataStore &store, const Clock &clock);

    // Changes need handle_requests; reads need read_customers.

    // Validates (customer exists, the order if any is the customer's, subject
    // given, assignee exists) and stores an open request. Returns the id.
    qint64 open(ServiceRequest request);
    // The changes below take expectedVersion: the request's version as the
    // caller showed it (0: not checked); someone else's change since is refused
    // with ConcurrentChangeError and nothing is written. Each returns the
    // request's version now (one more after a change).
    qint64 addNote(qint64 requestId, qint64 authorId, const QString &text, qint64 expectedVersion = 0);
    // Moves along RequestStatusFlow only (a refusal names the current and the
    // allowed statuses, nothing changes); records a note by `userId` (the given
    // text, or "status: …" when empty). Resolving sets resolvedAt, reopening clears it.
    qint64 setStatus(qint64 requestId, RequestStatus status, qint64 userId, const QString &note = {},
                     qint64 expectedVersion = 0);
    // Assigns the request to `assigneeId` (0: nobody); an unknown user is refused.
    qint64 assign(qint64 requestId, qint64 assigneeId, qint64 expectedVersion = 0);
    ServiceRequest get(qint64 id) const;
    // Open and in-progress requests, most urgent first, then oldest first.
    QList<ServiceRequest> queue(int limit) const;
    // Every request, newest first (without notes).
    QList<ServiceRequest> recent(int limit) const;
    // A customer's requests, newest first (without notes).
    QList<ServiceRequest> forCustomer(qint64 customerId, bool openOnly = false) const;

private:
    ServiceRequest load(qint64 id) const; // unchecked
    void record(const QString &action, const ServiceRequest &before, qint64 id);

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
