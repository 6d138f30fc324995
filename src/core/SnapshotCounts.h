#pragma once
// How many records of each kind a whole-database snapshot holds (the JSON
// export's "counts"; the loader's plan on import).
#include <QtGlobal>

namespace peyvand {

struct SnapshotCounts
{
    qint64 users = 0;
    qint64 households = 0;
    qint64 pipelines = 0;
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 deals = 0;
    qint64 activities = 0;
    qint64 orders = 0;
    qint64 serviceRequests = 0;

    qint64 total() const
    {
        return users + households + pipelines + customers + contacts + deals + activities + orders + serviceRequests;
    }
    bool operator==(const SnapshotCounts &) const = default;
};

} // namespace peyvand
