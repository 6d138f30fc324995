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
    // Needs log_activities (any customer). An activity belongs to its owner
    // (ownerId): a rep's is theirs (ownerId 0 becomes theirs), logging one for
    // someone else needs reassign_owners.
    qint64 log(Activity activity);
    // Reads need read_customers.
    QList<Activity> timeline(qint64 customerId, int limit) const;

    // Follow-ups of `ownerId` (0: everyone) that are open and due by `until`, oldest first.
    QList<Activity> dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const;
    // Both need edit_activities on the activity's owner and take
    // expectedVersion: the activity's version as the caller showed it (0: not
    // checked); someone else's change since is refused with
    // ConcurrentChangeError. Both return the new version.
    qint64 completeFollowUp(qint64 activityId, qint64 expectedVersion = 0);
    // Moves an open follow-up; it may not move before the activity it follows.
    qint64 rescheduleFollowUp(qint64 activityId, const QDateTime &when, qint64 expectedVersion = 0);
    QList<Activity> recentByOwner(qint64 ownerId, int limit) const;

private:
    Activity load(qint64 id) const;

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
