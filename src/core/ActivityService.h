#pragma once
// Logging what happened with a customer, and the follow-ups it leaves.
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class ActivityService
{
public:
    ActivityService(DataStore &store, const Clock &clock);

    // Validates references (customer, its deal and contact) and stores it.
    qint64 log(Activity activity);
    QList<Activity> timeline(qint64 customerId, int limit) const;

private:
    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
