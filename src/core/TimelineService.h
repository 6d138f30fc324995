#pragma once
// A customer's timeline: activities, stage changes of their deals, status
// changes of their orders and their service requests, merged, newest first.
#include "DataStore.h"
#include "TimelineEntry.h"

namespace peyvand {

class TimelineService
{
public:
    explicit TimelineService(DataStore &store);

    // The newest `limit` entries of the customer; needs read_customers. No
    // entry carries a deal amount.
    QList<TimelineEntry> latest(qint64 customerId, int limit) const;

private:
    DataStore &m_store;
};

} // namespace peyvand
