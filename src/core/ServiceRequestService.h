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

    qint64 open(ServiceRequest request);
    void addNote(qint64 requestId, qint64 authorId, const QString &text);
    void setStatus(qint64 requestId, RequestStatus status, qint64 userId, const QString &note = {});
    ServiceRequest get(qint64 id) const;

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
