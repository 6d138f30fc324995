#pragma once
// Activities (the customer timeline's calls, meetings, notes…).
#include "Activity.h"

#include <QList>
#include <optional>

namespace peyvand {

class ActivityRepository
{
public:
    virtual ~ActivityRepository() = default;
    virtual qint64 add(const Activity &activity) = 0;
    virtual std::optional<Activity> get(qint64 id) const = 0;
    // Newest first; `before` pages by (at, id) for older entries.
    virtual QList<Activity> forCustomer(qint64 customerId, int limit, const QDateTime &before = {},
                                        qint64 beforeId = 0) const = 0;
    // Open follow-ups of one owner (0: everyone) due up to `until`, oldest first.
    virtual QList<Activity> dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const = 0;
    // Both change the activity: they check its version against expectedVersion
    // (0: not checked) and return the new one, as CustomerRepository::update.
    virtual qint64 setFollowUpDone(qint64 activityId, bool done, qint64 expectedVersion) = 0;
    // Moves an open follow-up to another time.
    virtual qint64 setFollowUpAt(qint64 activityId, const QDateTime &at, qint64 expectedVersion) = 0;
    // The owner's activities, newest first.
    virtual QList<Activity> recentByOwner(qint64 ownerId, int limit) const = 0;
    // Calendar export: activities of `type` starting in [from, to), oldest first.
    virtual QList<Activity> ofTypeBetween(ActivityType type, const QDateTime &from, const QDateTime &to) const = 0;
    // Calendar export: open follow-ups due in [from, to), oldest first.
    virtual QList<Activity> openFollowUpsBetween(const QDateTime &from, const QDateTime &to) const = 0;
};

} // namespace peyvand
